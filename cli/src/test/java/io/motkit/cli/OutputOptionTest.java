package io.motkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --out FILE}: all of the result or nothing, and never over an input. */
final class OutputOptionTest {

  private static MotkitCommandTest.Run run(String... args) {
    return MotkitCommandTest.run(args);
  }

  @Test
  void everyCommandWritesItsWholeResultToTheFile(@TempDir Path dir) throws Exception {
    String events = MotkitCommandTest.sample("events.csv");
    List<List<String>> commands =
        List.of(
            List.of("score", events, "--scorer", "peak-end", "--format", "csv"),
            List.of("kano", MotkitCommandTest.sample("kano-answers.csv")),
            List.of("servqual", MotkitCommandTest.sample("servqual-responses.csv")),
            List.of("nps", MotkitCommandTest.sample("nps-scores.csv")),
            List.of("journeys", "pain-points", events),
            List.of("journeys", "map", events),
            List.of(
                "journeys",
                "drivers",
                events,
                "--outcomes",
                MotkitCommandTest.sample("outcomes.csv"),
                "--outcome",
                "paid"),
            List.of("journeys", "markov", events, "--conversion", "payment"),
            List.of("scorers", "--format", "json"));
    int i = 0;
    for (List<String> command : commands) {
      Path out = dir.resolve("result-" + i++ + ".txt");
      String[] args =
          Stream.concat(command.stream(), Stream.of("--out", out.toString()))
              .toArray(String[]::new);
      MotkitCommandTest.Run run = run(args);
      assertThat(run.exit()).as(command + ": " + run.err()).isZero();
      assertThat(run.out()).as(command.toString()).isEmpty();
      assertThat(Files.readString(out)).as(command.toString()).isNotBlank();
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(Path::toString)).noneMatch(name -> name.endsWith(".part"));
    }
  }

  @Test
  void aFailedRunLeavesNoFile(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("scores.csv");
    Files.writeString(bad, "respondent,score\na,10\nb,eleven\n");
    Path out = dir.resolve("nps.json");
    MotkitCommandTest.Run run = run("nps", bad.toString(), "--out", out.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(out).doesNotExist();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("scores.csv");
    }
  }

  @Test
  void anOutputThatIsAnInputIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
    Path answers = dir.resolve("answers.csv");
    Files.copy(Path.of(MotkitCommandTest.sample("kano-answers.csv")), answers);
    String before = Files.readString(answers);
    MotkitCommandTest.Run run = run("kano", answers.toString(), "--out", answers.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--out " + answers + " is the input ANSWERS " + answers);
    assertThat(Files.readString(answers)).isEqualTo(before);
  }

  @Test
  void anUnwritableFolderIsNamed(@TempDir Path dir) {
    Path out = dir.resolve("no-such-folder").resolve("kano.json");
    MotkitCommandTest.Run run =
        run("kano", MotkitCommandTest.sample("kano-answers.csv"), "--out", out.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("cannot write " + out);
  }
}
