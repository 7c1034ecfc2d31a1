package io.motkit.streams;

import io.motkit.core.Expectation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * What the processor keeps of one key (a journey, or a customer whose contacts are split into
 * journeys by inactivity): the journeys closed so far, the open journey's sealed moments folded
 * (or, for a scorer without an incremental form, kept), the moments still within the grace period
 * in batch order, and the scores last written, so that only changes are written.
 *
 * <p>A moment is sealed when the stream's time has passed it by more than the grace period: no
 * event that is not late can come before it any more, so it is folded in its final place.
 */
final class JourneyState {

  /** The layout of the bytes; 2 keeps each pending moment's whole expectation. */
  private static final int VERSION = 2;

  /** Journeys of this key that are over; the open one is number {@code closed + 1}. */
  int closed;

  /** Events refused as late for this key. */
  long late;

  /** Sealed moments of the open journey. */
  int sealedMoments;

  /** The start of the last sealed moment of the open journey. */
  long sealedLastStart;

  /** The fold of the open journey's sealed moments, or empty for a scorer without one. */
  double[] fold = new double[0];

  /** The sealed moments' fields, for a scorer without a fold (and empty otherwise). */
  final List<String> sealedFields = new ArrayList<>();

  /** Moments within the grace period, in batch order. */
  final List<StreamEvent> pending = new ArrayList<>();

  /** The score last written for each journey not yet closed, by number: value bits. */
  final TreeMap<Integer, Long> written = new TreeMap<>();

  boolean isOpen() {
    return sealedMoments > 0 || !pending.isEmpty();
  }

  long lastStart() {
    return pending.isEmpty() ? sealedLastStart : pending.get(pending.size() - 1).startMillis;
  }

  byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 8 * fold.length);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeInt(closed);
      out.writeLong(late);
      out.writeInt(sealedMoments);
      out.writeLong(sealedLastStart);
      out.writeInt(fold.length);
      for (double d : fold) {
        out.writeDouble(d);
      }
      out.writeInt(sealedFields.size());
      for (String f : sealedFields) {
        writeText(out, f);
      }
      out.writeInt(pending.size());
      for (StreamEvent e : pending) {
        out.writeLong(e.startMillis);
        writeText(out, e.touchpoint);
        out.writeDouble(e.value);
        out.writeLong(e.durationMillis);
        writeExpectation(out, e.expectation);
        writeText(out, e.fields);
      }
      out.writeInt(written.size());
      for (var w : written.entrySet()) {
        out.writeInt(w.getKey());
        out.writeLong(w.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static JourneyState fromBytes(byte[] data) {
    JourneyState s = new JourneyState();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
      int version = in.readByte();
      if (version != VERSION) {
        throw new IllegalStateException(
            "journey state of version " + version + ", this release keeps version " + VERSION);
      }
      s.closed = in.readInt();
      s.late = in.readLong();
      s.sealedMoments = in.readInt();
      s.sealedLastStart = in.readLong();
      s.fold = new double[in.readInt()];
      for (int i = 0; i < s.fold.length; i++) {
        s.fold[i] = in.readDouble();
      }
      int fields = in.readInt();
      for (int i = 0; i < fields; i++) {
        s.sealedFields.add(readText(in));
      }
      int pending = in.readInt();
      for (int i = 0; i < pending; i++) {
        long start = in.readLong();
        String touchpoint = readText(in);
        double value = in.readDouble();
        long duration = in.readLong();
        Optional<Expectation> expectation = readExpectation(in);
        String body = readText(in);
        s.pending.add(new StreamEvent(start, touchpoint, value, duration, expectation, body));
      }
      int written = in.readInt();
      for (int i = 0; i < written; i++) {
        s.written.put(in.readInt(), in.readLong());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return s;
  }

  private static void writeExpectation(DataOutputStream out, Optional<Expectation> expectation)
      throws IOException {
    out.writeBoolean(expectation.isPresent());
    if (expectation.isPresent()) {
      Expectation e = expectation.get();
      out.writeDouble(e.expected());
      writeOptional(out, e.adequate());
      writeOptional(out, e.desired());
      out.writeDouble(e.importance());
    }
  }

  private static Optional<Expectation> readExpectation(DataInputStream in) throws IOException {
    if (!in.readBoolean()) {
      return Optional.empty();
    }
    Expectation.Builder e = Expectation.builder().expected(in.readDouble());
    OptionalDouble adequate = readOptional(in);
    OptionalDouble desired = readOptional(in);
    if (adequate.isPresent()) {
      e.adequate(adequate.getAsDouble());
    }
    if (desired.isPresent()) {
      e.desired(desired.getAsDouble());
    }
    return Optional.of(e.importance(in.readDouble()).build());
  }

  private static void writeOptional(DataOutputStream out, OptionalDouble value) throws IOException {
    out.writeBoolean(value.isPresent());
    out.writeDouble(value.orElse(0));
  }

  private static OptionalDouble readOptional(DataInputStream in) throws IOException {
    boolean present = in.readBoolean();
    double value = in.readDouble();
    return present ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  // Fields may exceed writeUTF's 64 KiB, so texts are written as a length and UTF-8 bytes.
  private static void writeText(DataOutputStream out, String text) throws IOException {
    byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static String readText(DataInputStream in) throws IOException {
    byte[] utf8 = new byte[in.readInt()];
    in.readFully(utf8);
    return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
  }
}
