package io.motkit.journey.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.Scale;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.TestLogs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ContactTimelineTest {

  @Test
  void timelineHasStagesGapsResponseTimesAndRoles() {
    // Touchpoints before 'c' are transaction, the others after-sales; moments two minutes apart.
    Journey owner =
        TestLogs.journey(
            "owner-1",
            Scale.likert7(),
            Map.of(),
            "a-fee",
            3,
            "b-pay",
            5,
            "d-repair-request",
            4,
            "e-repair-done",
            2,
            "f-call",
            6);
    ContactTimeline timeline =
        ContactTimeline.of(
            owner,
            ScorerRegistry.load().create("peak-end"),
            List.of(ResponsePair.of("d-repair-request", "e-repair-done")));
    assertThat(timeline.stages()).containsExactly("transaction", "after-sales");
    assertThat(timeline.gaps())
        .hasSize(4)
        .allSatisfy(g -> assertThat(g).isEqualTo(Duration.ofMinutes(2)));
    assertThat(timeline.responseTimes()).hasSize(1);
    assertThat(timeline.responseTimes().get(0).time()).isEqualTo(Duration.ofMinutes(2));
    assertThat(timeline.responseTimes().get(0).fromMoment()).isEqualTo(2);
    assertThat(timeline.score().role(JourneyScore.END)).containsExactly(4);
  }
}
