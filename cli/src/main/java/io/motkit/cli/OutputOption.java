package io.motkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --out FILE} option: the result goes to standard output or, all of it or nothing, to
 * FILE (see {@link OutputFile}).
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
   * Writes {@code result} to standard output or to {@code --out} (see {@link OutputFile}); the
   * command has checked {@code --out} against its inputs and other outputs (see {@link RunFiles}).
   *
   * @throws UncheckedIOException "cannot write FILE: reason" if the file cannot be written
   */
  int write(CommandSpec spec, Result result) throws IOException {
    Path file = out;
    if (file == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      int code = result.write(stdout);
      stdout.flush();
      return code;
    }
    return OutputFile.write(file, result::write);
  }
}
