package io.motkit.scoring.servqual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.motkit.core.ConfidenceInterval;
import io.motkit.core.Scale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class ServqualAnalysisTest {

  /** Two dimensions of two items each, on 1..7. */
  static final ServqualInstrument SMALL =
      ServqualInstrument.builder()
          .addItem(ServqualItem.of("t1", "tangibles", false))
          .addItem(ServqualItem.of("t2", "tangibles", false))
          .addItem(ServqualItem.of("r1", "reliability", false))
          .addItem(ServqualItem.of("r2", "reliability", false))
          .build();

  /** Respondent, then E and P of t1, t2, r1, r2. */
  static final double[][] ANSWERS = {
    {6, 5, 7, 5, 7, 6, 6, 6},
    {5, 5, 6, 4, 6, 4, 5, 6},
    {7, 4, 7, 6, 5, 5, 7, 3},
  };

  static List<ServqualResponse> small() {
    List<ServqualResponse> responses = new ArrayList<>();
    String[] items = {"t1", "t2", "r1", "r2"};
    for (int r = 0; r < ANSWERS.length; r++) {
      for (int i = 0; i < items.length; i++) {
        responses.add(
            ServqualResponse.of("r" + r, items[i], ANSWERS[r][2 * i], ANSWERS[r][2 * i + 1]));
      }
    }
    return responses;
  }

  static ServqualAnalysis smallAnalysis() {
    return ServqualAnalysis.builder().instrument(SMALL).build();
  }

  @Test
  void itemAndDimensionGapsOfAHandComputedSample() {
    ServqualResult report = analyzed(smallAnalysis(), small());
    // Item gaps: t1 (-1, 0, -3), t2 (-2, -2, -1), r1 (-1, -2, 0), r2 (0, 1, -4).
    assertThat(report.items())
        .extracting(ServqualItemResult::gap)
        .containsExactly(-4 / 3.0, -5 / 3.0, -1.0, -1.0);
    ServqualDimensionResult tangibles = report.dimension("tangibles").orElseThrow();
    assertThat(tangibles.gap()).isCloseTo(-1.5, within(1e-12));
    assertThat(tangibles.expectation()).isCloseTo(38 / 6.0, within(1e-12));
    assertThat(report.dimension("reliability").orElseThrow().gap()).isCloseTo(-1.0, within(1e-12));
    assertThat(report.unweighted()).isCloseTo(-1.25, within(1e-12));
    // SERVPERF: respondents' mean perceptions 5.5, 4.75 and 4.5.
    assertThat(report.servperf()).isCloseTo((5.5 + 4.75 + 4.5) / 3, within(1e-12));
  }

  @Test
  void dimensionGapHasAPairedTInterval() {
    // Respondents' tangibles gaps -1.5, -1, -2: mean -1.5, sd 0.5, t(2, 0.975) = 4.302652729911275.
    ConfidenceInterval interval =
        analyzed(smallAnalysis(), small())
            .dimension("tangibles")
            .orElseThrow()
            .gapInterval()
            .orElseThrow();
    double half = 4.302652729911275 * 0.5 / Math.sqrt(3);
    assertThat(interval.low()).isCloseTo(-1.5 - half, within(1e-9));
    assertThat(interval.high()).isCloseTo(-1.5 + half, within(1e-9));
    assertThat(interval.method()).isEqualTo("t");
  }

  @Test
  void cronbachsAlphaMatchesAHandComputedCase() {
    // Tangibles expectations t1 (6, 5, 7) and t2 (7, 6, 7): item variances 1 and 1/3, total
    // variance 7/3:
    // alpha = 2 * (1 - (4/3) / (7/3)) = 6/7.
    assertThat(
            analyzed(smallAnalysis(), small())
                .dimension("tangibles")
                .orElseThrow()
                .alphaExpectation()
                .getAsDouble())
        .isCloseTo(6 / 7.0, within(1e-12));
  }

  @Test
  void weightedScoreAppliesEachRespondentsPointsThenAverages() {
    List<ServqualImportance> points =
        List.of(
            ServqualImportance.of("r0", "tangibles", 40),
                ServqualImportance.of("r0", "reliability", 60),
            ServqualImportance.of("r1", "tangibles", 50),
                ServqualImportance.of("r1", "reliability", 50),
            ServqualImportance.of("r2", "tangibles", 20),
                ServqualImportance.of("r2", "reliability", 80));
    // r0: 0.4 * -1.5 + 0.6 * -0.5; r1: 0.5 * -1 + 0.5 * -0.5; r2: 0.2 * -2 + 0.8 * -2
    assertThat(analyzed(smallAnalysis(), small(), points).weighted().getAsDouble())
        .isCloseTo((-0.9 - 0.75 - 2.0) / 3, within(1e-12));
  }

  @Test
  void pointsAsLargeOrAsSmallAsDoublesGoGiveTheSameWeightedScore() {
    for (double unit : new double[] {1e306, 1e-320}) {
      List<ServqualImportance> points =
          List.of(
              ServqualImportance.of("r0", "tangibles", 40 * unit),
                  ServqualImportance.of("r0", "reliability", 60 * unit),
              ServqualImportance.of("r1", "tangibles", 50 * unit),
                  ServqualImportance.of("r1", "reliability", 50 * unit),
              ServqualImportance.of("r2", "tangibles", 20 * unit),
                  ServqualImportance.of("r2", "reliability", 80 * unit));
      assertThat(analyzed(smallAnalysis(), small(), points).weighted().getAsDouble())
          .as("unit %s", unit)
          .isCloseTo((-0.9 - 0.75 - 2.0) / 3, within(1e-9));
    }
  }

  @Test
  void respondentWithoutImportancePointsIsNamed() {
    List<ServqualImportance> points = List.of(ServqualImportance.of("r0", "tangibles", 100));
    assertThatThrownBy(() -> analyzed(smallAnalysis(), small(), points))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("respondent 'r1' has no importance points");
  }

  /**
   * Table 2 of the study published as PMC6131925 (patients' expectations and perceptions, N = 386,
   * 5-point scale): mean expectation and perception per dimension and the gaps -0.25, -0.13, -0.13,
   * -0.18 and -0.16. A sample whose answers equal the published means reproduces the published
   * gaps.
   */
  @Test
  void publishedDimensionGapsAreReproduced() {
    double[][] published = {{4.44, 4.19}, {4.49, 4.36}, {4.48, 4.35}, {4.50, 4.32}, {4.56, 4.40}};
    double[] publishedGaps = {-0.25, -0.13, -0.13, -0.18, -0.16};
    List<ServqualResponse> responses = new ArrayList<>();
    ServqualInstrument standard = ServqualInstrument.standard22();
    for (ServqualItem item : standard.items()) {
      int d = ServqualInstrument.RATER.indexOf(item.dimension());
      responses.add(
          ServqualResponse.of("mean-patient", item.id(), published[d][0], published[d][1]));
    }
    ServqualResult report =
        analyzed(ServqualAnalysis.builder().scale(Scale.likert5()).build(), responses);
    for (int d = 0; d < 5; d++) {
      assertThat(report.dimensions().get(d).dimension()).isEqualTo(ServqualInstrument.RATER.get(d));
      assertThat(report.dimensions().get(d).gap()).isCloseTo(publishedGaps[d], within(1e-9));
    }
    assertThat(report.unweighted())
        .isCloseTo((-0.25 - 0.13 - 0.13 - 0.18 - 0.16) / 5, within(1e-9));
  }

  @Test
  void standardInstrumentHasTheRaterItemRanges() {
    ServqualInstrument standard = ServqualInstrument.standard22();
    assertThat(standard.items()).hasSize(22);
    assertThat(standard.itemsOf("tangibles"))
        .extracting(ServqualItem::id)
        .containsExactly("1", "2", "3", "4");
    assertThat(standard.itemsOf("reliability"))
        .extracting(ServqualItem::id)
        .containsExactly("5", "6", "7", "8", "9");
    assertThat(standard.itemsOf("responsiveness"))
        .extracting(ServqualItem::id)
        .containsExactly("10", "11", "12", "13");
    assertThat(standard.itemsOf("assurance"))
        .extracting(ServqualItem::id)
        .containsExactly("14", "15", "16", "17");
    assertThat(standard.itemsOf("empathy"))
        .extracting(ServqualItem::id)
        .containsExactly("18", "19", "20", "21", "22");
  }

  @Test
  void reverseScoredItemsAreTurnedAround() {
    ServqualInstrument instrument =
        ServqualInstrument.builder().addItem(ServqualItem.of("n1", "reliability", true)).build();
    ServqualResponse answer =
        ServqualResponse.builder()
            .respondent("a")
            .item("n1")
            .expectation(2)
            .perception(3)
            .adequate(1)
            .desired(4)
            .build();
    ServqualResult report =
        analyzed(ServqualAnalysis.builder().instrument(instrument).build(), List.of(answer));
    ServqualItemResult item = report.items().get(0);
    // On 1..7: E 2 -> 6, P 3 -> 5, adequate and desired 1, 4 -> 4, 7.
    assertThat(item.expectation()).isEqualTo(6.0);
    assertThat(item.perception()).isEqualTo(5.0);
    assertThat(item.gap()).isEqualTo(-1.0);
    assertThat(item.msa()).hasValue(1.0);
    assertThat(item.mss()).hasValue(-2.0);
  }

  @Test
  void zoneOfToleranceGivesMsaAndMssAndTheCalibration() {
    List<ServqualResponse> responses =
        List.of(
            ServqualResponse.builder()
                .respondent("a")
                .item("t1")
                .expectation(6)
                .perception(5)
                .adequate(4)
                .desired(7)
                .build(),
            ServqualResponse.builder()
                .respondent("b")
                .item("t1")
                .expectation(5)
                .perception(3)
                .adequate(4)
                .desired(6)
                .build());
    ServqualResult report = analyzed(smallAnalysis(), responses);
    assertThat(report.items().get(0).msa()).hasValue((1 + -1) / 2.0);
    assertThat(report.items().get(0).mss()).hasValue((-2 + -3) / 2.0);
    ServqualCalibration calibration = report.calibration();
    assertThat(calibration.dimensions()).containsEntry("t1", "tangibles");
    assertThat(calibration.expectations().get("t1").expected()).isEqualTo(5.5);
    assertThat(calibration.expectations().get("t1").adequate()).hasValue(4.0);
    assertThat(calibration.expectations().get("t1").desired()).hasValue(6.5);
    assertThat(calibration.scorer().id()).isEqualTo("servqual");
  }

  @Test
  void segmentsGetTheirOwnReports() {
    List<ServqualResponse> responses =
        List.of(
            ServqualResponse.builder()
                .respondent("a")
                .item("t1")
                .expectation(6)
                .perception(5)
                .segment("north")
                .build(),
            ServqualResponse.builder()
                .respondent("b")
                .item("t1")
                .expectation(5)
                .perception(7)
                .segment("south")
                .build());
    ServqualResult report = analyzed(smallAnalysis(), responses);
    assertThat(report.segments().get("north").unweighted()).isEqualTo(-1.0);
    assertThat(report.segments().get("south").unweighted()).isEqualTo(2.0);
  }

  @Test
  void badResponsesAreNamed() {
    assertThatThrownBy(
            () -> analyzed(smallAnalysis(), List.of(ServqualResponse.of("a", "x9", 5, 5))))
        .hasMessageContaining("respondent 'a': item 'x9' is not in the instrument");
    assertThatThrownBy(
            () -> analyzed(smallAnalysis(), List.of(ServqualResponse.of("a", "t1", 8, 5))))
        .hasMessageContaining("respondent 'a', item 't1': expectation 8.0 is outside the scale");
    assertThatThrownBy(
            () ->
                analyzed(
                    smallAnalysis(),
                    List.of(
                        ServqualResponse.of("a", "t1", 5, 5),
                        ServqualResponse.of("a", "t1", 6, 5))))
        .hasMessageContaining("respondent 'a' answered item 't1' twice");
  }

  @Test
  void swappingExpectationAndPerceptionNegatesEveryGap() {
    qt().forAll(
            lists()
                .of(integers().between(1, 7))
                .ofSizeBetween(8, 8 * 6)
                .map(l -> l.subList(0, l.size() - l.size() % 8)))
        .checkAssert(
            values -> {
              List<ServqualResponse> responses = new ArrayList<>();
              List<ServqualResponse> swapped = new ArrayList<>();
              String[] items = {"t1", "t2", "r1", "r2"};
              for (int r = 0; r < values.size() / 8; r++) {
                for (int i = 0; i < 4; i++) {
                  double e = values.get(8 * r + 2 * i);
                  double p = values.get(8 * r + 2 * i + 1);
                  responses.add(ServqualResponse.of("r" + r, items[i], e, p));
                  swapped.add(ServqualResponse.of("r" + r, items[i], p, e));
                }
              }
              ServqualResult a = analyzed(smallAnalysis(), responses);
              ServqualResult b = analyzed(smallAnalysis(), swapped);
              for (int i = 0; i < a.items().size(); i++) {
                assertThat(b.items().get(i).gap())
                    .isCloseTo(-a.items().get(i).gap(), within(1e-12));
              }
              for (int d = 0; d < a.dimensions().size(); d++) {
                assertThat(b.dimensions().get(d).gap())
                    .isCloseTo(-a.dimensions().get(d).gap(), within(1e-12));
              }
              assertThat(b.unweighted()).isCloseTo(-a.unweighted(), within(1e-12));
            });
  }

  @Test
  void permutingRespondentsChangesNothing() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              List<ServqualResponse> shuffled = new ArrayList<>(small());
              Collections.shuffle(shuffled, new Random(seed));
              ServqualResult a = analyzed(smallAnalysis(), small());
              ServqualResult b = analyzed(smallAnalysis(), shuffled);
              assertThat(b.unweighted()).isCloseTo(a.unweighted(), within(1e-12));
              assertThat(b.servperf()).isCloseTo(a.servperf(), within(1e-12));
              for (int d = 0; d < a.dimensions().size(); d++) {
                assertThat(b.dimensions().get(d).gap())
                    .isCloseTo(a.dimensions().get(d).gap(), within(1e-12));
                assertThat(b.dimensions().get(d).alphaPerception().orElse(0))
                    .isCloseTo(a.dimensions().get(d).alphaPerception().orElse(0), within(1e-12));
              }
            });
  }

  /**
   * The same answers where lower is better: every gap, MSA and MSS turns around, SERVPERF stays.
   */
  @Test
  void onALowerIsBetterScaleEveryGapIsTurnedAround() {
    ServqualAnalysis lower =
        ServqualAnalysis.builder()
            .instrument(SMALL)
            .scale(io.motkit.core.Scale.of(1, 7, 4, false))
            .build();
    ServqualResult higher = analyzed(smallAnalysis(), small());
    ServqualResult turned = analyzed(lower, small());
    assertThat(turned.unweighted()).isCloseTo(1.25, within(1e-12));
    assertThat(turned.items())
        .extracting(ServqualItemResult::gap)
        .containsExactly(4 / 3.0, 5 / 3.0, 1.0, 1.0);
    assertThat(turned.dimension("tangibles").orElseThrow().gap()).isCloseTo(1.5, within(1e-12));
    assertThat(turned.servperf()).isEqualTo(higher.servperf());
  }

  @Test
  void flippingTheScalesDirectionNegatesEveryGap() {
    qt().forAll(lists().of(integers().between(1, 7)).ofSize(24))
        .checkAssert(
            answers -> {
              List<ServqualResponse> responses = new ArrayList<>();
              String[] items = {"t1", "t2", "r1", "r2"};
              for (int r = 0; r < 3; r++) {
                for (int i = 0; i < items.length; i++) {
                  responses.add(
                      ServqualResponse.of(
                          "r" + r,
                          items[i],
                          answers.get(8 * r + 2 * i),
                          answers.get(8 * r + 2 * i + 1)));
                }
              }
              ServqualResult up = analyzed(smallAnalysis(), responses);
              ServqualResult down =
                  analyzed(
                      ServqualAnalysis.builder()
                          .instrument(SMALL)
                          .scale(io.motkit.core.Scale.of(1, 7, 4, false))
                          .build(),
                      responses);
              assertThat(down.unweighted()).isCloseTo(-up.unweighted(), within(1e-12));
              for (int i = 0; i < up.items().size(); i++) {
                assertThat(down.items().get(i).gap())
                    .isCloseTo(-up.items().get(i).gap(), within(1e-12));
              }
            });
  }

  /**
   * Respondent r0 answers the tangibles items on the web and the reliability items by phone; r1
   * answers everything on the web. Points: r0 tangibles 40, reliability 60; r1 50 and 50. By hand:
   * on the web r0 has only tangibles (gap -1.5, its 40 points renormalised to all of the weight)
   * and r1 scores 0.5 x -1 + 0.5 x -0.5 = -0.75, so the web's weighted score is (-1.5 - 0.75) / 2 =
   * -1.125; by phone only r0's reliability gap, -0.5, remains.
   */
  @Test
  void aSegmentsWeightedScoreRenormalisesThePointsOfTheDimensionsAnsweredThere() {
    List<ServqualResponse> responses = new ArrayList<>();
    String[] items = {"t1", "t2", "r1", "r2"};
    for (int r = 0; r < 2; r++) {
      for (int i = 0; i < items.length; i++) {
        String segment = r == 0 && i >= 2 ? "phone" : "web";
        responses.add(
            ServqualResponse.builder()
                .respondent("r" + r)
                .item(items[i])
                .expectation(ANSWERS[r][2 * i])
                .perception(ANSWERS[r][2 * i + 1])
                .segment(segment)
                .build());
      }
    }
    List<ServqualImportance> points =
        List.of(
            ServqualImportance.of("r0", "tangibles", 40),
                ServqualImportance.of("r0", "reliability", 60),
            ServqualImportance.of("r1", "tangibles", 50),
                ServqualImportance.of("r1", "reliability", 50));
    ServqualResult report = analyzed(smallAnalysis(), responses, points);
    assertThat(report.weighted().getAsDouble()).isCloseTo((-0.9 - 0.75) / 2, within(1e-12));
    assertThat(report.segments().get("web").weighted().getAsDouble())
        .isCloseTo(-1.125, within(1e-12));
    assertThat(report.segments().get("phone").weighted().getAsDouble())
        .isCloseTo(-0.5, within(1e-12));
  }

  @Test
  void aDimensionWhoseItemsDisagreeIsFlaggedAsLowReliability() {
    // Perceptions t1 (2, 4, 6) and t2 (5, 4, 4): item variances 4 and 1/3, totals (7, 8, 10) with
    // variance 7/3, so alpha = 2 (1 - (13/3) / (7/3)) = -12/7.
    List<ServqualResponse> responses =
        List.of(
            ServqualResponse.of("a", "t1", 5, 2), ServqualResponse.of("a", "t2", 5, 5),
            ServqualResponse.of("b", "t1", 5, 4), ServqualResponse.of("b", "t2", 5, 4),
            ServqualResponse.of("c", "t1", 5, 6), ServqualResponse.of("c", "t2", 5, 4));
    ServqualDimensionResult tangibles =
        analyzed(smallAnalysis(), responses).dimension("tangibles").orElseThrow();
    assertThat(tangibles.alphaPerception().getAsDouble()).isCloseTo(-12 / 7.0, within(1e-12));
    assertThat(tangibles.lowReliability()).isTrue();
    ServqualDimensionResult sound =
        analyzed(smallAnalysis(), small()).dimension("tangibles").orElseThrow();
    assertThat(sound.alphaExpectation().getAsDouble()).isCloseTo(6 / 7.0, within(1e-12));
  }

  /** Runs the analysis as a caller does, on responses built in memory. */
  private static ServqualResult analyzed(
      ServqualAnalysis analysis, java.util.List<ServqualResponse> responses) {
    return analyzed(analysis, responses, java.util.List.of());
  }

  private static ServqualResult analyzed(
      ServqualAnalysis analysis,
      java.util.List<ServqualResponse> responses,
      java.util.List<ServqualImportance> importance) {
    return analysis.run(
        io.motkit.core.analysis.AnalysisInput.inMemory(
            ServqualSurvey.of(responses, importance), "responses", responses.size()));
  }
}
