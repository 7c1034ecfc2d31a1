package io.motkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.motkit.journey.fit.FitReportWriter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The researcher's experiment from the command line and from JShell. */
final class FitCommandTest {

  private static MotkitCommandTest.Run run(String... args) {
    return MotkitCommandTest.run(args);
  }

  @Test
  void simulatedRatingsArePredictedBestByTheModelThatMadeThem(@TempDir Path dir) throws Exception {
    String events = dir.resolve("events.csv").toString();
    String ratings = dir.resolve("ratings.csv").toString();
    MotkitCommandTest.Run simulate =
        run(
            "simulate",
            MotkitCommandTest.sample("property-model.json"),
            "--journeys",
            "600",
            "--seed",
            "42",
            "--out",
            events,
            "--ratings",
            ratings,
            "--rating-model",
            "peak-end",
            "--rating-param",
            "peak=worst",
            "--rating-param",
            "peak-weight=0.6",
            "--rating-param",
            "end-weight=0.4",
            "--rating-noise",
            "0.4");
    assertThat(simulate.exit()).as(simulate.err()).isZero();
    assertThat(Files.readAllLines(Path.of(ratings)).get(0)).isEqualTo("journey,rating");

    MotkitCommandTest.Run json =
        run(
            "fit",
            events,
            "--ratings",
            ratings,
            "--rating",
            "rating",
            "--scale",
            "1..7",
            "--folds",
            "5",
            "--bootstrap",
            "200",
            "--seed",
            "3");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode report = json.json();
    assertThat(report.get("best").asText()).isEqualTo("peak-end");
    assertThat(report.at("/provenance/analysis").asText()).isEqualTo("memory-model-fit");
    assertThat(report.at("/provenance/settings/seed").asLong()).isEqualTo(3);
    assertThat(report.at("/provenance/settings/folds").asInt()).isEqualTo(5);
    assertThat(report.at("/provenance/motkit_version").asText()).isNotBlank();
    // Both inputs, each with its rows and the SHA-256 of its bytes, as every analysis gives them.
    assertThat(report.at("/provenance/inputs/0/sha256").asText()).matches("[0-9a-f]{64}");
    assertThat(report.at("/provenance/inputs/1/sha256").asText()).matches("[0-9a-f]{64}");
    JsonNode peakEnd = report.get("models").get(0);
    assertThat(peakEnd.get("choices").get("peak").asText()).isEqualTo("worst");
    JsonNode weight = peakEnd.get("parameters").get("peak-weight");
    assertThat(weight.get("ci_low").asDouble()).isLessThanOrEqualTo(0.6);
    assertThat(weight.get("ci_high").asDouble()).isGreaterThanOrEqualTo(0.6);

    MotkitCommandTest.Run csv =
        run(
            "fit",
            events,
            "--ratings",
            ratings,
            "--scale",
            "1..7",
            "--folds",
            "5",
            "--bootstrap",
            "100",
            "--format",
            "csv");
    assertThat(csv.exit()).as(csv.err()).isZero();
    List<CsvRecord> rows;
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv.out())) {
      rows = reader.stream().collect(Collectors.toList());
    }
    assertThat(rows.get(0).getFields()).isEqualTo(FitReportWriter.CSV_HEADER);
    assertThat(rows).hasSize(12);
    assertThat(rows.get(1).getField(1)).isEqualTo("peak-end");
    assertThat(rows)
        .allSatisfy(
            r -> assertThat(r.getFieldCount()).isEqualTo(FitReportWriter.CSV_HEADER.size()));
    // No cell packs numbers in text: every number column holds a plain number or nothing.
    for (CsvRecord row : rows.subList(1, rows.size())) {
      for (int c = 3; c < row.getFieldCount(); c++) {
        String cell = row.getField(c);
        assertThat(cell.isEmpty() || cell.matches("-?[0-9.E+-]+|true|false"))
            .as(FitReportWriter.CSV_HEADER.get(c) + " = " + cell)
            .isTrue();
      }
    }

    MotkitCommandTest.Run parameters =
        run(
            "fit",
            events,
            "--ratings",
            ratings,
            "--scale",
            "1..7",
            "--models",
            "peak-end,mean",
            "--folds",
            "5",
            "--bootstrap",
            "100",
            "--format",
            "csv",
            "--table",
            "parameters");
    assertThat(parameters.exit()).as(parameters.err()).isZero();
    List<CsvRecord> estimates;
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(parameters.out())) {
      estimates = reader.stream().collect(Collectors.toList());
    }
    assertThat(estimates.get(0).getFields()).isEqualTo(FitReportWriter.PARAMETERS_HEADER);
    // peak-end: intercept, slope, peak-weight; mean: intercept, slope.
    assertThat(estimates.subList(1, estimates.size()))
        .extracting(r -> r.getField(0) + "/" + r.getField(1))
        .containsExactlyInAnyOrder(
            "peak-end/intercept",
            "peak-end/slope",
            "peak-end/peak-weight",
            "mean/intercept",
            "mean/slope");
    for (CsvRecord row : estimates.subList(1, estimates.size())) {
      double estimate = Double.parseDouble(row.getField(2));
      assertThat(Double.parseDouble(row.getField(3))).isLessThanOrEqualTo(estimate);
      assertThat(Double.parseDouble(row.getField(4))).isGreaterThanOrEqualTo(estimate);
    }

    MotkitCommandTest.Run table =
        run(
            "fit",
            events,
            "--ratings",
            ratings,
            "--scale",
            "1..7",
            "--models",
            "peak-end,mean,intercept",
            "--bootstrap",
            "0",
            "--format",
            "table");
    assertThat(table.out()).contains("best: peak-end");
  }

  @Test
  void badFitOptionsAreUsageErrors(@TempDir Path dir) throws Exception {
    Path ratings = dir.resolve("ratings.csv");
    Files.writeString(ratings, "journey,rating\n");
    MotkitCommandTest.Run unknown =
        run(
            "fit",
            MotkitCommandTest.sample("events.csv"),
            "--ratings",
            ratings.toString(),
            "--models",
            "peak-middle");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown model 'peak-middle'");
    MotkitCommandTest.Run folds =
        run(
            "fit",
            MotkitCommandTest.sample("events.csv"),
            "--ratings",
            ratings.toString(),
            "--folds",
            "1");
    assertThat(folds.exit()).isEqualTo(2);
    MotkitCommandTest.Run missing =
        run("fit", MotkitCommandTest.sample("events.csv"), "--ratings", ratings.toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("rating");
  }

  @Test
  void classpathPrintsWhatJshellNeeds() {
    MotkitCommandTest.Run run = run("classpath");
    assertThat(run.exit()).isZero();
    assertThat(run.out().trim()).isNotEmpty();
  }

  /**
   * The JShell script of docs/ runs the whole experiment: two conditions, ratings, fit, comparison.
   */
  @Test
  void theJshellExperimentRuns() throws Exception {
    String jshell = Path.of(System.getProperty("java.home"), "bin", "jshell").toString();
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process process =
        new ProcessBuilder(
                jshell,
                "--class-path",
                classPath,
                Path.of("..", "docs", "fit-experiment.jsh").toString())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(output)
        .doesNotContain("Exception")
        .contains("best model: ")
        .contains("peak-end as good as the best: true");
    double betterEnd =
        Double.parseDouble(output.replaceAll("(?s).*mean rating, better-end: ([0-9.]+).*", "$1"));
    double shortEpisode =
        Double.parseDouble(output.replaceAll("(?s).*mean rating, short: ([0-9.]+).*", "$1"));
    // Lower discomfort is better: the longer episode with the better end is remembered as less bad.
    assertThat(betterEnd).isLessThan(shortEpisode);
  }
}
