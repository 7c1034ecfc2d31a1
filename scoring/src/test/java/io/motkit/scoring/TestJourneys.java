package io.motkit.scoring;

import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.Touchpoint;
import java.time.Duration;
import java.time.Instant;

/** Small hand-made journeys for example tests. */
public final class TestJourneys {

  /** The instant the hand-made journeys start. */
  public static final Instant T0 = Instant.parse("2024-03-01T09:00:00Z");

  private TestJourneys() {}

  /**
   * A journey with one moment per value, one every {@code stepSeconds}, each lasting {@code
   * stepSeconds}; moment i has touchpoint {@code m<i>}.
   */
  public static Journey everySeconds(String id, Scale scale, long stepSeconds, double... values) {
    Journey.Builder journey = Journey.builder().id(id).scale(scale);
    for (int i = 0; i < values.length; i++) {
      journey.addMoment(
          Moment.builder()
              .touchpoint(Touchpoint.of("m" + i))
              .start(T0.plusSeconds(i * stepSeconds))
              .duration(Duration.ofSeconds(stepSeconds))
              .value(values[i])
              .build());
    }
    return journey.build();
  }

  /** A journey with one moment per value, one a minute, each lasting a minute. */
  public static Journey perMinute(String id, Scale scale, double... values) {
    return everySeconds(id, scale, 60, values);
  }
}
