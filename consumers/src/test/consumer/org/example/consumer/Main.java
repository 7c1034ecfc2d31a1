package org.example.consumer;

import io.motkit.core.Expectation;
import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.Touchpoint;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerRegistry;
import java.time.Instant;
import java.util.Map;

/** Builds one journey and scores it with peak-end and Kano, found through the registry. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    Journey journey =
        Journey.builder()
            .id("owner-1")
            .scale(Scale.likert7())
            .addMoment(moment("fee-notice", "2024-03-01T09:00:00Z", 3, 5))
            .addMoment(moment("repair-visit", "2024-03-05T14:00:00Z", 2, 4))
            .addMoment(moment("follow-up-call", "2024-03-07T10:00:00Z", 7, 4))
            .build();
    ScorerRegistry registry = ScorerRegistry.load();
    JourneyScorer peakEnd = registry.create("peak-end", Map.of("peak", "worst"));
    JourneyScorer kano =
        registry.create(
            "kano", Map.of("categories", "fee-notice:M,repair-visit:O,follow-up-call:A"));
    JourneyScore peakEndScore = peakEnd.score(journey);
    JourneyScore kanoScore = kano.score(journey);
    System.out.println("module " + ScorerRegistry.class.getModule().getName());
    System.out.println("scorers " + registry.ids().size());
    System.out.println("peak-end " + peakEndScore.value());
    System.out.println("kano " + kanoScore.value());
  }

  private static Moment moment(String touchpoint, String start, double value, double expected) {
    return Moment.builder()
        .touchpoint(Touchpoint.of(touchpoint))
        .start(Instant.parse(start))
        .value(value)
        .expectation(Expectation.builder().expected(expected).build())
        .build();
  }
}
