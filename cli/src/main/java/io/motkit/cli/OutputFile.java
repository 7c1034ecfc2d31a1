package io.motkit.cli;

import java.io.BufferedWriter;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One output file of a run, written so that nothing is destroyed that was not named: a regular file
 * (or a path that does not exist yet) is written to a hidden file beside it that replaces it only
 * once the whole result is written, keeping the old file's mode, owner and group, and a new file
 * gets the mode the umask gives; a symbolic link is followed and its target replaced; a device, a
 * FIFO or any other file that is not regular is written through, never replaced.
 */
final class OutputFile {

  /** What a command writes. */
  @FunctionalInterface
  interface Content {
    /** Writes the content to {@code out} and returns the exit code. */
    int write(PrintWriter out) throws IOException;
  }

  private static final int MAX_LINKS = 40;

  private OutputFile() {}

  /**
   * The file a write to {@code path} changes: the path itself, or the target its chain of symbolic
   * links leads to (which need not exist yet).
   *
   * @throws UncheckedIOException "cannot write PATH: ..." for a cycle of links
   */
  static Path target(Path path) {
    Path at = path.toAbsolutePath().normalize();
    for (int i = 0; i < MAX_LINKS; i++) {
      if (!Files.isSymbolicLink(at)) {
        Path parent = at.getParent();
        try {
          // The folder is resolved too, so that two spellings of one file compare equal.
          return parent != null && Files.isDirectory(parent)
              ? parent.toRealPath().resolve(at.getFileName())
              : at;
        } catch (IOException e) {
          return at;
        }
      }
      try {
        Path link = Files.readSymbolicLink(at);
        Path parent = at.getParent();
        at = (parent == null ? link : parent.resolve(link)).toAbsolutePath().normalize();
      } catch (IOException e) {
        throw cannot(path, e);
      }
    }
    throw new UncheckedIOException(
        "cannot write " + path + ": more than " + MAX_LINKS + " symbolic links (a cycle?)",
        new IOException("too many links"));
  }

  /**
   * Writes {@code content} to {@code path} and returns its exit code.
   *
   * @throws UncheckedIOException "cannot write PATH: reason" if it cannot be written; then a
   *     regular file at the path is left as it was
   */
  static int write(Path path, Content content) {
    Path target = target(path);
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      if (Files.isDirectory(target)) {
        throw new UncheckedIOException(
            "cannot write " + path + ": it is a folder", new IOException("is a directory"));
      }
      return through(path, target, content);
    }
    Path folder = target.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new UncheckedIOException(
          "cannot write " + path + ": the folder " + folder + " does not exist",
          new FileNotFoundException(String.valueOf(folder)));
    }
    Path part = createPart(path, folder, target.getFileName().toString());
    boolean done = false;
    try {
      int code;
      try (OutputStream stream = Files.newOutputStream(part);
          PrintWriter writer = writer(stream)) {
        code = content.write(writer);
        writer.flush();
        if (writer.checkError()) {
          throw new IOException("the write failed (is the disk full?)");
        }
      }
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        if (!keepAttributes(target, part)) {
          // The file is someone else's: replacing it would make it ours, so the complete result
          // is copied into it instead.
          try (OutputStream into =
              Files.newOutputStream(
                  target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            Files.copy(part, into);
          }
          return code;
        }
      }
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      done = true;
      return code;
    } catch (IOException e) {
      throw cannot(path, e);
    } finally {
      if (!done) {
        try {
          Files.deleteIfExists(part);
        } catch (IOException e) {
          // The failure that brought us here is the one to report.
        }
      }
    }
  }

  private static PrintWriter writer(OutputStream stream) {
    return new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16));
  }

  /** Writes into a device or a FIFO as it is; nothing can be taken back there. */
  private static int through(Path path, Path target, Content content) {
    try (OutputStream stream = Files.newOutputStream(target, StandardOpenOption.WRITE);
        PrintWriter writer = writer(stream)) {
      int code = content.write(writer);
      writer.flush();
      if (writer.checkError()) {
        throw new IOException("the write failed");
      }
      return code;
    } catch (IOException e) {
      throw cannot(path, e);
    }
  }

  /**
   * A new empty file beside the target; created without a mode of its own, so that the umask
   * decides it as for any new file.
   */
  private static Path createPart(Path path, Path folder, String name) {
    for (int attempt = 0; ; attempt++) {
      Path part =
          folder.resolve(
              "."
                  + name
                  + "."
                  + Long.toHexString(ThreadLocalRandom.current().nextLong())
                  + ".part");
      try {
        return Files.createFile(part);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw cannot(path, e);
        }
      } catch (IOException e) {
        throw cannot(path, e);
      }
    }
  }

  /**
   * Gives {@code part} the mode, owner and group of {@code existing}; false when the owner or group
   * cannot be given (only its owner or root may), so that the file must be written in place.
   */
  private static boolean keepAttributes(Path existing, Path part) throws IOException {
    PosixFileAttributeView from =
        Files.getFileAttributeView(existing, PosixFileAttributeView.class);
    PosixFileAttributeView to = Files.getFileAttributeView(part, PosixFileAttributeView.class);
    if (from == null || to == null) {
      return true;
    }
    PosixFileAttributes old = from.readAttributes();
    PosixFileAttributes now = to.readAttributes();
    try {
      if (!old.owner().equals(now.owner())) {
        to.setOwner(old.owner());
      }
      if (!old.group().equals(now.group())) {
        to.setGroup(old.group());
      }
    } catch (IOException | SecurityException e) {
      return false;
    }
    to.setPermissions(old.permissions());
    return true;
  }

  private static UncheckedIOException cannot(Path path, IOException e) {
    String reason =
        e instanceof FileAlreadyExistsException
            ? "cannot create a file beside it"
            : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof java.nio.file.AccessDeniedException) {
      reason = "permission denied";
    }
    return new UncheckedIOException("cannot write " + path + ": " + reason, e);
  }
}
