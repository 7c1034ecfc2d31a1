package io.motkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.Touchpoint;
import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.csv.CsvInput;
import io.motkit.core.json.JourneyScoreJson;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.scoring.kano.KanoAnalysis;
import io.motkit.scoring.kano.KanoCsv;
import io.motkit.scoring.kano.KanoResponse;
import io.motkit.scoring.kano.KanoResult;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The code examples of README.md, kept here so that they keep compiling and stay true. */
final class ReadmeExampleTest {

  @Test
  void readmeExampleScoresTheWorstMomentAndTheEnd() {
    // --- README example start
    Journey journey =
        Journey.builder()
            .id("owner-1")
            .scale(Scale.likert7())
            .addMoment(
                Moment.of(Touchpoint.of("fee-notice"), Instant.parse("2024-03-01T09:00:00Z"), 3))
            .addMoment(
                Moment.of(Touchpoint.of("repair-visit"), Instant.parse("2024-03-05T14:00:00Z"), 2))
            .addMoment(
                Moment.of(
                    Touchpoint.of("follow-up-call"), Instant.parse("2024-03-07T10:00:00Z"), 6))
            .build();

    JourneyScorer peakEnd = ScorerRegistry.load().create("peak-end", Map.of("peak", "worst"));
    JourneyScore score = peakEnd.score(journey);

    System.out.println(score.value()); // 4.0: the worst moment (2) and the end (6), averaged
    System.out.println(score.roles()); // {peak=[1], end=[2]}
    System.out.println(JourneyScoreJson.write(score));
    // --- README example end

    assertThat(score.value()).isEqualTo(4.0);
    assertThat(score.role(JourneyScore.PEAK)).containsExactly(1);
    assertThat(score.role(JourneyScore.END)).containsExactly(2);
  }

  @Test
  void readmeAnalysisExampleRunsKanoWithProvenanceAndWritesItsTable() throws Exception {
    // --- README analysis example start
    KanoAnalysis kano = KanoAnalysis.builder().tieThreshold(0.1).build();
    List<KanoResponse> responses;
    try (CsvInput csv = CsvInput.open(Path.of("../docs/samples/kano-answers.csv"))) {
      responses = KanoCsv.read(csv);
    }
    KanoResult report =
        kano.run(AnalysisInput.inMemory(responses, "kano-answers.csv", responses.size()));

    System.out.println(report.provenance().settings()); // {tie_threshold=0.1}
    System.out.println(report.tableNames()); // [features]
    report.writeCsv(
        "features",
        new PrintWriter(
            System.out, true, StandardCharsets.UTF_8)); // one row per feature and segment
    // --- README analysis example end

    assertThat(report.provenance().analysis()).isEqualTo("kano");
    assertThat(report.provenance().settings()).containsEntry("tie_threshold", "0.1");
    assertThat(report.table("features").rows()).hasSize(6 * 3);
  }

  @Test
  void theReadmeShowsTheseExamplesAsTheyAreHere() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    String source =
        Files.readString(Path.of("src/test/java/io/motkit/examples/ReadmeExampleTest.java"));
    for (String marker : List.of("README example", "README analysis example")) {
      String block =
          source.substring(
              source.indexOf("// --- " + marker + " start"),
              source.indexOf("// --- " + marker + " end"));
      int at = 0;
      for (String line :
          block.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).toList()) {
        int found = readme.indexOf(line, at);
        assertThat(found)
            .as(marker + ": README.md lacks, or has out of order: " + line)
            .isGreaterThanOrEqualTo(0);
        at = found + line.length();
      }
    }
  }
}
