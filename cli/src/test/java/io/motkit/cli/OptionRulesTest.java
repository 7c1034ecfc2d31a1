package io.motkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Options (docs/formats.md, rule 8): a numeric option outside its range, a repeated single-valued
 * option and an unknown touchpoint are usage errors, never ignored or kept silently; and every
 * command answers an input without data the same way.
 */
final class OptionRulesTest {

  private static final String EVENTS = MotkitCommandTest.sample("events.csv");

  @Test
  void aThreadCountOutsideItsRangeIsAUsageErrorNamingTheRange() {
    for (String threads : List.of("0", "100000")) {
      MotkitCommandTest.Run run =
          MotkitCommandTest.run(
              "score", EVENTS, "--scale", "1..7", "--scorer", "mean", "--threads", threads);
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err()).contains("--threads must be from 1 to 1024, found " + threads);
    }
  }

  @Test
  void aParameterGivenTwiceIsAUsageError() {
    MotkitCommandTest.Run run =
        MotkitCommandTest.run(
            "score",
            EVENTS,
            "--scale",
            "1..7",
            "--scorer",
            "peak-end",
            "--param",
            "peak=worst",
            "--param",
            "peak=best");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--param peak is given twice (peak=worst, peak=best)");
    MotkitCommandTest.Run simulate =
        MotkitCommandTest.run(
            "simulate",
            MotkitCommandTest.sample("property-model.json"),
            "--journeys",
            "3",
            "--seed",
            "1",
            "--ratings",
            "/dev/null",
            "--rating-param",
            "peak=worst",
            "--rating-param",
            "peak=worst");
    assertThat(simulate.exit()).isEqualTo(2);
    assertThat(simulate.err()).contains("--rating-param peak is given twice");
  }

  @Test
  void aMeasurementThatIsNoTouchpointOfTheLogIsNamed() {
    for (List<String> command :
        List.of(
            List.of("journeys", "moments"),
            List.of("journeys", "markov", "--conversion", "payment"),
            List.of(
                "journeys",
                "drivers",
                "--outcomes",
                MotkitCommandTest.sample("outcomes.csv"),
                "--outcome",
                "paid"))) {
      List<String> args = new java.util.ArrayList<>(command);
      args.addAll(List.of(EVENTS, "--scale", "1..7", "--measurement", "satisfaction-survy"));
      MotkitCommandTest.Run run = MotkitCommandTest.run(args.toArray(String[]::new));
      assertThat(run.exit()).as(command + run.err()).isEqualTo(1);
      assertThat(run.err())
          .as(command.toString())
          .contains("--measurement 'satisfaction-survy' is not a touchpoint of " + EVENTS);
    }
  }

  @Test
  void everyCommandRefusesALogWithoutEventsAlike(@TempDir Path dir) throws IOException {
    Path empty =
        Files.writeString(dir.resolve("empty.csv"), "journey,timestamp,touchpoint,value\n");
    for (List<String> command :
        List.of(
            List.of("score", "--scorer", "mean"),
            List.of("journeys", "pain-points"),
            List.of("journeys", "map"),
            List.of("journeys", "moments"),
            List.of("journeys", "markov", "--conversion", "payment"),
            List.of("report", "--html", dir.resolve("r.html").toString()))) {
      List<String> args = new java.util.ArrayList<>(command);
      args.add(empty.toString());
      MotkitCommandTest.Run run = MotkitCommandTest.run(args.toArray(String[]::new));
      assertThat(run.exit()).as(command.toString()).isEqualTo(1);
      assertThat(run.err())
          .isEqualTo("motkit: " + empty + " has no events (a header and no rows)\n");
    }
  }

  @Test
  void completionIsGeneratedForEveryCommandAndOption() {
    MotkitCommandTest.Run bash = MotkitCommandTest.run("completion", "bash");
    assertThat(bash.exit()).as(bash.err()).isZero();
    assertThat(bash.out())
        .contains("complete -F _complete_motkit")
        .contains("journeys")
        .contains("pain-points")
        .contains("--on-unscorable");
    MotkitCommandTest.Run fish = MotkitCommandTest.run("completion", "fish");
    assertThat(fish.exit()).isEqualTo(2);
    assertThat(fish.err()).contains("SHELL must be one of bash, found 'fish'");
  }
}
