package io.motkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output and failure rules of docs/formats.md, as the command line keeps them. */
final class OutputContractTest {

  @TempDir Path dir;

  /** A writer that fails as the system would. */
  private static Writer failing(String reason) {
    return new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        throw new IOException(reason);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }

  @Test
  void aFullDiskOnStandardOutputIsAnErrorAndAClosedPipeIsNot() {
    assertThatThrownBy(() -> StandardOutput.of(failing("No space left on device")).write("x"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot write standard output: No space left on device");
    assertThatThrownBy(() -> StandardOutput.of(failing("Broken pipe")).write("x"))
        .isInstanceOf(StandardOutput.Closed.class);
  }

  @Test
  void aPipeClosedByItsReaderEndsTheRunPromptlyAndQuietly() throws Exception {
    Path events = dir.resolve("events.csv");
    StringBuilder text = new StringBuilder("journey,timestamp,touchpoint,value\n");
    for (int j = 0; j < 20_000; j++) {
      text.append("j").append(j).append(",2024-01-01T00:00:00Z,call,4\n");
    }
    Files.writeString(events, text);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty(
                    "surefire.test.class.path", System.getProperty("java.class.path")),
                "io.motkit.cli.Motkit",
                "score",
                events.toString(),
                "--scorer",
                "mean")
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    assertThat(out.readLine()).startsWith("{\"journey\":\"j0\"");
    // The reader goes away, as head -1 does.
    out.close();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the run ended").isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
        .isEmpty();
  }

  @Test
  void aBadOptionValueIsAUsageErrorNamingTheOption() {
    String events = MotkitCommandTest.sample("events.csv");
    List<List<String>> cases =
        List.of(
            List.of("--zone", "score", events, "--scorer", "mean", "--zone", "Mars/Olympus"),
            List.of("--split-gap", "score", events, "--scorer", "mean", "--split-gap", "30days"),
            List.of("--scale", "score", events, "--scorer", "mean", "--scale", "7..1"),
            List.of("--scale", "score", events, "--scorer", "mean", "--scale", "a..b"),
            List.of("--threads", "score", events, "--scorer", "mean", "--threads", "0"),
            List.of("--epoch-unit", "score", events, "--scorer", "mean", "--epoch-unit", "ns"),
            List.of("--dst", "score", events, "--scorer", "mean", "--dst", "maybe"),
            List.of(
                "--confidence",
                "nps",
                MotkitCommandTest.sample("nps-scores.csv"),
                "--confidence",
                "1.5"),
            List.of("--confidence", "journeys", "pain-points", events, "--confidence", "0"),
            List.of("--top", "journeys", "map", events, "--top", "-1"),
            List.of(
                "--order", "journeys", "markov", events, "--conversion", "payment", "--order", "9"),
            List.of(
                "--tie-threshold",
                "kano",
                MotkitCommandTest.sample("kano-answers.csv"),
                "--tie-threshold",
                "2"),
            List.of(
                "--on-unscorable",
                "score",
                events,
                "--scorer",
                "mean",
                "--on-unscorable",
                "ignore"));
    for (List<String> c : cases) {
      MotkitCommandTest.Run run =
          MotkitCommandTest.run(c.subList(1, c.size()).toArray(new String[0]));
      assertThat(run.exit()).as(String.join(" ", c)).isEqualTo(2);
      assertThat(run.err()).as(String.join(" ", c)).startsWith(c.get(0));
    }
  }

  @Test
  void aJourneyTheScorerCannotScoreFailsTheRunOrIsSkippedAndListed() throws IOException {
    Path events = dir.resolve("events.csv");
    Files.writeString(
        events,
        "journey,timestamp,touchpoint,value,expected\na,2024-01-01T00:00:00Z,call,2,4\na,2024-01-02T00:00:00Z,visit,5,4\n"
            + "b,2024-01-01T00:00:00Z,call,3,\nc,2024-01-03T00:00:00Z,call,6,5\n");
    MotkitCommandTest.Run fail =
        MotkitCommandTest.run(
            "score", events.toString(), "--scorer", "mean", "--param", "input=disconfirmation");
    assertThat(fail.exit()).isEqualTo(1);
    assertThat(fail.err())
        .contains(
            events
                + ": mean cannot score journey 'b': moment 0 (touchpoint 'call') has no expectation");
    MotkitCommandTest.Run skip =
        MotkitCommandTest.run(
            "score",
            events.toString(),
            "--scorer",
            "mean",
            "--param",
            "input=disconfirmation",
            "--on-unscorable",
            "skip",
            "--format",
            "csv");
    assertThat(skip.exit()).isZero();
    assertThat(skip.err())
        .contains("skipped 1 of 3 journeys")
        .contains("2 scored")
        .contains("journey 'b'");
    // Scored + skipped = journeys: a and c scored, b listed.
    assertThat(skip.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))))
        .containsExactly("a", "c");
    MotkitCommandTest.Run map =
        MotkitCommandTest.run(
            "journeys",
            "map",
            events.toString(),
            "--scorer",
            "mean",
            "--param",
            "input=disconfirmation",
            "--on-unscorable",
            "skip");
    assertThat(map.exit()).as(map.err()).isZero();
    assertThat(map.err()).contains("skipped 1 of 3 journeys");
    assertThat(map.json().get("journeys").asLong()).isEqualTo(2);
  }

  @Test
  void aFolderGivenAsAnInputIsNamedWithTheSystemsReason() {
    for (String command : List.of("score", "kano")) {
      MotkitCommandTest.Run run =
          command.equals("score")
              ? MotkitCommandTest.run("score", dir.toString(), "--scorer", "mean")
              : MotkitCommandTest.run("kano", dir.toString());
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.err()).isEqualTo("motkit: cannot read " + dir + ": Is a directory\n");
    }
  }

  @Test
  void anEmptyInputWhereAnAnalysisNeedsDataIsAMessage() throws IOException {
    Path events = dir.resolve("empty.csv");
    Files.writeString(events, "journey,timestamp,touchpoint,value\n");
    MotkitCommandTest.Run run =
        MotkitCommandTest.run(
            "report", events.toString(), "--html", dir.resolve("r.html").toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("motkit: " + events + " has no events (a header and no rows)\n");
  }

  @Test
  void excelSafeOutputDisarmsFormulasButNotNegativeNumbers() throws IOException {
    Path events = dir.resolve("events.csv");
    Files.writeString(
        events,
        "journey,timestamp,touchpoint,value\n\"=HYPERLINK(\"\"x\"\")\",2024-01-01T00:00:00Z,@call,2\n");
    MotkitCommandTest.Run score =
        MotkitCommandTest.run(
            "score", events.toString(), "--scorer", "mean", "--format", "csv", "--excel-safe");
    assertThat(score.out()).contains("\"'=HYPERLINK(\"\"x\"\")\",mean,2.0");
    MotkitCommandTest.Run pain =
        MotkitCommandTest.run(
            "journeys",
            "pain-points",
            events.toString(),
            "--format",
            "csv",
            "--excel-safe",
            "--scale",
            "-3..3");
    assertThat(pain.out()).contains("\n,'@call,1,2.0");
    MotkitCommandTest.Run plain =
        MotkitCommandTest.run("journeys", "pain-points", events.toString(), "--format", "csv");
    assertThat(plain.out()).contains("\n,@call,1,2.0");
  }
}
