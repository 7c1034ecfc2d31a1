package io.motkit.consumers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A program run in a JVM of its own, as a user runs it; it must end well within two minutes. */
final class ForkedJava {

  private ForkedJava() {}

  /**
   * Runs {@code java} with {@code arguments} and returns what it printed, standard error included,
   * after checking that it exited with 0 and printed no exception.
   */
  static String run(List<String> arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(arguments);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    assertThat(out).doesNotContain("Exception");
    return out;
  }
}
