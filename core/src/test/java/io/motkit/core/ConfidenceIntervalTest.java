package io.motkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class ConfidenceIntervalTest {

  @Test
  void containsItsBoundsAndHasAWidth() {
    ConfidenceInterval ci = ConfidenceInterval.of(-1, 3, 0.95, "t");
    assertThat(ci.contains(-1)).isTrue();
    assertThat(ci.contains(3.0001)).isFalse();
    assertThat(ci.width()).isEqualTo(4.0);
  }

  @Test
  void badIntervalsAreRejectedNamingTheBadValue() {
    assertThatThrownBy(() -> ConfidenceInterval.of(2, 1, 0.95, "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lower bound 2.0 is above upper bound 1.0");
    assertThatThrownBy(() -> ConfidenceInterval.of(0, Double.NaN, 0.95, "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bounds must be finite, found [0.0, NaN]");
    assertThatThrownBy(() -> ConfidenceInterval.of(0, 1, 1.0, "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("strictly between 0 and 1, found 1.0");
  }
}
