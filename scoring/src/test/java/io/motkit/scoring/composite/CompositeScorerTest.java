package io.motkit.scoring.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.motkit.core.AspectWeights;
import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.Touchpoint;
import io.motkit.core.scoring.ScorerParameterException;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.scoring.TestJourneys;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class CompositeScorerTest {

  private static final ScorerRegistry REGISTRY = ScorerRegistry.load();

  /** A front-desk contact rated by aspect, then a payment rated 4. */
  static final Journey CHECK_IN =
      Journey.builder()
          .id("guest-1")
          .scale(Scale.likert5())
          .addMoment(
              Moment.builder()
                  .touchpoint(Touchpoint.of("front-desk"))
                  .start(TestJourneys.T0)
                  .value(2)
                  .putAspect("appearance", 5.0)
                  .putAspect("behaviour", 3.0)
                  .putAspect("communication", 1.0)
                  .aspectWeights(AspectWeights.firstImpression())
                  .build())
          .addMoment(Moment.of(Touchpoint.of("payment"), TestJourneys.T0.plusSeconds(60), 4))
          .build();

  @Test
  void aspectsAreCombinedBeforeTheMean() {
    JourneyScore s = REGISTRY.create("composite").score(CHECK_IN);
    // 0.52 * 5 + 0.33 * 3 + 0.15 * 1 = 3.74, then the mean with 4.
    assertThat(s.value()).isCloseTo((3.74 + 4) / 2, within(1e-12));
    assertThat(s.scorerId()).isEqualTo("composite");
    assertThat(s.parameters()).containsEntry("scorer", "mean").containsEntry("scorer.input", "raw");
  }

  @Test
  void parametersAreForwardedToTheAggregatingScorer() {
    JourneyScore s =
        REGISTRY
            .create("composite", Map.of("scorer", "peak-end", "scorer.peak", "worst"))
            .score(CHECK_IN);
    assertThat(s.details()).containsEntry("end", 4.0);
    assertThat(s.details().get("peak")).isCloseTo(3.74, within(1e-12));
    assertThat(s.parameters()).containsEntry("scorer.peak", "worst");
  }

  @Test
  void explicitWeightsReplaceTheMomentsOwn() {
    JourneyScore s =
        REGISTRY
            .create("composite", Map.of("weights", "appearance:0.5,behaviour:0.5,communication:0"))
            .score(CHECK_IN);
    assertThat(s.value()).isCloseTo(4.0, within(1e-12));
  }

  @Test
  void unknownAggregatingScorerIsNamed() {
    assertThatThrownBy(() -> REGISTRY.create("composite", Map.of("scorer", "median")))
        .isInstanceOf(ScorerParameterException.class)
        .hasMessageContaining("unknown scorer 'median'; registered scorers are");
  }

  @Test
  void weightsThatDoNotSumToOneAreNamed() {
    assertThatThrownBy(() -> REGISTRY.create("composite", Map.of("weights", "appearance:0.5")))
        .isInstanceOf(ScorerParameterException.class)
        .hasMessageContaining("aspect weights must sum to 1, found 0.5");
  }
}
