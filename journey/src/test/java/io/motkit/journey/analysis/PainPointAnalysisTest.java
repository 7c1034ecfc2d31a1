package io.motkit.journey.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.motkit.core.Expectation;
import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.journey.EventLog;
import io.motkit.journey.TestLogs;
import java.util.List;
import org.junit.jupiter.api.Test;

final class PainPointAnalysisTest {

  @Test
  void countsPainAndDelightAgainstTheZoneOfTolerance() {
    Expectation zone = Expectation.of(5, 4, 6);
    EventLog log =
        TestLogs.log(
            TestLogs.expected("j1", "repair", zone, 3, 5),
            TestLogs.expected("j2", "repair", zone, 7, 4),
            Journey.builder()
                .id("j3")
                .scale(Scale.likert7())
                .addMoment(Moment.of(TestLogs.touchpoint("survey"), TestLogs.T0, 6))
                .build());
    List<TouchpointExperience> points = TestLogs.painPoints(log);
    TouchpointExperience repair = points.get(0);
    assertThat(repair.touchpoint()).isEqualTo("repair");
    assertThat(repair.moments()).isEqualTo(4);
    assertThat(repair.meanExperience()).isEqualTo(4.75);
    // gaps -2, 0, +2, -1
    assertThat(repair.meanGap()).hasValue(-0.25);
    // 3 is below the adequate 4 (4 itself is not); 7 is above the desired 6.
    assertThat(repair.belowAdequate()).isEqualTo(1);
    assertThat(repair.painShare()).hasValue(0.25);
    assertThat(repair.aboveDesired()).isEqualTo(1);
    assertThat(repair.delightShare()).hasValue(0.25);
    assertThat(repair.painShareInterval().orElseThrow().contains(0.25)).isTrue();
    assertThat(repair.painShareInterval().orElseThrow().method()).isEqualTo("wilson");
    TouchpointExperience survey = points.get(1);
    assertThat(survey.touchpoint()).isEqualTo("survey");
    assertThat(survey.meanGap()).isEmpty();
    assertThat(survey.painShare()).isEmpty();
    assertThat(survey.meanExperienceInterval()).isEmpty();
  }

  /**
   * A constant gap has no spread, so its interval has width 0. With the one-pass variance (sum of
   * squares minus n times the squared mean) the same data gave a width of about 1.5e-8.
   */
  @Test
  void aConstantGapHasAnIntervalOfWidthZero() {
    Expectation zone = Expectation.of(4.2, 3, 6);
    EventLog log =
        TestLogs.log(
            TestLogs.expected("j1", "repair", zone, 5, 5, 5),
            TestLogs.expected("j2", "repair", zone, 5, 5),
            TestLogs.expected("j3", "repair", zone, 5, 5, 5, 5));
    TouchpointExperience repair = TestLogs.painPoints(log).get(0);
    var gap = repair.meanGapInterval().orElseThrow();
    assertThat(gap.high() - gap.low()).isEqualTo(0.0);
    var experience = repair.meanExperienceInterval().orElseThrow();
    assertThat(experience.low()).isEqualTo(5.0);
    assertThat(experience.high()).isEqualTo(5.0);
  }

  /** Ratings 3, 5, 7, 4: mean 4.75, sample variance 8.75 / 3, t(3, 0.975) = 3.182446305284263. */
  @Test
  void theMeanExperienceIntervalIsStudentsT() {
    Expectation zone = Expectation.of(5, 4, 6);
    EventLog log =
        TestLogs.log(
            TestLogs.expected("j1", "repair", zone, 3, 5),
            TestLogs.expected("j2", "repair", zone, 7, 4));
    var ci = TestLogs.painPoints(log).get(0).meanExperienceInterval().orElseThrow();
    double half = 3.182446305284263 * Math.sqrt(8.75 / 3 / 4);
    // The t quantile is found numerically by the statistics library, to about 1e-9.
    assertThat(ci.low()).isCloseTo(4.75 - half, within(1e-8));
    assertThat(ci.high()).isCloseTo(4.75 + half, within(1e-8));
  }

  @Test
  void wilsonIntervalOfOneInFourMatchesTheFormula() {
    // Wilson (1927) at 95 %: z = 1.959964, p = 0.25, n = 4.
    double z = 1.959963984540054;
    double centre = (0.25 + z * z / 8) / (1 + z * z / 4);
    double half = z / (1 + z * z / 4) * Math.sqrt(0.25 * 0.75 / 4 + z * z / 64);
    var ci = Proportion.wilson(1, 4, 0.95).orElseThrow();
    assertThat(ci.low()).isCloseTo(centre - half, within(1e-12));
    assertThat(ci.high()).isCloseTo(centre + half, within(1e-12));
  }

  @Test
  void segmentsFollowAJourneyAttribute() {
    EventLog log = TestLogs.read(TestLogs.SORTED);
    var segments =
        TestLogs.run(PainPointAnalysis.builder().segmentBy("building").build(), log).segments();
    assertThat(segments.keySet()).containsExactly("B2", "B7");
    assertThat(segments.get("B7"))
        .extracting(TouchpointExperience::touchpoint)
        .containsExactlyInAnyOrder("fee-notice", "payment");
  }
}
