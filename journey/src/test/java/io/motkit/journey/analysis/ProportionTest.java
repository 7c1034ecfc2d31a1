package io.motkit.journey.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.motkit.core.ConfidenceInterval;
import org.junit.jupiter.api.Test;

final class ProportionTest {

  @Test
  void wilsonMatchesThePublishedIntervals() {
    // Newcombe (1998), Statistics in Medicine 17, table I: 81/263 gives 0.2553 to 0.3662 and
    // 0/20 gives 0 to 0.1611 (95 %, score method without continuity correction).
    ConfidenceInterval a = Proportion.wilson(81, 263, 0.95).orElseThrow();
    assertThat(a.low()).isCloseTo(0.2553, within(5e-5));
    assertThat(a.high()).isCloseTo(0.3662, within(5e-5));
    ConfidenceInterval none = Proportion.wilson(0, 20, 0.95).orElseThrow();
    assertThat(none.high()).isCloseTo(0.1611, within(5e-5));
  }

  @Test
  void noneAndAllGiveEndsThatAreExactlyZeroAndOne() {
    qt().forAll(integers().between(1, 100_000))
        .checkAssert(
            n -> {
              assertThat(Proportion.wilson(0, n, 0.95).orElseThrow().low()).isEqualTo(0.0);
              assertThat(Proportion.wilson(n, n, 0.95).orElseThrow().high()).isEqualTo(1.0);
              ConfidenceInterval half = Proportion.wilson(n / 2, n, 0.9).orElseThrow();
              assertThat(half.low()).isBetween(0.0, 1.0);
              assertThat(half.high()).isBetween(half.low(), 1.0);
            });
  }
}
