package io.motkit.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a JSON Lines body one line at a time, as bytes, so that a line's UTF-8 is checked with its
 * line number and only that line is held: a line longer than {@code maxLine} bytes is skipped to
 * its end and reported, and a body longer than {@code maxTotal} bytes stops the read. Before it
 * waits for more of the body it runs {@code beforeWait}, so that answers already computed are sent
 * rather than held while the client is still sending.
 */
final class JsonLines {

  /** An action that may fail with an I/O error, such as flushing the answer. */
  interface Action {
    void run() throws IOException;
  }

  private final InputStream in;
  private final Action beforeWait;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int count;
  private final long maxLine;
  private final long maxTotal;
  private byte[] line = new byte[1024];
  private int length;
  private boolean overlong;
  private long lineNumber;
  private long total;
  private boolean ended;

  JsonLines(InputStream in, long maxLine, long maxTotal, Action beforeWait) {
    this.in = in;
    this.beforeWait = beforeWait;
    this.maxLine = maxLine;
    this.maxTotal = maxTotal;
  }

  /**
   * Moves to the next line; false at the end of the body.
   *
   * @throws ProblemException (413) when the body exceeds its limit
   */
  boolean next() throws IOException {
    if (ended) {
      return false;
    }
    length = 0;
    overlong = false;
    int b;
    boolean any = false;
    while ((b = read()) >= 0) {
      any = true;
      if (++total > maxTotal) {
        ended = true;
        lineNumber++;
        throw RequestBody.tooLarge(maxTotal, "sent more").asException();
      }
      if (b == '\n') {
        break;
      }
      if (length >= maxLine) {
        overlong = true;
        continue;
      }
      if (length == line.length) {
        line = Arrays.copyOf(line, (int) Math.min(maxLine, 2L * line.length));
      }
      line[length++] = (byte) b;
    }
    if (b < 0) {
      ended = true;
      if (!any) {
        return false;
      }
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    lineNumber++;
    return true;
  }

  private int read() throws IOException {
    if (position == count) {
      beforeWait.run();
      count = in.read(buffer);
      position = 0;
      if (count <= 0) {
        count = 0;
        return -1;
      }
    }
    return buffer[position++] & 0xff;
  }

  long lineNumber() {
    return lineNumber;
  }

  boolean isBlank() {
    if (overlong) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (line[i] != ' ' && line[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * The current line as text.
   *
   * @throws ProblemException (400 or 413) if it is not UTF-8 or longer than the line limit
   */
  String text() {
    if (overlong) {
      throw Problem.of(
              413,
              "journey-too-large",
              "Journey too large",
              "line " + lineNumber + " is longer than " + maxLine + " bytes")
          .with("limit", maxLine)
          .asException();
    }
    return RequestBody.decode(line, 0, length, lineNumber);
  }
}
