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

  @Test
  void studentsTIntervalOfStudentsOwnSleepDataIsRsPairedInterval() {
    // Student (1908), Cushny and Peebles' extra hours of sleep, drug 2 minus drug 1 for ten
    // patients; R's t.test(extra ~ group, data = sleep, paired = TRUE) gives the mean difference
    // 1.58 with the 95 % interval 0.7001142 to 2.4598858.
    double[] differences = {1.2, 2.4, 1.3, 1.3, 0.0, 1.0, 1.8, 0.8, 4.6, 1.4};
    double mean = java.util.Arrays.stream(differences).average().orElseThrow();
    double squares = 0;
    for (double d : differences) {
      squares += (d - mean) * (d - mean);
    }
    double standardError = Math.sqrt(squares / 9) / Math.sqrt(10);
    ConfidenceInterval ci =
        ConfidenceInterval.studentT(mean, standardError, 10, 0.95).orElseThrow();
    assertThat(ci.low()).isCloseTo(0.7001142, org.assertj.core.api.Assertions.within(5e-8));
    assertThat(ci.high()).isCloseTo(2.4598858, org.assertj.core.api.Assertions.within(5e-8));
    assertThat(ci.method()).isEqualTo("t");
    assertThat(ConfidenceInterval.studentT(3, 0.5, 1, 0.95)).isEmpty();
    assertThatThrownBy(() -> ConfidenceInterval.studentT(3, 0.5, 10, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.0");
  }
}
