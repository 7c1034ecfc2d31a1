package io.motkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class JourneyScoreTest {

  @Test
  void contributionTotalSumsWeightTimesInput() {
    JourneyScore score =
        JourneyScore.builder()
            .journeyId("j")
            .scorerId("peak-end")
            .value(7.5)
            .addContribution(MomentContribution.of(0, "a", 8, 0.5))
            .addContribution(MomentContribution.of(3, "b", 7, 0.5))
            .putRole(JourneyScore.PEAK, 0)
            .putRole(JourneyScore.END, 3)
            .build();
    assertThat(score.contributionTotal()).isEqualTo(7.5);
    assertThat(score.role(JourneyScore.PEAK)).containsExactly(0);
    assertThat(score.version()).isNotBlank().isNotEqualTo("unknown");
  }

  @Test
  void nonFiniteValueIsRejectedNamingJourneyAndScorer() {
    assertThatThrownBy(
            () -> JourneyScore.builder().journeyId("j9").scorerId("mean").value(Double.NaN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("score of journey 'j9' by 'mean' is not finite: NaN");
  }

  @Test
  void nonFiniteContributionIsRejected() {
    assertThatThrownBy(() -> MomentContribution.of(2, "a", Double.POSITIVE_INFINITY, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("moment 2: input is not finite: Infinity");
  }
}
