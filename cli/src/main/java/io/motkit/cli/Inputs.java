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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Opens the command's input files: {@code -} is standard input; a long file shows a progress bar on
 * standard error when standard error is a terminal and {@code --quiet} is not given.
 */
final class Inputs {

  static final long LONG_INPUT = 8L << 20;

  /**
   * The digest of every input read as a stream, by name, updated as its bytes are parsed: the
   * SHA-256 in provenance is that of exactly the bytes read, in the same pass, whether the input is
   * a file, a pipe or standard input.
   */
  private static final Map<String, MessageDigest> READ = new ConcurrentHashMap<>();

  private Inputs() {}

  static CsvInput csv(String name, boolean quiet, PrintWriter err) {
    return CsvInput.of(reader(name, quiet, err), name.equals("-") ? "<stdin>" : name);
  }

  /**
   * Whether {@code name} is read as a stream, once and in order: standard input, a pipe, process
   * substitution ({@code <(...)}), a device; a regular file may be read in parts instead.
   */
  static boolean isStream(String name) {
    return name.equals("-") || !Files.isRegularFile(Path.of(name));
  }

  static Reader reader(String name, boolean quiet, PrintWriter err) {
    if (name.equals("-")) {
      DigestInputStream in = new DigestInputStream(System.in, sha256());
      READ.put(name, in.getMessageDigest());
      return StrictUtf8Reader.of(in, "<stdin>");
    }
    Path path = Path.of(name);
    try {
      InputStream in = Files.newInputStream(path);
      if (!quiet && Files.isRegularFile(path) && stderrIsTerminal()) {
        long size = Files.size(path);
        if (size >= LONG_INPUT) {
          in = new Progress(in, name, size, err);
        }
      }
      DigestInputStream digested = new DigestInputStream(in, sha256());
      READ.put(name, digested.getMessageDigest());
      return StrictUtf8Reader.of(digested, name);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("no such file: " + name, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * The summary of an input for provenance: its name, rows and the SHA-256 of the bytes read; call
   * it once the input has been read through {@link #reader} or {@link #csv}.
   */
  static InputSummary summary(String name, long rowsRead, long rowsRejected) {
    return InputSummary.of(
        name.equals("-") ? "<stdin>" : name, rowsRead, rowsRejected, digestRead(name));
  }

  /** The SHA-256 of the bytes of {@code name} read so far through {@link #reader}, in hex. */
  static String digestRead(String name) {
    MessageDigest digest = READ.get(name);
    if (digest == null) {
      throw new IllegalStateException(name + " has not been read");
    }
    try {
      return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 digests can be copied", e);
    }
  }

  /** The size and time of change of a regular file, to tell whether it changed while read. */
  record FileState(long size, java.nio.file.attribute.FileTime modified) {
    static FileState of(Path file) {
      try {
        return new FileState(Files.size(file), Files.getLastModifiedTime(file));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }

    /**
     * Fails if the file is not as it was: its bytes are then not the ones read, and no digest could
     * name what was parsed.
     */
    void requireUnchanged(Path file, String name) {
      FileState now = of(file);
      if (!now.equals(this)) {
        throw new IllegalStateException(
            name
                + " changed while it was read ("
                + size
                + " bytes before, "
                + now.size
                + " after); read a copy that does not change");
      }
    }
  }

  /**
   * The SHA-256 of the first {@code size} bytes of a regular file as lower-case hex, computed on
   * another thread from now on, so that hashing overlaps with reading the same bytes.
   */
  static Supplier<String> digestOf(Path file, long size) {
    CompletableFuture<String> hash =
        CompletableFuture.supplyAsync(
            () -> {
              MessageDigest digest = sha256();
              byte[] buffer = new byte[1 << 16];
              long left = size;
              try (InputStream in = Files.newInputStream(file)) {
                while (left > 0) {
                  int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                  if (n < 0) {
                    throw new IOException("the file became shorter while it was read");
                  }
                  digest.update(buffer, 0, n);
                  left -= n;
                }
              } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
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
      this.bar = new ProgressBar("reading " + name, size, err);
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
