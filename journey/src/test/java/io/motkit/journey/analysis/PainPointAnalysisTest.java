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
            Journey.builder().id("j3").scale(Scale.likert7()).addMoment(Moment.of(TestLogs.touchpoint("survey"), TestLogs.T0, 6)).build());
    List<TouchpointExperience> points = PainPointAnalysis.analyze(log);
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
    EventLog log =
        TestLogs.read(TestLogs.SORTED);
    var segments = PainPointAnalysis.bySegment(log, "building", 0.95);
    assertThat(segments.keySet()).containsExactly("B2", "B7");
    assertThat(segments.get("B7")).extracting(TouchpointExperience::touchpoint).containsExactlyInAnyOrder("fee-notice", "payment");
  }
}
