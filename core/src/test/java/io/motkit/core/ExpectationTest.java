package io.motkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class ExpectationTest {

  @Test
  void zoneOfToleranceIsOptional() {
    assertThat(Expectation.of(5).hasZoneOfTolerance()).isFalse();
    Expectation e = Expectation.of(5, 4, 6);
    assertThat(e.hasZoneOfTolerance()).isTrue();
    assertThat(e.importance()).isEqualTo(1.0);
  }

  @Test
  void adequateAboveDesiredIsRejectedNamingBoth() {
    assertThatThrownBy(() -> Expectation.of(5, 6, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("adequate level 6.0 is above desired level 4.0");
  }

  @Test
  void negativeImportanceIsRejected() {
    assertThatThrownBy(() -> Expectation.builder().expected(3).importance(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found -1.0");
  }

  @Test
  void nonFiniteLevelIsRejected() {
    assertThatThrownBy(() -> Expectation.of(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected level is not finite: NaN");
  }

  @Test
  void levelOffTheScaleIsRejectedNamingLevelValueAndScale() {
    assertThatThrownBy(() -> Expectation.of(4, 2, 9).requireOn(Scale.likert7(), "touchpoint 'x'"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("touchpoint 'x': desired level 9.0 is outside the scale [1.0..7.0");
  }
}
