package io.motkit.cli;

import io.motkit.core.analysis.InputSummary;
import io.motkit.core.csv.CsvInput;
import io.motkit.core.internal.StrictUtf8Reader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Opens the command's input files: {@code -} is standard input; a long file shows a progress bar on
 * standard error when standard error is a terminal and {@code --quiet} is not given.
 */
final class Inputs {

  static final long LONG_INPUT = 8L << 20;

  /** The digest of standard input, updated as it is read. */
  private static MessageDigest stdinDigest = sha256();

  private Inputs() {}

  static CsvInput csv(String name, boolean quiet, PrintWriter err) {
    return CsvInput.of(reader(name, quiet, err), name.equals("-") ? "<stdin>" : name);
  }

  static Reader reader(String name, boolean quiet, PrintWriter err) {
    if (name.equals("-")) {
      DigestInputStream in = new DigestInputStream(System.in, sha256());
      stdinDigest = in.getMessageDigest();
      return StrictUtf8Reader.of(in, "<stdin>");
    }
    Path path = Path.of(name);
    try {
      long size = Files.size(path);
      InputStream in = Files.newInputStream(path);
      if (!quiet && size >= LONG_INPUT && stderrIsTerminal()) {
        in = new Progress(in, name, size, err);
      }
      return StrictUtf8Reader.of(in, name);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("no such file: " + name, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * The summary of an input for provenance: its name, rows and SHA-256. Standard input is hashed as
   * it is read, so call this after reading it.
   */
  static InputSummary summary(String name, long rowsRead, long rowsRejected) {
    return InputSummary.of(
        name.equals("-") ? "<stdin>" : name, rowsRead, rowsRejected, digest(name).get());
  }

  /**
   * The SHA-256 of an input as lower-case hex: of the bytes read so far for standard input; of a
   * file, computed on another thread from now on, so that hashing overlaps with reading.
   */
  static Supplier<String> digest(String name) {
    if (name.equals("-")) {
      return () -> HexFormat.of().formatHex(stdinDigest.digest());
    }
    CompletableFuture<String> hash =
        CompletableFuture.supplyAsync(
            () -> {
              MessageDigest digest = sha256();
              byte[] buffer = new byte[1 << 16];
              try (InputStream in = Files.newInputStream(Path.of(name))) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                  digest.update(buffer, 0, n);
                }
              } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
              }
              return HexFormat.of().formatHex(digest.digest());
            });
    return () -> {
      try {
        return hash.join();
      } catch (java.util.concurrent.CompletionException e) {
        throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
      }
    };
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * Whether standard error goes to a terminal; on Linux read from /proc, elsewhere guessed from the
   * console.
   */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      @SuppressWarnings("SystemConsoleNull") // this runs on JDK 17, where null means not a terminal
      boolean terminal = System.console() != null;
      return terminal;
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
