package io.motkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class MomentTest {

  private static final Touchpoint CHECK_IN = Touchpoint.of("check-in");
  private static final Instant T0 = Instant.parse("2024-05-01T14:00:00Z");

  @Test
  void durationDefaultsToZeroAndEndIsStartPlusDuration() {
    Moment m =
        Moment.builder()
            .touchpoint(CHECK_IN)
            .start(T0)
            .duration(Duration.ofMinutes(5))
            .value(4)
            .build();
    assertThat(Moment.of(CHECK_IN, T0, 4).duration()).isEqualTo(Duration.ZERO);
    assertThat(m.end()).isEqualTo(T0.plusSeconds(300));
  }

  @Test
  void compositeValueUsesAspectWeightsWhenGiven() {
    Moment m =
        Moment.builder()
            .touchpoint(CHECK_IN)
            .start(T0)
            .value(3)
            .putAspect("appearance", 5.0)
            .putAspect("behaviour", 4.0)
            .putAspect("communication", 2.0)
            .aspectWeights(AspectWeights.firstImpression())
            .build();
    assertThat(m.compositeValue()).isCloseTo(0.52 * 5 + 0.33 * 4 + 0.15 * 2, within(1e-12));
    assertThat(Moment.of(CHECK_IN, T0, 3).compositeValue()).isEqualTo(3.0);
  }

  @Test
  void negativeDurationIsRejectedNamingTheTouchpoint() {
    assertThatThrownBy(
            () ->
                Moment.builder()
                    .touchpoint(CHECK_IN)
                    .start(T0)
                    .duration(Duration.ofSeconds(-1))
                    .value(1)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("touchpoint 'check-in' has a negative duration: PT-1S");
  }

  @Test
  void nonFiniteValueIsRejected() {
    assertThatThrownBy(() -> Moment.of(CHECK_IN, T0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not finite: NaN");
  }

  @Test
  void aspectsThatDoNotMatchTheWeightsAreRejected() {
    assertThatThrownBy(
            () ->
                Moment.builder()
                    .touchpoint(CHECK_IN)
                    .start(T0)
                    .value(3)
                    .putAspect("appearance", 5.0)
                    .aspectWeights(AspectWeights.firstImpression())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aspect 'behaviour' has a weight but no rating");
  }

  @Test
  void missingRequiredAttributeIsNamed() {
    assertThatThrownBy(() -> Moment.builder().touchpoint(CHECK_IN).value(3).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("start");
  }
}
