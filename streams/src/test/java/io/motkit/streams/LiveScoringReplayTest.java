package io.motkit.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.motkit.core.Scale;
import io.motkit.core.json.JourneyScoreJson;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.EventLog;
import io.motkit.journey.EventLogReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The scores a stream leaves for each journey are the batch's scores of the same events, exactly:
 * simulated logs are replayed out of order within the grace period, and every journey's last score
 * is compared with {@code motkit score --split-gap}'s, to the last bit.
 */
final class LiveScoringReplayTest {

  private static final ScorerRegistry REGISTRY = ScorerRegistry.load();
  private static final Scale SCALE = Scale.of(1, 7, 4, true);
  private static final Duration GAP = Duration.ofDays(14);

  /** Scorers with an incremental form, and two without (an end over a time window). */
  private static final List<JourneyScorer> SCORERS =
      List.of(
          REGISTRY.create("peak-end"),
          REGISTRY.create("peak-end", Map.of("ties", "mean", "end", "last-k", "k", "3")),
          REGISTRY.create("peak", Map.of("peak", "worst")),
          REGISTRY.create("recency", Map.of("half-life", "600")),
          REGISTRY.create("recency", Map.of("decay", "position", "direction", "primacy")),
          REGISTRY.create("mean"),
          REGISTRY.create("weakest-link"),
          REGISTRY.create("duration-weighted", Map.of("aggregate", "area", "weight-by", "gap")),
          REGISTRY.create("peak-end", Map.of("end", "window", "window", "900")),
          REGISTRY.create("end", Map.of("end", "window", "window", "60")));

  /** Scorers that shape each moment by its touchpoint and expectation, with their folds. */
  private static final List<JourneyScorer> SHAPED =
      List.of(
          REGISTRY.create(
              "kano",
              Map.of(
                  "categories",
                  "call:M,visit:A,repair:O,invoice:R,app:I,Ärger:M,z-survey:O",
                  "rule",
                  "peak-end")),
          REGISTRY.create(
              "kano",
              Map.of(
                  "categories",
                  "call:O,visit:A,repair:O,invoice:M,app:A,Ärger:R,z-survey:I",
                  "rule",
                  "recency")),
          REGISTRY.create(
              "servqual",
              Map.of(
                  "dimensions",
                  "call:reliability,visit:empathy,repair:reliability,invoice:tangibles,"
                      + "app:tangibles,Ärger:assurance,z-survey:responsiveness",
                  "weighting",
                  "importance")));

  static Map<String, Long> batchScores(List<TestEvents.Event> events, JourneyScorer scorer) {
    EventLog log = TestEvents.batchLog(events, SCALE, GAP);
    double[] values = log.score(scorer);
    Map<String, Long> scores = new TreeMap<>();
    for (int j = 0; j < log.journeyCount(); j++) {
      scores.put(log.journeyId(j), Double.doubleToRawLongBits(values[j]));
    }
    return scores;
  }

  static Map<String, Long> streamScores(
      List<TestEvents.Event> arrivals, JourneyScorer scorer, Duration grace) {
    LiveScoring settings =
        LiveScoring.builder()
            .reader(EventLogReader.of(SCALE))
            .scorer(scorer)
            .grace(grace)
            .journeyGap(GAP)
            .build();
    try (LiveDriver live = new LiveDriver(settings)) {
      for (TestEvents.Event e : arrivals) {
        live.send(e.key, e.json);
      }
      assertThat(live.values(live.deadLetters)).as("dead letters").isEmpty();
      Map<String, Long> scores = new TreeMap<>();
      live.scoreTable()
          .forEach(
              (id, json) ->
                  scores.put(id, Double.doubleToRawLongBits(JourneyScoreJson.read(json).value())));
      return scores;
    }
  }

  @Test
  void kanoAndServqualScoresOnTheStreamAreTheirBatchScoresExactly() {
    for (JourneyScorer scorer : SHAPED) {
      assertThat(scorer.fold(SCALE)).as(scorer.id()).isPresent();
    }
    qt().withExamples(6)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Duration grace = Duration.ofMinutes(30);
              List<TestEvents.Event> events = TestEvents.simulate(seed, 12, 25, true);
              List<TestEvents.Event> arrivals = TestEvents.arrivals(events, grace.toMillis(), seed);
              for (JourneyScorer scorer : SHAPED) {
                assertThat(streamScores(arrivals, scorer, grace))
                    .as(scorer.id() + " " + scorer.parameters())
                    .isEqualTo(batchScores(events, scorer));
              }
            });
  }

  @Test
  void everyJourneysLastScoreOnTheStreamIsItsBatchScoreExactly() {
    qt().withExamples(12)
        .forAll(longs().all(), integers().between(0, 3))
        .checkAssert(
            (seed, graceChoice) -> {
              Duration grace =
                  List.of(
                          Duration.ZERO,
                          Duration.ofMinutes(1),
                          Duration.ofMinutes(30),
                          Duration.ofDays(1))
                      .get(graceChoice);
              List<TestEvents.Event> events = TestEvents.simulate(seed, 12, 25);
              List<TestEvents.Event> arrivals = TestEvents.arrivals(events, grace.toMillis(), seed);
              for (JourneyScorer scorer : SCORERS) {
                assertThat(streamScores(arrivals, scorer, grace))
                    .as(scorer.id() + " " + scorer.parameters() + ", grace " + grace)
                    .isEqualTo(batchScores(events, scorer));
              }
            });
  }
}
