package io.motkit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The files one run reads and writes, checked before anything is read: an output that is one of the
 * inputs (the same file, however it is named) or that is another output of the run is a usage
 * error, so that no output destroys what the run was not asked to replace.
 */
final class RunFiles {

  /** A command that names the files it reads and writes. */
  interface Declaring {
    /** Adds the command's inputs and outputs to {@code files}. */
    void declare(RunFiles files);
  }

  private record Named(String option, String path) {}

  private final List<Named> inputs = new ArrayList<>();
  private final List<Named> outputs = new ArrayList<>();

  /** Adds an input; null (not given) and {@code -} (standard input) are left out. */
  RunFiles input(String option, @Nullable Object path) {
    if (path != null && !path.toString().equals("-")) {
      inputs.add(new Named(option, path.toString()));
    }
    return this;
  }

  /** Adds an output; null (not given) is left out. */
  RunFiles output(String option, @Nullable Object path) {
    if (path != null) {
      outputs.add(new Named(option, path.toString()));
    }
    return this;
  }

  /**
   * Checks the files of the run.
   *
   * @throws CommandLine.ParameterException (exit code 2) naming both options and the file
   */
  void check(CommandSpec spec) {
    List<Path> targets = new ArrayList<>();
    for (Named output : outputs) {
      Path target;
      try {
        target = OutputFile.target(Path.of(output.path()));
      } catch (InvalidPathException | UncheckedIOException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), output.option() + " " + output.path() + ": " + e.getMessage());
      }
      for (Named input : inputs) {
        if (same(input.path(), target)) {
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              output.option()
                  + " "
                  + output.path()
                  + " is the input "
                  + input.option()
                  + " "
                  + input.path()
                  + "; refusing to overwrite it");
        }
      }
      for (int i = 0; i < targets.size(); i++) {
        Path earlier = targets.get(i);
        // A device or a FIFO is written through, so two outputs may share one (/dev/null).
        boolean regular = !Files.exists(target) || Files.isRegularFile(target);
        if (regular && (earlier.equals(target) || same(earlier.toString(), target))) {
          Named other = outputs.get(i);
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              other.option()
                  + " "
                  + other.path()
                  + " and "
                  + output.option()
                  + " "
                  + output.path()
                  + " name the same file; give each output its own");
        }
      }
      targets.add(target);
    }
  }

  /** Whether {@code path} and {@code target} are one existing file (by identity, not by name). */
  private static boolean same(String path, Path target) {
    try {
      Path p = Path.of(path);
      return Files.exists(p) && Files.exists(target) && Files.isSameFile(p, target);
    } catch (InvalidPathException | IOException | SecurityException e) {
      return false;
    }
  }
}
