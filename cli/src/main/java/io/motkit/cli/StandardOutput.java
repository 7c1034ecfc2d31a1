package io.motkit.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as a writer whose failures are not swallowed: a closed pipe throws {@link
 * Closed}, which ends the run quietly, and any other failure (a full disk) throws "cannot write
 * standard output: reason", which the command line reports with exit code 1.
 */
final class StandardOutput extends Writer {

  /** The reader of standard output has gone away. */
  static final class Closed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Closed(IOException cause) {
      super("standard output was closed", cause);
    }
  }

  private final Writer out;

  private StandardOutput(Writer out) {
    this.out = out;
  }

  /** A writer over {@code out} with the same failure handling, for tests. */
  static Writer of(Writer out) {
    return new StandardOutput(out);
  }

  static Writer open() {
    return new StandardOutput(
        new BufferedWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
            1 << 16));
  }

  @Override
  public void write(char[] buffer, int offset, int length) {
    try {
      out.write(buffer, offset, length);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private static RuntimeException failure(IOException e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (reason.contains("Broken pipe") || reason.contains("Stream closed")) {
      return new Closed(e);
    }
    return new UncheckedIOException("cannot write standard output: " + reason, e);
  }
}
