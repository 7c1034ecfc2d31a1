package io.motkit.consumers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's packaged jar, run in its own JVM as the launcher runs it: whatever the
 * in-process command tests see on the test class path, the jar must carry every library the
 * commands use at run time (CSV and JSON readers, the statistics, the report's ECharts script).
 */
final class CommandLineJarTest {

  private static final Path SAMPLES =
      Path.of(System.getProperty("release.check.project"), "docs", "samples");

  @TempDir Path dir;

  private static String run(String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("-jar", System.getProperty("cli.jar")));
    command.addAll(List.of(arguments));
    String out = ForkedJava.run(command);
    assertThat(out).doesNotContain("internal error");
    return out;
  }

  /** The launcher finds its jar through a symbolic link called from another folder. */
  @Test
  void theLauncherWorksThroughASymbolicLinkFromAnotherFolder() throws Exception {
    Path launcher = Path.of(System.getProperty("release.check.project"), "motkit").toAbsolutePath();
    Path link = Files.createSymbolicLink(dir.resolve("mk"), launcher);
    Process process =
        new ProcessBuilder("bash", link.toString(), "--version")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String out =
        new String(
            process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    assertThat(out).contains("motkit ");
  }

  @Test
  void scoresTheSampleLogFromCsv() throws Exception {
    String csv =
        run(
            "score",
            SAMPLES.resolve("events.csv").toString(),
            "--scorer",
            "peak-end",
            "--scale",
            "1..7",
            "--format",
            "csv",
            "--quiet");
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).isEqualTo("journey,scorer,value");
    long journeys =
        Files.readAllLines(SAMPLES.resolve("events.csv")).stream()
            .skip(1)
            .map(l -> l.substring(0, l.indexOf(',')))
            .distinct()
            .count();
    assertThat(lines).hasSize((int) journeys + 1);
  }

  @Test
  void fitsKeyDriversAndWritesTheHtmlReport() throws Exception {
    String drivers =
        run(
            "journeys",
            "drivers",
            SAMPLES.resolve("events.csv").toString(),
            "--outcomes",
            SAMPLES.resolve("outcomes.csv").toString(),
            "--outcome",
            "paid",
            "--format",
            "json");
    assertThat(drivers).contains("\"provenance\"");
    Path html = dir.resolve("report.html");
    run(
        "report",
        SAMPLES.resolve("events.csv").toString(),
        "--outcomes",
        SAMPLES.resolve("outcomes.csv").toString(),
        "--outcome",
        "paid",
        "--kano",
        SAMPLES.resolve("kano-answers.csv").toString(),
        "--html",
        html.toString());
    assertThat(Files.readString(html)).contains("echarts.init").contains("</html>");
  }
}
