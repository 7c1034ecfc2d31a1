package io.motkit.journey.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.motkit.core.Scale;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.EventLog;
import io.motkit.journey.TestLogs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class MomentsOfTruthTest {

  @Test
  void peakEndSharesAndTheLiftOfOnePointAreHandChecked() {
    // j1: a 1, b 3 (peak a, end b, score 2); j2: b 5, a 3 (peak b, end a, score 4).
    EventLog log =
        TestLogs.log(
            TestLogs.journey("j1", Scale.likert5(), Map.of(), "a", 1, "b", 3),
            TestLogs.journey("j2", Scale.likert5(), Map.of(), "b", 5, "a", 3));
    JourneyScorer peakEnd = ScorerRegistry.load().create("peak-end");
    List<MomentImpact> impacts = TestLogs.moments(log, peakEnd);
    MomentImpact a = impacts.get(0);
    assertThat(a.touchpoint()).isEqualTo("a");
    assertThat(a.peakShare()).isEqualTo(0.5);
    assertThat(a.endShare()).isEqualTo(0.5);
    assertThat(a.baseline()).isEqualTo(3.0);
    // a + 1: j1 (2 + 3) / 2, j2 (5 + 4) / 2; mean 3.5.
    assertThat(a.improved()).isCloseTo(3.5, within(1e-12));
    assertThat(a.lift()).isCloseTo(0.5, within(1e-12));
    // b + 1: j1 (1 + 4) / 2, j2 stays (5 + 3) / 2 as 5 is the top of the scale; mean 3.25.
    MomentImpact b = impacts.get(1);
    assertThat(b.touchpoint()).isEqualTo("b");
    assertThat(b.lift()).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void aMeasurementTouchpointIsNotAMomentToImprove() {
    EventLog log =
        TestLogs.log(
            TestLogs.journey("j1", Scale.likert5(), Map.of(), "a", 1, "b", 3),
            TestLogs.journey("j2", Scale.likert5(), Map.of(), "b", 5, "a", 3));
    JourneyScorer peakEnd = ScorerRegistry.load().create("peak-end");
    MomentsOfTruthAnalysis leavingOutB =
        MomentsOfTruthAnalysis.builder().scorer(peakEnd).addMeasurement("b").build();
    assertThat(TestLogs.run(leavingOutB, log).impacts())
        .extracting(MomentImpact::touchpoint)
        .containsExactly("a");
    assertThat(TestLogs.moments(log, peakEnd)).hasSize(2);
  }

  @Test
  void touchpointsTaggedAsMeasurementsAreLeftOutByDefault() {
    io.motkit.core.Touchpoint survey =
        io.motkit.core.Touchpoint.builder().id("survey").addTag(EventLog.MEASUREMENT_TAG).build();
    EventLog log =
        TestLogs.log(
            io.motkit.core.Journey.builder()
                .id("j1")
                .scale(Scale.likert5())
                .addMoment(io.motkit.core.Moment.of(TestLogs.touchpoint("a"), TestLogs.T0, 2))
                .addMoment(io.motkit.core.Moment.of(survey, TestLogs.T0.plusSeconds(60), 4))
                .build());
    assertThat(log.measurementTouchpoints()).containsExactly("survey");
    assertThat(TestLogs.moments(log, ScorerRegistry.load().create("mean")))
        .extracting(MomentImpact::touchpoint)
        .containsExactly("a");
  }
}
