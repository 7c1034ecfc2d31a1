package io.motkit.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --out FILE} option: the result goes to a temporary file beside FILE, which replaces
 * FILE only once the whole result is written, so a failure leaves no partial file; FILE may not be
 * one of the command's inputs.
 */
final class OutputOption {

  /** What a command writes. */
  interface Result {
    /** Writes the result to {@code out} and returns the exit code. */
    int write(PrintWriter out) throws IOException;
  }

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "Write the result to FILE instead of standard output: all of it, or on failure nothing.")
  Path out;

  /**
   * Writes {@code result} to standard output or to {@code --out}.
   *
   * @throws CommandLine.ParameterException (exit code 2) if {@code --out} is one of {@code inputs}
   * @throws UncheckedIOException "cannot write FILE: reason" if the file cannot be written
   */
  int write(CommandSpec spec, List<String> inputs, Result result) throws IOException {
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      int code = result.write(stdout);
      stdout.flush();
      return code;
    }
    Path target = out.toAbsolutePath().normalize();
    for (String input : inputs) {
      if (input != null
          && !input.equals("-")
          && Files.exists(Path.of(input))
          && Files.exists(target)
          && Files.isSameFile(Path.of(input), target)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--out " + out + " is also an input of this command; refusing to overwrite it");
      }
    }
    Path folder = target.getParent();
    if (!Files.isDirectory(folder)) {
      throw new UncheckedIOException(
          "cannot write " + out + ": the folder " + folder + " does not exist",
          new java.io.FileNotFoundException(folder.toString()));
    }
    Path part;
    try {
      part = Files.createTempFile(folder, "." + target.getFileName(), ".part");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + reason(e), e);
    }
    boolean done = false;
    try {
      int code;
      try (BufferedWriter file = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
          PrintWriter writer = new PrintWriter(file)) {
        code = result.write(writer);
        writer.flush();
        if (writer.checkError()) {
          throw new IOException("the write failed (is the disk full?)");
        }
      }
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      done = true;
      return code;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + reason(e), e);
    } finally {
      if (!done) {
        Files.deleteIfExists(part);
      }
    }
  }

  private static String reason(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
