package io.motkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A failure that is neither the input's nor the command line's is one line and exit code 3. */
final class InternalErrorTest {

  /** A command that fails as nothing in motkit should. */
  @CommandLine.Command(name = "fail")
  static final class Fail implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new UnsupportedOperationException("the gears slipped");
    }
  }

  private static String[] run(String... args) {
    CommandLine command = Motkit.commandLine().addSubcommand(new Fail());
    StringWriter err = new StringWriter();
    command.setErr(new PrintWriter(err));
    command.setOut(new PrintWriter(new StringWriter()));
    int code = command.execute(args);
    return new String[] {Integer.toString(code), err.toString()};
  }

  @Test
  void anUnexpectedFailureIsOneLineWithoutAStackTrace() {
    String[] result = run("fail");
    assertThat(result[0]).isEqualTo("3");
    assertThat(result[1])
        .startsWith("motkit: internal error: the gears slipped")
        .doesNotContain("\tat ")
        .doesNotContain("UnsupportedOperationException");
  }

  @Test
  void debugShowsTheStackTrace() {
    String[] result = run("fail", "--debug");
    assertThat(result[0]).isEqualTo("3");
    assertThat(result[1]).contains("motkit: internal error: the gears slipped").contains("\tat ");
  }
}
