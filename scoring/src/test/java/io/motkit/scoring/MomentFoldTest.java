package io.motkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.MomentFold;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.core.scoring.SequenceKernel;
import io.motkit.testkit.Generators;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class MomentFoldTest {

  private static final ScorerRegistry REGISTRY = ScorerRegistry.load();

  /** Every configuration whose kernel has an incremental form. */
  private static final List<JourneyScorer> FOLDED = folded();

  private static List<JourneyScorer> folded() {
    List<JourneyScorer> scorers = new ArrayList<>();
    for (String peak : List.of("intense", "worst", "best", "both")) {
      for (String ties : List.of("negative", "positive", "mean", "first")) {
        scorers.add(REGISTRY.create("peak-end", Map.of("peak", peak, "ties", ties)));
      }
      scorers.add(
          REGISTRY.create(
              "peak-end",
              Map.of(
                  "peak",
                  peak,
                  "end",
                  "last-k",
                  "k",
                  "3",
                  "peak-weight",
                  "0.3",
                  "end-weight",
                  "0.7")));
    }
    scorers.add(REGISTRY.create("peak"));
    scorers.add(REGISTRY.create("end", Map.of("end", "last-k", "k", "2")));
    scorers.add(REGISTRY.create("end"));
    scorers.add(REGISTRY.create("recency"));
    scorers.add(REGISTRY.create("recency", Map.of("direction", "primacy", "half-life", "30")));
    scorers.add(REGISTRY.create("recency", Map.of("decay", "position", "half-life", "2")));
    scorers.add(
        REGISTRY.create(
            "recency", Map.of("decay", "position", "half-life", "0.5", "direction", "primacy")));
    scorers.add(REGISTRY.create("mean"));
    scorers.add(REGISTRY.create("min"));
    scorers.add(REGISTRY.create("weakest-link"));
    scorers.add(REGISTRY.create("duration-weighted"));
    scorers.add(REGISTRY.create("duration-weighted", Map.of("weight-by", "gap")));
    scorers.add(REGISTRY.create("duration-weighted", Map.of("aggregate", "area")));
    scorers.add(
        REGISTRY.create(
            "duration-weighted",
            Map.of("aggregate", "area", "weight-by", "gap", "baseline", "zero")));
    return scorers;
  }

  /** The same journey with values rounded to whole points, so that peaks tie often. */
  private static Journey rounded(Journey journey) {
    double[] values = new double[journey.size()];
    Scale scale = journey.scale();
    for (int i = 0; i < values.length; i++) {
      double v = Math.rint(journey.moment(i).value());
      values[i] = Math.max(scale.min(), Math.min(scale.max(), v));
    }
    return journey.withValues(values);
  }

  private static double folded(MomentFold fold, Journey journey) {
    double[] state = fold.newState();
    for (Moment m : journey.moments()) {
      state = fold.add(state, m.value(), m.start().toEpochMilli(), m.duration().toMillis());
    }
    return fold.value(state);
  }

  @Test
  void theFoldOfAJourneysMomentsIsTheKernelsScoreToTheLastBit() {
    qt().withExamples(400)
        .forAll(Generators.journeys(1, 40), integers().between(0, 1))
        .checkAssert(
            (generated, round) -> {
              Journey j = round == 1 ? rounded(generated) : generated;
              double[] values = j.moments().stream().mapToDouble(Moment::value).toArray();
              long[] starts =
                  j.moments().stream().mapToLong(m -> m.start().toEpochMilli()).toArray();
              long[] durations =
                  j.moments().stream().mapToLong(m -> m.duration().toMillis()).toArray();
              for (JourneyScorer scorer : FOLDED) {
                MomentFold fold = scorer.fold(j.scale()).orElseThrow();
                SequenceKernel kernel = scorer.kernel(j.scale()).orElseThrow();
                double expected;
                try {
                  expected = kernel.score(values, starts, durations, 0, values.length);
                } catch (IllegalArgumentException undefined) {
                  assertThatThrownBy(() -> folded(fold, j))
                      .as(scorer.id() + " " + scorer.parameters())
                      .isInstanceOf(IllegalArgumentException.class)
                      .hasMessage(undefined.getMessage());
                  continue;
                }
                assertThat(Double.doubleToRawLongBits(folded(fold, j)))
                    .as(scorer.id() + " " + scorer.parameters() + " on " + j)
                    .isEqualTo(Double.doubleToRawLongBits(expected));
              }
            });
  }

  @Test
  void everyPrefixOfAJourneyIsScoredAsTheKernelScoresThatPrefix() {
    qt().withExamples(150)
        .forAll(Generators.journeys(1, 25).map(MomentFoldTest::rounded))
        .checkAssert(
            j -> {
              double[] values = j.moments().stream().mapToDouble(Moment::value).toArray();
              long[] starts =
                  j.moments().stream().mapToLong(m -> m.start().toEpochMilli()).toArray();
              long[] durations =
                  j.moments().stream().mapToLong(m -> m.duration().toMillis()).toArray();
              for (JourneyScorer scorer : FOLDED) {
                MomentFold fold = scorer.fold(j.scale()).orElseThrow();
                SequenceKernel kernel = scorer.kernel(j.scale()).orElseThrow();
                double[] state = fold.newState();
                for (int n = 1; n <= values.length; n++) {
                  state = fold.add(state, values[n - 1], starts[n - 1], durations[n - 1]);
                  double expected;
                  try {
                    expected = kernel.score(values, starts, durations, 0, n);
                  } catch (IllegalArgumentException undefined) {
                    continue;
                  }
                  assertThat(fold.value(state)).as(scorer.id() + " at " + n).isEqualTo(expected);
                }
                if (fold.maxStateLength() >= 0) {
                  assertThat(state.length).isLessThanOrEqualTo(fold.maxStateLength());
                }
              }
            });
  }

  @Test
  void anIntensePeakTiedAcrossNeutralIsDecidedByTheTiesRuleAsInTheBatch() {
    // 1..7, neutral 4: 1 and 7 are equally intense; the rule picks the worse, the better, their
    // mean or the first of them. Kahneman et al. (1993) leave ties open; the rule is motkit's.
    Scale scale = Scale.of(1, 7, 4, true);
    double[] values = {4, 7, 5, 1, 2, 7, 3};
    Map<String, Double> peakByRule =
        Map.of("negative", 1.0, "positive", 7.0, "mean", 4.0, "first", 7.0);
    for (Map.Entry<String, Double> rule : peakByRule.entrySet()) {
      JourneyScorer peak = REGISTRY.create("peak", Map.of("ties", rule.getKey()));
      MomentFold fold = peak.fold(scale).orElseThrow();
      double[] state = fold.newState();
      for (int i = 0; i < values.length; i++) {
        state = fold.add(state, values[i], 60_000L * i, 0);
      }
      assertThat(fold.value(state)).as(rule.getKey()).isEqualTo(rule.getValue());
    }
  }

  @Test
  void scorersWhoseStateWouldGrowWithTheJourneyDeclareNoFold() {
    Scale scale = Scale.of(1, 7, 4, true);
    assertThat(REGISTRY.create("peak-end", Map.of("end", "window", "window", "60")).fold(scale))
        .isEmpty();
    assertThat(REGISTRY.create("trend").fold(scale)).isEmpty();
    assertThat(REGISTRY.create("mean", Map.of("input", "disconfirmation")).fold(scale)).isEmpty();
    assertThat(REGISTRY.create("composite").fold(scale)).isEmpty();
  }
}
