package io.motkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.motkit.core.Expectation;
import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.Touchpoint;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.MomentFold;
import io.motkit.core.scoring.ScorerRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The incremental forms of the scorers that shape each moment by its touchpoint and expectation
 * (Kano, SERVQUAL) give the scorer's value after every prefix of a journey, to the last bit, and
 * refuse the journeys the scorer refuses.
 */
final class ShapedFoldTest {

  private static final ScorerRegistry REGISTRY = ScorerRegistry.load();
  private static final List<String> TOUCHPOINTS = List.of("call", "visit", "repair", "invoice");
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private static final List<JourneyScorer> SCORERS =
      List.of(
          REGISTRY.create("kano", Map.of("categories", "call:M,visit:A,repair:O,invoice:R")),
          REGISTRY.create(
              "kano",
              Map.of("categories", "call:M,visit:A,repair:O,invoice:I", "rule", "peak-end")),
          REGISTRY.create(
              "kano", Map.of("categories", "call:O,visit:A,repair:O,invoice:M", "rule", "recency")),
          REGISTRY.create(
              "servqual",
              Map.of(
                  "dimensions",
                  "call:reliability,visit:empathy,repair:reliability,invoice:tangibles")),
          REGISTRY.create(
              "servqual",
              Map.of(
                  "dimensions",
                  "call:reliability,visit:empathy,repair:assurance,invoice:tangibles",
                  "weighting",
                  "importance")),
          REGISTRY.create(
              "servqual",
              Map.of(
                  "dimensions",
                  "call:reliability,visit:empathy,repair:assurance,invoice:tangibles",
                  "weighting",
                  "points",
                  "weights",
                  "reliability:32,empathy:11.5,assurance:19,tangibles:0.3")));

  private static Journey journey(long seed, int size, Scale scale) {
    Random random = new Random(seed);
    Journey.Builder j = Journey.builder().id("j").scale(scale);
    Instant t = T0;
    for (int i = 0; i < size; i++) {
      t = t.plusSeconds(random.nextInt(3) == 0 ? 0 : random.nextInt(3600));
      double value = scale.min() + Math.round(random.nextDouble() * scale.range() * 4) / 4.0;
      double expected = scale.min() + Math.round(random.nextDouble() * scale.range() * 10) / 10.0;
      j.addMoment(
          Moment.builder()
              .touchpoint(Touchpoint.of(TOUCHPOINTS.get(random.nextInt(TOUCHPOINTS.size()))))
              .start(t)
              .duration(Duration.ofSeconds(random.nextInt(600)))
              .value(value)
              .expectation(
                  Expectation.builder()
                      .expected(expected)
                      .importance(Math.round(random.nextDouble() * 50) / 10.0)
                      .build())
              .build());
    }
    return j.build();
  }

  private static Journey of(Scale scale, List<Moment> moments) {
    return Journey.builder().id("j").scale(scale).addAllMoments(moments).build();
  }

  private static double[] fold(MomentFold fold, Journey journey, int prefix) {
    double[] state = fold.newState();
    for (int i = 0; i < prefix; i++) {
      Moment m = journey.moment(i);
      state =
          fold.add(
              state,
              m.touchpointId(),
              m.value(),
              m.expectation(),
              m.start().toEpochMilli(),
              m.duration().toMillis());
    }
    return state;
  }

  @Test
  void everyPrefixFoldsToTheScorersValueBitForBit() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(1, 30), integers().between(0, 1))
        .checkAssert(
            (seed, size, scaleChoice) -> {
              Scale scale = scaleChoice == 0 ? Scale.of(1, 7, 4, true) : Scale.of(0, 10, 5, false);
              Journey whole = journey(seed, size, scale);
              for (JourneyScorer scorer : SCORERS) {
                MomentFold fold = scorer.fold(scale).orElseThrow();
                for (int n = 1; n <= size; n++) {
                  Journey prefix = of(scale, whole.moments().subList(0, n));
                  double[] state = fold(fold, whole, n);
                  double batch;
                  try {
                    batch = scorer.score(prefix).value();
                  } catch (IllegalArgumentException refused) {
                    // Weights that sum to zero, say: the fold refuses the same journey alike.
                    assertThatThrownBy(() -> fold.value(state))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining(
                            refused.getMessage().substring(refused.getMessage().indexOf(": ") + 2));
                    continue;
                  }
                  double live = fold.value(state);
                  assertThat(Double.doubleToRawLongBits(live))
                      .as(
                          "%s %s, %d moments: %s vs %s",
                          scorer.id(), scorer.parameters(), n, live, batch)
                      .isEqualTo(Double.doubleToRawLongBits(batch));
                  if (fold.maxStateLength() >= 0) {
                    assertThat(fold(fold, whole, n).length)
                        .isLessThanOrEqualTo(fold.maxStateLength());
                  }
                }
              }
            });
  }

  @Test
  void aMomentTheScorerCannotTakeMakesTheFoldRefuseAsTheScorerDoes() {
    Scale scale = Scale.of(1, 7, 4, true);
    Journey good = journey(3, 4, scale);
    Moment stranger =
        Moment.builder()
            .touchpoint(Touchpoint.of("website"))
            .start(T0.plusSeconds(86_400))
            .value(3)
            .expectation(Expectation.of(5))
            .build();
    Moment unexpected =
        Moment.builder()
            .touchpoint(Touchpoint.of("call"))
            .start(T0.plusSeconds(86_400))
            .value(3)
            .build();
    for (JourneyScorer scorer : SCORERS) {
      MomentFold fold = scorer.fold(scale).orElseThrow();
      for (Moment bad : List.of(stranger, unexpected)) {
        List<Moment> moments = new java.util.ArrayList<>(good.moments());
        moments.add(bad);
        Journey journey = of(scale, moments);
        assertThatThrownBy(() -> scorer.score(journey))
            .isInstanceOf(IllegalArgumentException.class);
        double[] state = fold(fold, journey, moments.size());
        assertThatThrownBy(() -> fold.value(state))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("moment 4")
            .hasMessageContaining(bad == stranger ? "touchpoint has no" : "has no expectation");
      }
      assertThatThrownBy(() -> fold.add(fold.newState(), 3, 0, 0))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("touchpoint");
    }
  }
}
