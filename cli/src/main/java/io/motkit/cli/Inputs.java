package io.motkit.cli;

import io.motkit.core.csv.CsvInput;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens the command's input files: {@code -} is standard input; a long file shows a progress bar on
 * standard error when standard error is a terminal and {@code --quiet} is not given.
 */
final class Inputs {

  static final long LONG_INPUT = 8L << 20;

  private Inputs() {}

  static CsvInput csv(String name, boolean quiet, PrintWriter err) {
    return CsvInput.of(reader(name, quiet, err), name.equals("-") ? "<stdin>" : name);
  }

  static Reader reader(String name, boolean quiet, PrintWriter err) {
    if (name.equals("-")) {
      return new InputStreamReader(System.in, StandardCharsets.UTF_8);
    }
    Path path = Path.of(name);
    try {
      long size = Files.size(path);
      InputStream in = Files.newInputStream(path);
      if (!quiet && size >= LONG_INPUT && stderrIsTerminal()) {
        in = new Progress(in, name, size, err);
      }
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("no such file: " + name, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  /** Whether standard error goes to a terminal; on Linux read from /proc, elsewhere guessed from the console. */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /** Passes the bytes read on to a {@link ProgressBar}. */
  private static final class Progress extends FilterInputStream {
    private final ProgressBar bar;

    Progress(InputStream in, String name, long size, PrintWriter err) {
      super(in);
      this.bar = new ProgressBar(name, size, err);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        bar.advance(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        bar.advance(n);
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      bar.close();
      super.close();
    }
  }
}
