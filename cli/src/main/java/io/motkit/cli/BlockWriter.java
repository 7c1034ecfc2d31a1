package io.motkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.stream.IntStream;

/**
 * Writes many output rows in their order while formatting blocks of them on several threads:
 * formatting numbers and names is most of the cost of writing millions of rows, and the blocks are
 * written one batch at a time, so that at most a batch is held as text.
 */
final class BlockWriter {

  /** Formats rows [from, to) to {@code out}. */
  @FunctionalInterface
  interface Rows {
    void format(Writer out, int from, int to) throws IOException;
  }

  private static final int BLOCK = 8192;

  private BlockWriter() {}

  /** Writes rows [0, count) to {@code out} in order. */
  static void write(PrintWriter out, int count, Rows rows) {
    int blocks = (count + BLOCK - 1) / BLOCK;
    int batch = Math.max(1, Runtime.getRuntime().availableProcessors() * 4);
    for (int first = 0; first < blocks; first += batch) {
      int start = first;
      String[] text =
          IntStream.range(start, Math.min(blocks, start + batch))
              .parallel()
              .mapToObj(b -> block(rows, b * BLOCK, Math.min(count, (b + 1) * BLOCK)))
              .toArray(String[]::new);
      for (String t : text) {
        out.write(t);
      }
    }
  }

  private static String block(Rows rows, int from, int to) {
    StringWriter text = new StringWriter((to - from) * 32);
    try {
      rows.format(text, from, to);
    } catch (IOException e) {
      // A StringWriter does not fail; a formatter that throws has a bug.
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
