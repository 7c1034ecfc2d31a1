package io.motkit.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A log built from journeys in memory keeps what they carry. */
final class EventLogOfTest {

  private static Journey journey(String id, Map<String, String> attributes) {
    return Journey.builder()
        .id(id)
        .scale(Scale.likert7())
        .putAllAttributes(attributes)
        .addMoment(Moment.of(TestLogs.touchpoint("a"), TestLogs.T0, 3))
        .addMoment(Moment.of(TestLogs.touchpoint("b"), TestLogs.T0.plusSeconds(60), 5))
        .build();
  }

  @Test
  void journeyAttributesBecomeColumns() {
    EventLog log =
        EventLog.of(
            List.of(
                journey("j1", Map.of("condition", "better-end", "site", "north")),
                journey("j2", Map.of("condition", "short"))));
    assertThat(log.journeyAttribute("condition", 0)).hasValue("better-end");
    assertThat(log.journeyAttribute("condition", 1)).hasValue("short");
    assertThat(log.journeyAttribute("site", 0)).hasValue("north");
    assertThat(log.journeyAttribute("site", 1)).isEmpty();
    assertThat(log.segments("condition").keySet()).containsExactly("better-end", "short");
    assertThat(log.journey(0).attributes()).containsEntry("condition", "better-end");
  }

  @Test
  void aRepeatedJourneyIdIsNamed() {
    assertThatThrownBy(() -> EventLog.of(List.of(journey("j1", Map.of()), journey("j1", Map.of()))))
        .hasMessage("journey 'j1' appears twice");
  }

  @Test
  void anErrorOnAScoringThreadReachesTheCallerAsItself() {
    // Out of memory on a pool thread must be reported as out of memory, not as a bad input.
    EventLog log = EventLog.of(List.of(journey("j1", Map.of()), journey("j2", Map.of())));
    io.motkit.core.scoring.SequenceKernel failing =
        (values, starts, durations, from, to) -> {
          throw new OutOfMemoryError("no room for the scores");
        };
    // The fork-join pool hands back a new error of the same type, the original as its cause.
    assertThatThrownBy(() -> log.score(failing, 2)).isInstanceOf(OutOfMemoryError.class);
  }
}
