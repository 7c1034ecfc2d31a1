package io.motkit.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/** A partition's tally as bytes, to travel from an executor to the driver and back. */
final class TallyBytes {

  private TallyBytes() {}

  static byte[] write(Serializable tally) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(tally);
    } catch (IOException e) {
      throw new UncheckedIOException("a tally could not be written", e);
    }
    return bytes.toByteArray();
  }

  static Object read(byte[] bytes) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException("a tally could not be read", e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("a tally's class is not on the driver's class path", e);
    }
  }
}
