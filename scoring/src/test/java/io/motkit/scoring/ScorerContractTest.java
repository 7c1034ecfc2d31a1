package io.motkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import io.motkit.core.Generators;
import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.MomentContribution;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ParameterSpec;
import io.motkit.core.scoring.ScorerProvider;
import io.motkit.core.scoring.ScorerRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One contract for every registered scorer. */
final class ScorerContractTest {

  private static final ScorerRegistry REGISTRY = ScorerRegistry.load();

  private static final List<String> TOUCHPOINTS =
      List.of(
          "first-inquiry", "move-in", "fee-notice", "payment", "repair-request", "repair-visit",
          "complaint", "follow-up-call", "survey", "check-in", "checkout-queue");

  /** Parameters a scorer needs before it can score the generated journeys. */
  private static Map<String, String> required(String id) {
    switch (id) {
      case "kano":
        String[] letters = {"A", "O", "M", "I", "R"};
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < TOUCHPOINTS.size(); i++) {
          pairs.add(TOUCHPOINTS.get(i) + ":" + letters[i % letters.length]);
        }
        return Map.of("categories", String.join(",", pairs));
      case "servqual":
        String[] dimensions = {"tangibles", "reliability", "responsiveness", "assurance", "empathy"};
        return Map.of(
            "dimensions",
            TOUCHPOINTS.stream()
                .map(t -> t + ":" + dimensions[Math.abs(t.hashCode()) % dimensions.length])
                .collect(Collectors.joining(",")));
      default:
        return Map.of();
    }
  }

  @Test
  void everyScorerOfTheDesignIsRegisteredWithItsParameters() {
    assertThat(REGISTRY.ids())
        .contains(
            "peak-end", "recency", "mean", "duration-weighted", "end", "peak", "min", "weakest-link", "trend", "kano",
            "servqual", "composite");
    for (ScorerProvider provider : REGISTRY.providers()) {
      assertThat(provider.description()).as(provider.id()).isNotBlank();
      assertThat(provider.reference()).as(provider.id()).isNotBlank();
      for (ParameterSpec spec : provider.parameters()) {
        assertThat(spec.description()).as(provider.id() + "." + spec.name()).isNotBlank();
      }
    }
  }

  @Test
  void everyScorerGivesAFiniteExplainedScoreWithProvenance() {
    Map<String, JourneyScorer> scorers = new LinkedHashMap<>();
    for (ScorerProvider provider : REGISTRY.providers()) {
      scorers.put(provider.id(), REGISTRY.create(provider.id(), required(provider.id())));
    }
    qt().withExamples(300)
        .forAll(Generators.journeysWithExpectations(2, 12))
        .checkAssert(
            journey -> {
              Journey timed = spaced(journey);
              for (JourneyScorer scorer : scorers.values()) {
                JourneyScore score = scorer.score(timed);
                assertThat(score.value()).as(scorer.id()).isFinite();
                assertThat(score.journeyId()).isEqualTo(timed.id());
                assertThat(score.scorerId()).isEqualTo(scorer.id());
                assertThat(score.parameters()).as(scorer.id()).isEqualTo(scorer.parameters());
                assertThat(score.version()).isNotBlank();
                assertThat(score.contributions()).as(scorer.id()).isNotEmpty().hasSizeLessThanOrEqualTo(timed.size());
                double scale = 1 + Math.abs(score.value())
                    + score.contributions().stream().mapToDouble(c -> Math.abs(c.contribution())).sum();
                assertThat(score.contributionTotal()).as(scorer.id()).isCloseTo(score.value(), within(1e-9 * scale));
                for (MomentContribution c : score.contributions()) {
                  assertThat(c.touchpointId()).isEqualTo(timed.moment(c.index()).touchpointId());
                }
              }
            });
  }

  /** Moments a minute apart, each lasting at least a millisecond, so every model applies. */
  private static Journey spaced(Journey journey) {
    List<io.motkit.core.Moment> moments = new ArrayList<>();
    for (int i = 0; i < journey.size(); i++) {
      io.motkit.core.Moment m = journey.moment(i);
      io.motkit.core.Moment.Builder copy =
          io.motkit.core.Moment.builder()
              .touchpoint(m.touchpoint())
              .start(journey.moment(0).start().plusSeconds(60L * i))
              .duration(m.duration().plusMillis(1))
              .value(m.value())
              .putAllAspects(m.aspects());
      m.aspectWeights().ifPresent(copy::aspectWeights);
      m.expectation().ifPresent(copy::expectation);
      moments.add(copy.build());
    }
    return Journey.builder()
        .id(journey.id())
        .scale(journey.scale())
        .addAllMoments(moments)
        .putAllExpectations(journey.expectations())
        .build();
  }
}
