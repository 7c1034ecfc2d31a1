package io.motkit.cli;

import io.motkit.core.scoring.ScorerParameterException;
import io.motkit.core.scoring.UnknownScorerException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code motkit} command. */
@Command(
    name = "motkit",
    mixinStandardHelpOptions = true,
    versionProvider = Motkit.Version.class,
    description =
        "Moments of Truth and customer-journey modelling: score journeys, analyse surveys and journey logs.",
    subcommands = {
      ScorersCommand.class,
      ScoreCommand.class,
      KanoCommand.class,
      ServqualCommand.class,
      NpsCommand.class,
      JourneysCommand.class,
      SimulateCommand.class,
      FitCommand.class,
      ReportCommand.class,
      ServeCommand.class,
      StreamCommand.class,
      DemoCommand.class,
      ClasspathCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 success, 1 bad input (the message names file, line, column and value), 2 usage error, 3 internal error (--debug shows its stack trace).",
      "Input formats: docs/formats.md. A file named - is read from standard input."
    })
public final class Motkit implements Runnable {

  /** Exit code for bad input. */
  static final int BAD_INPUT = 1;

  /** Exit code for a usage error. */
  static final int USAGE = 2;

  /** Exit code for a failure that is neither the input's nor the command line's. */
  static final int INTERNAL = 3;

  @Spec CommandSpec spec;

  @CommandLine.Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "On an internal error, also print the stack trace.")
  boolean debug;

  /** Used by picocli. */
  public Motkit() {}

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int code;
    CommandLine commandLine = commandLine();
    // Standard output that reports a failed write at once, instead of the error flag a PrintWriter
    // keeps to itself: a full disk is then an error, and a closed pipe ends the run.
    commandLine.setOut(new PrintWriter(StandardOutput.open(), false));
    try {
      code = commandLine.execute(args);
      commandLine.getOut().flush();
    } catch (StandardOutput.Closed e) {
      // The reader of a pipe has gone (| head -1): the rest would go nowhere, so stop quietly.
      code = 0;
    } catch (OutOfMemoryError e) {
      // Said plainly, and never taken for a problem of the input.
      System.err.println(
          "motkit: out of memory; give the JVM a larger heap, for example MOTKIT_JAVA_OPTS=-Xmx8g ./motkit ...");
      code = INTERNAL;
    }
    System.exit(code);
  }

  /** A confidence level or share strictly between 0 and 1, or a usage error naming the option. */
  static void requireLevel(CommandSpec spec, String option, double value) {
    if (!(value > 0 && value < 1)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), option + " must be strictly between 0 and 1, found " + value);
    }
  }

  /** A value within [min, max], or a usage error naming the option. */
  static void requireBetween(
      CommandSpec spec, String option, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          option + " must be from " + plain(min) + " to " + plain(max) + ", found " + plain(value));
    }
  }

  private static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? String.valueOf((long) value)
        : String.valueOf(value);
  }

  /**
   * Checks an option that takes one of a few words before the command does any work.
   *
   * @throws CommandLine.ParameterException (exit code 2) naming the option, the valid words and the
   *     value found
   */
  static void requireOneOf(CommandSpec spec, String option, String value, String... allowed) {
    if (!java.util.List.of(allowed).contains(value)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          option + " must be one of " + String.join(", ", allowed) + ", found '" + value + "'");
    }
  }

  /** The width of the help text, in characters. */
  static final int HELP_WIDTH = 100;

  /**
   * The command line with motkit's error handling: messages to standard error, exit code 1 for bad
   * input, 2 for a usage error, 3 for anything else ("internal error", the stack trace only with
   * {@code --debug}).
   */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Motkit());
    // The terminal's width where it can be found, else wide enough that no example line is
    // wrapped; descriptions wrap at word boundaries within it.
    commandLine.setUsageHelpWidth(HELP_WIDTH);
    commandLine.setUsageHelpAutoWidth(true);
    // The files of a run are checked before any command reads one.
    commandLine.setExecutionStrategy(
        parseResult -> {
          CommandLine.ParseResult last = parseResult;
          while (last.subcommand() != null) {
            last = last.subcommand();
          }
          if (!last.isUsageHelpRequested()
              && !last.isVersionHelpRequested()
              && last.commandSpec().userObject() instanceof RunFiles.Declaring) {
            RunFiles files = new RunFiles();
            ((RunFiles.Declaring) last.commandSpec().userObject()).declare(files);
            files.check(last.commandSpec());
          }
          return new CommandLine.RunLast().execute(parseResult);
        });
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          PrintWriter err = cmd.getErr();
          if (exception instanceof StandardOutput.Closed) {
            return 0;
          }
          if (exception instanceof UnknownScorerException
              || exception instanceof ScorerParameterException) {
            err.println("motkit: " + exception.getMessage());
            err.flush();
            return USAGE;
          }
          if (exception instanceof IllegalArgumentException
              || exception instanceof IllegalStateException) {
            err.println("motkit: " + exception.getMessage());
            err.flush();
            return BAD_INPUT;
          }
          if (exception instanceof UncheckedIOException || exception instanceof IOException) {
            Throwable cause =
                exception instanceof UncheckedIOException ? exception.getCause() : exception;
            boolean writing =
                exception.getMessage() != null
                    && exception.getMessage().startsWith("cannot write ");
            String message =
                !writing && cause instanceof NoSuchFileException
                    ? "no such file: " + cause.getMessage()
                    : exception.getMessage();
            err.println("motkit: " + message);
            err.flush();
            return BAD_INPUT;
          }
          String message = exception.getMessage() == null ? "no message" : exception.getMessage();
          err.println("motkit: internal error: " + message);
          boolean debug = false;
          for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
            debug |= p.hasMatchedOption("--debug");
          }
          if (debug) {
            exception.printStackTrace(err);
          } else {
            err.println("motkit: run again with --debug for the details");
          }
          err.flush();
          return INTERNAL;
        });
    return commandLine;
  }

  /** The version of the running jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Motkit.class.getPackage().getImplementationVersion();
      return new String[] {"motkit " + (version == null ? "(development build)" : version)};
    }
  }
}
