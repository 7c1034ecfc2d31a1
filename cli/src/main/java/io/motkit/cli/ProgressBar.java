package io.motkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A one-line bar on standard error that redraws every percent of a known number of bytes; it may be
 * advanced from several threads. A bar that is off draws nothing.
 */
final class ProgressBar {

  private final String name;
  private final long size;
  private final PrintWriter err;
  private final boolean on;
  private long read;
  private int shown = -1;

  ProgressBar(String name, long size, PrintWriter err) {
    this(name, size, err, true);
  }

  private ProgressBar(String name, long size, PrintWriter err, boolean on) {
    this.name = name;
    this.size = Math.max(1, size);
    this.err = err;
    this.on = on;
  }

  /**
   * A bar for reading {@code file}: on only for a long file, without --quiet, when standard error
   * is a terminal.
   */
  static ProgressBar forFile(Path file, String name, boolean quiet, PrintWriter err) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      size = 0;
    }
    boolean on = !quiet && size >= Inputs.LONG_INPUT && Inputs.stderrIsTerminal();
    return new ProgressBar("reading " + name, size, err, on);
  }

  /** A bar for {@code total} steps of a long task: on when standard error is a terminal. */
  static ProgressBar forTask(String task, long total, boolean quiet, PrintWriter err) {
    return new ProgressBar(task, total, err, !quiet && Inputs.stderrIsTerminal());
  }

  synchronized void advance(long bytes) {
    if (!on) {
      return;
    }
    read += bytes;
    int percent = (int) Math.min(100, 100 * read / size);
    if (percent != shown) {
      shown = percent;
      int filled = percent / 4;
      err.printf(
          Locale.ROOT,
          "\r%s [%s%s] %3d%%",
          name,
          "#".repeat(filled),
          " ".repeat(25 - filled),
          percent);
      err.flush();
    }
  }

  synchronized void close() {
    if (on && shown >= 0) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
