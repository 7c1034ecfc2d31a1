package io.motkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.core.scoring.SequenceKernel;
import io.motkit.testkit.Generators;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class SequenceScorerPropertiesTest {

  private static final ScorerRegistry REGISTRY = ScorerRegistry.load();

  /** Scorers whose value is a convex combination of the moments' values. */
  private static final List<JourneyScorer> CONVEX =
      List.of(
          REGISTRY.create("mean"),
          REGISTRY.create("peak-end"),
          REGISTRY.create("peak-end", Map.of("peak", "both", "end", "last-k", "k", "2")),
          REGISTRY.create("peak-end", Map.of("end", "window", "window", "3600")),
          REGISTRY.create("recency"),
          REGISTRY.create(
              "recency", Map.of("decay", "position", "half-life", "2", "direction", "primacy")),
          REGISTRY.create("duration-weighted", Map.of("weight-by", "gap")),
          REGISTRY.create("end"),
          REGISTRY.create("peak", Map.of("peak", "worst")),
          REGISTRY.create("min"));

  /** Journeys whose moments all have a positive duration and a positive gap to the next. */
  private static Journey withPositiveTimes(Journey journey) {
    List<Moment> moments = new ArrayList<>();
    for (int i = 0; i < journey.size(); i++) {
      Moment m = journey.moment(i);
      moments.add(
          Moment.builder()
              .touchpoint(m.touchpoint())
              .start(journey.moment(0).start().plusSeconds(60L * i))
              .duration(Duration.ofMillis(1 + m.duration().toMillis()))
              .value(m.value())
              .build());
    }
    return Journey.builder().id(journey.id()).scale(journey.scale()).addAllMoments(moments).build();
  }

  private static double min(Journey j) {
    return j.moments().stream().mapToDouble(Moment::value).min().orElseThrow();
  }

  private static double max(Journey j) {
    return j.moments().stream().mapToDouble(Moment::value).max().orElseThrow();
  }

  @Test
  void everyConvexScorerLiesBetweenMinimumAndMaximum() {
    qt().forAll(Generators.journeys(1, 15).map(SequenceScorerPropertiesTest::withPositiveTimes))
        .checkAssert(
            j -> {
              for (JourneyScorer scorer : CONVEX) {
                double tolerance = 1e-9 * (1 + j.scale().range());
                assertThat(scorer.score(j).value())
                    .as(scorer.id() + " " + scorer.parameters())
                    .isBetween(min(j) - tolerance, max(j) + tolerance);
              }
            });
  }

  @Test
  void aConstantJourneyScoresThatConstant() {
    qt().forAll(Generators.journeys(1, 15).map(SequenceScorerPropertiesTest::withPositiveTimes))
        .checkAssert(
            j -> {
              double constant = j.moment(0).value();
              double[] same = new double[j.size()];
              java.util.Arrays.fill(same, constant);
              Journey flat = j.withValues(same);
              for (JourneyScorer scorer : CONVEX) {
                assertThat(scorer.score(flat).value())
                    .as(scorer.id())
                    .isCloseTo(constant, within(1e-9 * (1 + Math.abs(constant))));
              }
            });
  }

  @Test
  void theTrendOfAConstantJourneyIsZero() {
    JourneyScorer trend = REGISTRY.create("trend", Map.of("final-share", "1"));
    qt().forAll(Generators.journeys(2, 15), doubles().between(0, 1))
        .checkAssert(
            (j, fraction) -> {
              double constant = j.scale().min() + fraction * j.scale().range();
              double[] same = new double[j.size()];
              java.util.Arrays.fill(same, constant);
              assertThat(trend.score(j.withValues(same)).value())
                  .isCloseTo(0.0, within(1e-9 * (1 + Math.abs(constant))));
            });
  }

  @Test
  void peakEndIgnoresMomentsLessIntenseThanThePeakThatAreNotAtTheEnd() {
    JourneyScorer peakEnd = REGISTRY.create("peak-end");
    qt().forAll(Generators.journeys(3, 15), doubles().between(0, 1), integers().between(0, 1000))
        .checkAssert(
            (j, fraction, pick) -> {
              JourneyScore before = peakEnd.score(j);
              int peak = before.role(JourneyScore.PEAK).get(0);
              int last = j.size() - 1;
              int index = pick % last;
              if (index == peak) {
                return;
              }
              // Moments at the same time are ordered by their content, value included: a new
              // value may move this moment among them, even to the end. The property is about a
              // moment that stays where it is.
              java.time.Instant at = j.moment(index).start();
              long sameTime = j.moments().stream().filter(m -> m.start().equals(at)).count();
              if (sameTime > 1) {
                return;
              }
              Scale scale = j.scale();
              double peakIntensity = scale.intensity(j.moment(peak).value());
              // A new value strictly less intense than the peak, on either side of neutral.
              double intensity = fraction * peakIntensity * 0.999;
              double candidate =
                  pick % 2 == 0 ? scale.neutral() + intensity : scale.neutral() - intensity;
              if (!scale.contains(candidate) || intensity >= peakIntensity) {
                return;
              }
              double[] values = j.moments().stream().mapToDouble(Moment::value).toArray();
              values[index] = candidate;
              assertThat(peakEnd.score(j.withValues(values)).value()).isEqualTo(before.value());
            });
  }

  @Test
  void stretchingEveryDurationKeepsPeakEndAndMeanButScalesTheArea() {
    JourneyScorer peakEnd = REGISTRY.create("peak-end");
    JourneyScorer mean = REGISTRY.create("mean");
    JourneyScorer timeAverage = REGISTRY.create("duration-weighted");
    JourneyScorer area = REGISTRY.create("duration-weighted", Map.of("aggregate", "area"));
    qt().forAll(
            Generators.journeys(1, 15).map(SequenceScorerPropertiesTest::withPositiveTimes),
            integers().between(2, 50))
        .checkAssert(
            (j, factor) -> {
              List<Moment> stretched = new ArrayList<>();
              for (Moment m : j.moments()) {
                stretched.add(
                    Moment.builder()
                        .touchpoint(m.touchpoint())
                        .start(m.start())
                        .duration(m.duration().multipliedBy(factor))
                        .value(m.value())
                        .build());
              }
              Journey longer =
                  Journey.builder().id(j.id()).scale(j.scale()).addAllMoments(stretched).build();
              assertThat(peakEnd.score(longer).value()).isEqualTo(peakEnd.score(j).value());
              assertThat(mean.score(longer).value()).isEqualTo(mean.score(j).value());
              double tolerance = 1e-9 * (1 + j.scale().range());
              assertThat(timeAverage.score(longer).value())
                  .isCloseTo(timeAverage.score(j).value(), within(tolerance));
              double a = area.score(j).value();
              assertThat(area.score(longer).value())
                  .isCloseTo(factor * a, within(1e-9 * (1 + Math.abs(factor * a))));
            });
  }

  @Test
  void raisingAnySingleMomentNeverLowersMeanRecencyOrDurationWeighted() {
    List<JourneyScorer> monotone =
        List.of(
            REGISTRY.create("mean"),
            REGISTRY.create("recency"),
            REGISTRY.create("recency", Map.of("decay", "position", "half-life", "1")),
            REGISTRY.create("duration-weighted"),
            REGISTRY.create("duration-weighted", Map.of("aggregate", "area", "baseline", "zero")));
    qt().forAll(
            Generators.journeys(1, 15).map(SequenceScorerPropertiesTest::withPositiveTimes),
            integers().between(0, 1000),
            doubles().between(0, 1))
        .checkAssert(
            (j, pick, fraction) -> {
              int index = pick % j.size();
              double[] values = j.moments().stream().mapToDouble(Moment::value).toArray();
              values[index] += fraction * (j.scale().max() - values[index]);
              Journey raised = j.withValues(values);
              for (JourneyScorer scorer : monotone) {
                double tolerance = 1e-9 * (1 + Math.abs(scorer.score(j).value()));
                assertThat(scorer.score(raised).value())
                    .as(scorer.id() + " " + scorer.parameters())
                    .isGreaterThanOrEqualTo(scorer.score(j).value() - tolerance);
              }
            });
  }

  @Test
  void recencyWithAHugeHalfLifeIsTheMean() {
    JourneyScorer mean = REGISTRY.create("mean");
    List<JourneyScorer> flat =
        List.of(
            REGISTRY.create("recency", Map.of("half-life", "1e18")),
            REGISTRY.create("recency", Map.of("half-life", "inf")),
            REGISTRY.create("recency", Map.of("decay", "position", "half-life", "1e18")),
            REGISTRY.create("recency", Map.of("direction", "primacy", "half-life", "1e18")));
    qt().forAll(Generators.journeys(1, 15))
        .checkAssert(
            j -> {
              for (JourneyScorer scorer : flat) {
                assertThat(scorer.score(j).value()).isCloseTo(mean.score(j).value(), within(1e-9));
              }
            });
  }

  @Test
  void kernelPathAndObjectPathGiveIdenticalResults() {
    List<JourneyScorer> scorers = new ArrayList<>(CONVEX);
    scorers.add(REGISTRY.create("duration-weighted", Map.of("aggregate", "area")));
    scorers.add(REGISTRY.create("trend"));
    scorers.add(REGISTRY.create("trend", Map.of("x", "time", "final-share", "1")));
    Scale scale = Scale.likert7();
    qt().withExamples(200)
        .forAll(
            org.quicktheories.generators.SourceDSL.lists()
                .of(
                    Generators.journeysOn(scale, 2, 12)
                        .map(SequenceScorerPropertiesTest::withPositiveTimes))
                .ofSizeBetween(1, 20))
        .checkAssert(
            journeys -> {
              int total = journeys.stream().mapToInt(Journey::size).sum();
              double[] values = new double[total];
              long[] starts = new long[total];
              long[] durations = new long[total];
              int[] offsets = new int[journeys.size() + 1];
              int at = 0;
              for (int j = 0; j < journeys.size(); j++) {
                offsets[j] = at;
                for (Moment m : journeys.get(j).moments()) {
                  values[at] = m.value();
                  starts[at] = m.start().toEpochMilli();
                  durations[at] = m.duration().toMillis();
                  at++;
                }
              }
              offsets[journeys.size()] = at;
              for (JourneyScorer scorer : scorers) {
                SequenceKernel kernel = scorer.kernel(scale).orElseThrow();
                double[] out = new double[journeys.size()];
                kernel.scoreAll(values, starts, durations, offsets, out);
                for (int j = 0; j < journeys.size(); j++) {
                  assertThat(out[j])
                      .as(scorer.id())
                      .isEqualTo(scorer.score(journeys.get(j)).value());
                }
              }
            });
  }

  /**
   * The same experiences on the mirrored scale: value v on a higher-is-better scale is {@code min +
   * max - v} on the same scale made lower-is-better (neutral mirrored too).
   */
  private static Journey mirrored(Journey j) {
    Scale s = j.scale();
    Scale flipped =
        Scale.of(s.min(), s.max(), s.min() + s.max() - s.neutral(), !s.higherIsBetter());
    double[] values = new double[j.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = s.min() + s.max() - j.moment(i).value();
    }
    List<Moment> moments = new ArrayList<>();
    for (int i = 0; i < j.size(); i++) {
      Moment m = j.moment(i);
      moments.add(
          Moment.builder()
              .touchpoint(m.touchpoint())
              .start(m.start())
              .duration(m.duration())
              .value(values[i])
              .build());
    }
    return Journey.builder().id(j.id()).scale(flipped).addAllMoments(moments).build();
  }

  /** Scorers whose value is a rating: on the mirrored scale they give the mirrored rating. */
  private static final List<JourneyScorer> MIRRORING =
      List.of(
          REGISTRY.create("peak-end"),
          REGISTRY.create("peak-end", Map.of("ties", "positive")),
          REGISTRY.create("peak-end", Map.of("ties", "mean")),
          REGISTRY.create("peak-end", Map.of("peak", "worst", "end", "last-k", "k", "2")),
          REGISTRY.create("peak-end", Map.of("peak", "best")),
          REGISTRY.create("peak", Map.of("peak", "both")),
          REGISTRY.create("min"),
          REGISTRY.create("weakest-link"),
          REGISTRY.create("mean"));

  @Test
  void flippingTheScalesDirectionAndMirroringTheValuesMirrorsTheScore() {
    qt().forAll(Generators.journeys(1, 12).map(SequenceScorerPropertiesTest::withPositiveTimes))
        .checkAssert(
            j -> {
              Journey m = mirrored(j);
              double sum = j.scale().min() + j.scale().max();
              for (JourneyScorer scorer : MIRRORING) {
                assertThat(scorer.score(m).value())
                    .as(scorer.id() + " " + scorer.parameters())
                    .isCloseTo(sum - scorer.score(j).value(), within(1e-9 * (1 + Math.abs(sum))));
              }
            });
  }

  @Test
  void theAreaFromNeutralIsUnchangedByMirroringTheScale() {
    JourneyScorer area = REGISTRY.create("duration-weighted", Map.of("aggregate", "area"));
    qt().forAll(Generators.journeys(1, 12).map(SequenceScorerPropertiesTest::withPositiveTimes))
        .checkAssert(
            j -> {
              double value = area.score(j).value();
              assertThat(area.score(mirrored(j)).value())
                  .isCloseTo(value, within(1e-9 * (1 + Math.abs(value))));
            });
  }

  /** The peak alone and the weakest link do not depend on the order of the moments. */
  @Test
  void thePeakAndTheWeakestLinkDoNotDependOnOrder() {
    List<JourneyScorer> orderFree =
        List.of(
            REGISTRY.create("peak"),
            REGISTRY.create("peak", Map.of("ties", "positive")),
            REGISTRY.create("peak", Map.of("ties", "mean")),
            REGISTRY.create("min"));
    qt().forAll(Generators.journeys(1, 12), integers().between(0, Integer.MAX_VALUE - 1))
        .checkAssert(
            (j, seed) -> {
              double[] values = new double[j.size()];
              for (int i = 0; i < values.length; i++) {
                values[i] = j.moment(i).value();
              }
              java.util.List<Double> shuffled = new ArrayList<>();
              for (double v : values) {
                shuffled.add(v);
              }
              java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
              double[] permuted = shuffled.stream().mapToDouble(Double::doubleValue).toArray();
              Journey other = j.withValues(permuted);
              // Intensities within 1e-9 of the scale's range are ties, and among tied moments the
              // most
              // recent is taken: values may differ by that much, never more.
              double tolerance = 1e-9 * (1 + j.scale().range());
              for (JourneyScorer scorer : orderFree) {
                assertThat(scorer.score(other).value())
                    .as(scorer.id() + " " + scorer.parameters())
                    .isCloseTo(scorer.score(j).value(), within(tolerance));
              }
            });
  }
}
