package io.motkit.scoring.nps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.motkit.core.ConfidenceInterval;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class NpsAnalysisTest {

  private static final NpsAnalysis WALD = NpsAnalysis.defaults();
  private static final NpsAnalysis ADJUSTED =
      NpsAnalysis.builder().method(NpsAnalysis.Method.ADJUSTED_WALD).build();

  /** The estimate of the whole sample, run as a caller runs the analysis. */
  private static NpsEstimate overall(NpsAnalysis analysis, int[] scores) {
    List<NpsResponse> responses = new java.util.ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      responses.add(NpsResponse.of("r" + i, scores[i]));
    }
    return run(analysis, responses).overall();
  }

  private static NpsResult run(NpsAnalysis analysis, List<NpsResponse> responses) {
    return analysis.run(
        io.motkit.core.analysis.AnalysisInput.inMemory(responses, "responses", responses.size()));
  }

  private static int[] scores(int detractors, int passives, int promoters) {
    int[] scores = new int[detractors + passives + promoters];
    int i = 0;
    for (int k = 0; k < detractors; k++) {
      scores[i++] = k % 7;
    }
    for (int k = 0; k < passives; k++) {
      scores[i++] = 7 + k % 2;
    }
    for (int k = 0; k < promoters; k++) {
      scores[i++] = 9 + k % 2;
    }
    return scores;
  }

  @Test
  void publishedBoundaryCases() {
    assertThat(overall(WALD, scores(0, 0, 25)).nps()).isEqualTo(100.0);
    assertThat(overall(WALD, scores(0, 25, 0)).nps()).isEqualTo(0.0);
    assertThat(overall(WALD, scores(25, 0, 0)).nps()).isEqualTo(-100.0);
    NpsEstimate r = overall(WALD, scores(10, 30, 60));
    assertThat(r.nps()).isCloseTo(50.0, within(1e-9));
    assertThat(r.promoters()).isEqualTo(60);
    assertThat(r.passives()).isEqualTo(30);
    assertThat(r.detractors()).isEqualTo(10);
  }

  @Test
  void standardErrorFollowsTheVarianceFormula() {
    // p = 0.6, d = 0.1: var = p + d - (p - d)^2 = 0.45 = p(1 - p) + d(1 - d) + 2pd.
    NpsEstimate r = overall(WALD, scores(10, 30, 60));
    assertThat(r.standardError()).isCloseTo(100 * Math.sqrt(0.45 / 100), within(1e-9));
    assertThat(0.6 * 0.4 + 0.1 * 0.9 + 2 * 0.6 * 0.1).isCloseTo(0.45, within(1e-12));
  }

  @Test
  void waldIntervalIsNpsPlusMinusZTimesStandardError() {
    ConfidenceInterval ci = overall(WALD, scores(10, 30, 60)).interval();
    assertThat(ci.low()).isCloseTo(36.85216189135128, within(1e-9));
    assertThat(ci.high()).isCloseTo(63.14783810864872, within(1e-9));
  }

  @Test
  void adjustedWaldAddsThreeRespondentsAndThreeQuartersToEachTail() {
    // Rocks (2016): n + 3, promoters + 0.75, detractors + 0.75: centre 48.5437, se 6.6721 points.
    ConfidenceInterval ci = overall(ADJUSTED, scores(10, 30, 60)).interval();
    assertThat(ci.low()).isCloseTo(35.46659193866748, within(1e-9));
    assertThat(ci.high()).isCloseTo(61.620786702109214, within(1e-9));
    assertThat(ci.method()).isEqualTo("adjusted-wald");
  }

  @Test
  void theAdjustedWaldStandardErrorIsTheOneItsIntervalIsBuiltFrom() {
    // Rocks (2016) on 60 promoters, 30 passives, 10 detractors: p = 60.75 / 103, d = 10.75 / 103,
    // se = 100 sqrt((p + d - (p - d)^2) / 103) = 6.6721 points, not Wald's 6.7082.
    NpsEstimate r = overall(ADJUSTED, scores(10, 30, 60));
    double p = 60.75 / 103;
    double d = 10.75 / 103;
    assertThat(r.standardError())
        .isCloseTo(100 * Math.sqrt((p + d - (p - d) * (p - d)) / 103), within(1e-12))
        .isCloseTo(6.6721, within(1e-4));
    assertThat((r.interval().high() - r.interval().low()) / 2)
        .isCloseTo(1.959963984540054 * r.standardError(), within(1e-9));
    assertThat(overall(WALD, scores(10, 30, 60)).standardError()).isCloseTo(6.7082, within(1e-4));
  }

  @Test
  void adjustedWaldGivesAWidthWhereWaldCollapses() {
    assertThat(overall(WALD, scores(0, 0, 10)).interval().width()).isZero();
    assertThat(overall(ADJUSTED, scores(0, 0, 10)).interval().width()).isPositive();
  }

  @Test
  void bootstrapWithTheSameSeedGivesTheSameInterval() {
    NpsAnalysis a = NpsAnalysis.builder().method(NpsAnalysis.Method.BOOTSTRAP).seed(42).build();
    NpsAnalysis b = NpsAnalysis.builder().method(NpsAnalysis.Method.BOOTSTRAP).seed(42).build();
    int[] sample = scores(23, 31, 46);
    assertThat(overall(a, sample).interval()).isEqualTo(overall(b, sample).interval());
    assertThat(overall(a, sample).interval().contains(23.0)).isTrue();
  }

  @Test
  void comparisonOfTwoSurveys() {
    // a: 60/30/10 (NPS 50, var 0.45); b: 40/30/30 (NPS 10, var 0.69); n = 100 each.
    NpsComparison c =
        WALD.compare(overall(WALD, scores(10, 30, 60)), overall(WALD, scores(30, 30, 40)));
    assertThat(c.difference()).isCloseTo(40.0, within(1e-9));
    assertThat(c.standardError()).isCloseTo(10.677078252031311, within(1e-9));
    assertThat(c.pValue()).isCloseTo(0.00017943103751250078, within(1e-9));
    assertThat(c.interval().low()).isCloseTo(19.073311165902762, within(1e-9));
    NpsEstimate same = overall(WALD, scores(10, 30, 60));
    assertThat(WALD.compare(same, same).pValue()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void segmentsAreScoredSeparately() {
    NpsResult report =
        run(
            WALD,
            List.of(
                NpsResponse.of("a", 10, "north"),
                NpsResponse.of("b", 3, "north"),
                NpsResponse.of("c", 9, "south")));
    assertThat(report.overall().nps()).isCloseTo(100 / 3.0, within(1e-9));
    assertThat(report.segments().get("north").nps()).isEqualTo(0.0);
    assertThat(report.segments().get("south").nps()).isEqualTo(100.0);
  }

  @Test
  void scoreOutsideZeroToTenIsNamed() {
    assertThatThrownBy(() -> NpsResponse.of("r9", -1))
        .hasMessageContaining("respondent 'r9': score must be from 0 to 10, found -1");
  }

  /**
   * For populations across the usual range of shares, samples of 400 are drawn with a fixed seed
   * and the 95 % Wald and adjusted-Wald intervals must cover the true score in 92 % to 98 % of
   * them.
   */
  @Test
  void intervalsCoverTheTrueScoreAtAboutTheirLevel() {
    qt().withFixedSeed(20261123L)
        .withExamples(12)
        .forAll(doubles().between(0.1, 0.6), doubles().between(0.05, 0.3))
        .checkAssert(
            (p, d) -> {
              double truth = 100 * (p - d);
              SplittableRandom random =
                  new SplittableRandom(Double.doubleToLongBits(p) ^ Double.doubleToLongBits(d));
              int trials = 600;
              int waldCovers = 0;
              int adjustedCovers = 0;
              for (int t = 0; t < trials; t++) {
                int promoters = 0;
                int detractors = 0;
                int n = 400;
                for (int i = 0; i < n; i++) {
                  double u = random.nextDouble();
                  if (u < p) {
                    promoters++;
                  } else if (u < p + d) {
                    detractors++;
                  }
                }
                int passives = n - promoters - detractors;
                if (WALD.estimate(promoters, passives, detractors).interval().contains(truth)) {
                  waldCovers++;
                }
                if (ADJUSTED.estimate(promoters, passives, detractors).interval().contains(truth)) {
                  adjustedCovers++;
                }
              }
              assertThat(waldCovers / (double) trials).isBetween(0.92, 0.98);
              assertThat(adjustedCovers / (double) trials).isBetween(0.92, 0.98);
            });
  }

  @Test
  void tallyingInPartsAndMergingGivesTheWholeAndFindsARespondentInBoth() {
    List<NpsResponse> responses = new java.util.ArrayList<>();
    int[] scores = scores(17, 23, 41);
    for (int i = 0; i < scores.length; i++) {
      responses.add(NpsResponse.of("r" + i, scores[i], i % 3 == 0 ? "north" : "south"));
    }
    NpsAnalysis bootstrap =
        NpsAnalysis.builder()
            .method(NpsAnalysis.Method.BOOTSTRAP)
            .resamples(200)
            .seed(5)
            .addComparedSegments("north", "south")
            .build();
    NpsTally first = bootstrap.newTally();
    NpsTally second = bootstrap.newTally();
    for (int i = 0; i < responses.size(); i++) {
      bootstrap.add(i % 2 == 0 ? first : second, responses.get(i));
    }
    NpsResult merged =
        bootstrap.finish(
            bootstrap.merge(bootstrap.newTally(), bootstrap.merge(second, first)),
            List.of(io.motkit.core.analysis.InputSummary.inMemory("responses", scores.length)));
    NpsResult whole = run(bootstrap, responses);
    assertThat(merged.overall()).isEqualTo(whole.overall());
    assertThat(merged.segments()).isEqualTo(whole.segments());
    assertThat(merged.comparison()).isEqualTo(whole.comparison());
    NpsTally again = bootstrap.newTally();
    bootstrap.add(again, NpsResponse.of("r5", 10));
    NpsTally other = bootstrap.newTally();
    bootstrap.add(other, responses.get(5));
    assertThatThrownBy(() -> bootstrap.merge(other, again))
        .hasMessageContaining("respondent 'r5' answered twice");
  }
}
