package io.motkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class AspectWeightsTest {

  @Test
  void firstImpressionWeighsAppearanceBehaviourCommunication() {
    AspectWeights w = AspectWeights.firstImpression();
    assertThat(w.weights())
        .containsEntry("appearance", 0.52)
        .containsEntry("behaviour", 0.33)
        .containsEntry("communication", 0.15);
    // 0.52 * 5 + 0.33 * 3 + 0.15 * 1 = 2.60 + 0.99 + 0.15
    double composite =
        w.composite(Map.of("appearance", 5.0, "behaviour", 3.0, "communication", 1.0));
    assertThat(composite).isCloseTo(3.74, within(1e-12));
  }

  @Test
  void weightsThatDoNotSumToOneAreRejected() {
    assertThatThrownBy(() -> AspectWeights.of(Map.of("a", 0.5, "b", 0.4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must sum to 1, found 0.9");
  }

  @Test
  void negativeWeightIsRejectedNamingTheAspect() {
    assertThatThrownBy(() -> AspectWeights.of(Map.of("a", 1.5, "b", -0.5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aspect 'b'")
        .hasMessageContaining("-0.5");
  }

  @Test
  void missingRatingIsRejectedNamingTheAspect() {
    assertThatThrownBy(
            () ->
                AspectWeights.firstImpression()
                    .composite(Map.of("appearance", 5.0, "behaviour", 3.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aspect 'communication' has a weight but no rating");
  }
}
