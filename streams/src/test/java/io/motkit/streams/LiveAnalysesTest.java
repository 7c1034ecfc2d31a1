package io.motkit.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.core.Scale;
import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.analysis.AnalysisResult;
import io.motkit.core.analysis.InputSummary;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.EventLog;
import io.motkit.journey.EventLogReader;
import io.motkit.journey.analysis.JourneyAnalysis;
import io.motkit.journey.analysis.MomentsOfTruthAnalysis;
import io.motkit.journey.analysis.PainPointAnalysis;
import io.motkit.journey.map.JourneyMapAnalysis;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The analyses of journeys that are over, by window on the stream, end with the batch analysis of
 * the same journeys: simulated logs are replayed out of order within the grace period, and each
 * window's last result is compared with the analysis the event log runs on the journeys whose last
 * moment is in that window.
 */
final class LiveAnalysesTest {

  private static final ScorerRegistry REGISTRY = ScorerRegistry.load();
  private static final Scale SCALE = Scale.of(1, 7, 4, true);
  private static final Duration GAP = Duration.ofDays(14);
  private static final Duration GRACE = Duration.ofMinutes(30);
  private static final Duration WINDOW = Duration.ofDays(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Map<String, JourneyAnalysis<?, ?>> ANALYSES =
      Map.of(
          "pain-points",
          PainPointAnalysis.defaults(),
          "moments-of-truth",
          MomentsOfTruthAnalysis.of(REGISTRY.create("peak-end")),
          "map",
          JourneyMapAnalysis.defaults());

  private static LiveScoring.Builder settings() {
    return LiveScoring.builder()
        .reader(EventLogReader.of(SCALE))
        .scorer(REGISTRY.create("peak-end"))
        .inMemoryStore(true);
  }

  @Test
  void eachWindowsLastResultIsTheBatchAnalysisOfTheJourneysThatEndedInIt() {
    qt().withExamples(6)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              List<TestEvents.Event> events = TestEvents.simulate(seed, 40, 15);
              List<TestEvents.Event> arrivals = TestEvents.arrivals(events, GRACE.toMillis(), seed);
              Map<String, JsonNode> live = streamResults(arrivals);
              Map<String, JsonNode> batch = batchResults(events);
              assertThat(live.keySet()).isEqualTo(batch.keySet());
              batch.forEach(
                  (key, expected) -> {
                    JsonNode actual = live.get(key);
                    assertThat(actual.get("journeys").asLong())
                        .as(key)
                        .isEqualTo(expected.get("journeys").asLong());
                    assertClose(key, actual.get("result"), expected.get("result"));
                  });
            });
  }

  @Test
  void aDailyWindowCarriesItsBoundsAndAJourneyEndingInAWindowPastRetentionIsADeadLetter()
      throws Exception {
    LiveScoring settings = daily(Duration.ZERO);
    try (LiveDriver live = new LiveDriver(settings)) {
      TestEvents.Event first = event("a", "2026-03-02T09:00:00Z", "call", 6);
      live.send(first.key, first.json);
      // b's contact moves the stream on: a's journey is over at the sweep, in the window of 2
      // March.
      TestEvents.Event b = event("b", "2026-03-05T09:00:00Z", "call", 2);
      live.send(b.key, b.json);
      live.driver.advanceWallClockTime(settings.sweepInterval());
      live.driver.advanceWallClockTime(settings.sweepInterval());
      Map<String, JsonNode> results = table(live);
      assertThat(results).containsOnlyKeys("pain-points@2026-03-02T00:00:00Z");
      JsonNode window = results.get("pain-points@2026-03-02T00:00:00Z");
      assertThat(window.get("window_end").asText()).isEqualTo("2026-03-03T00:00:00Z");
      assertThat(window.get("journeys").asInt()).isEqualTo(1);
      assertThat(window.get("result").get("touchpoints").get(0).get("touchpoint").asText())
          .isEqualTo("call");
      // With five days' grace, c's contact of 1 March is placed after b's of 5 March, and a
      // contact of 20 March ends both journeys at one sweep, b's first (the store is in key order):
      // c's window of 1 March is by then past its retention behind b's end.
      TestEvents.Event late = event("c", "2026-03-01T09:00:00Z", "visit", 2);
      TestEvents.Event later = event("d", "2026-03-20T12:00:00Z", "visit", 2);
      LiveScoring lateSettings = daily(Duration.ofDays(5));
      try (LiveDriver other = new LiveDriver(lateSettings)) {
        for (TestEvents.Event e : List.of(b, late, later)) {
          other.send(e.key, e.json);
        }
        other.driver.advanceWallClockTime(settings.sweepInterval());
        other.driver.advanceWallClockTime(settings.sweepInterval());
        List<JsonNode> dead = other.json(other.deadLetters);
        assertThat(dead)
            .anySatisfy(
                d -> {
                  assertThat(d.get("reason").asText()).isEqualTo("late-journey");
                  assertThat(d.get("message").asText()).contains("c#1", "2026-03-01T09:00:00Z");
                });
      }
    }
  }

  private static LiveScoring daily(Duration grace) {
    return settings()
        .putAnalysis("pain-points", PainPointAnalysis.defaults())
        .window(Duration.ofDays(1))
        .windowRetention(Duration.ZERO)
        .journeyGap(Duration.ofHours(1))
        .grace(grace)
        .build();
  }

  private static TestEvents.Event event(String key, String time, String touchpoint, int value) {
    return new TestEvents.Event(
        key,
        Instant.parse(time).toEpochMilli(),
        "{\"timestamp\":\""
            + time
            + "\",\"touchpoint\":\""
            + touchpoint
            + "\",\"value\":"
            + value
            + ",\"expected\":5,\"adequate\":3,\"desired\":6}");
  }

  private static Map<String, JsonNode> streamResults(List<TestEvents.Event> arrivals) {
    LiveScoring settings =
        settings()
            .grace(GRACE)
            .journeyGap(GAP)
            .window(WINDOW)
            .windowRetention(Duration.ofDays(3650))
            .putAllAnalyses(ANALYSES)
            .build();
    try (LiveDriver live = new LiveDriver(settings)) {
      long last = Long.MIN_VALUE;
      for (TestEvents.Event e : arrivals) {
        live.send(e.key, e.json);
        last = Math.max(last, e.startMillis);
      }
      // A contact far enough on closes every journey at the sweep; its own stays open.
      Instant end = Instant.ofEpochMilli(last).plus(GAP).plus(GRACE).plus(Duration.ofDays(1));
      live.send("zz-end", "{\"timestamp\":\"" + end + "\",\"touchpoint\":\"call\",\"value\":4}");
      live.driver.advanceWallClockTime(settings.sweepInterval());
      live.driver.advanceWallClockTime(settings.sweepInterval());
      assertThat(live.values(live.deadLetters)).as("dead letters").isEmpty();
      return table(live);
    }
  }

  private static Map<String, JsonNode> table(LiveDriver live) {
    Map<String, JsonNode> table = new TreeMap<>();
    live.driver
        .createOutputTopic(
            "motkit-results",
            new org.apache.kafka.common.serialization.StringDeserializer(),
            new org.apache.kafka.common.serialization.StringDeserializer())
        .readRecordsToList()
        .forEach(r -> table.put(r.key(), json(r.value())));
    return table;
  }

  /** The batch analyses of each window's journeys, keyed as the stream keys its results. */
  private static Map<String, JsonNode> batchResults(List<TestEvents.Event> events) {
    EventLog log = TestEvents.batchLog(events, SCALE, GAP);
    long window = WINDOW.toMillis();
    Map<Long, Set<String>> byWindow = new TreeMap<>();
    for (int j = 0; j < log.journeyCount(); j++) {
      long end = log.startMillis(log.endEvent(j) - 1);
      byWindow
          .computeIfAbsent(Math.floorDiv(end, window) * window, w -> new HashSet<>())
          .add(log.journeyId(j));
    }
    Map<String, JsonNode> results = new TreeMap<>();
    byWindow.forEach(
        (start, ids) -> {
          Set<String> others = new HashSet<>();
          for (int j = 0; j < log.journeyCount(); j++) {
            if (!ids.contains(log.journeyId(j))) {
              others.add(log.journeyId(j));
            }
          }
          EventLog part = log.without(others);
          ANALYSES.forEach(
              (name, analysis) -> {
                ObjectNode entry = JSON.createObjectNode();
                entry.put("journeys", ids.size());
                entry.set("result", resultJson(analysis, part));
                results.put(name + "@" + Instant.ofEpochMilli(start), entry);
              });
        });
    return results;
  }

  private static JsonNode resultJson(JourneyAnalysis<?, ?> analysis, EventLog log) {
    try {
      AnalysisResult result =
          analysis.run(AnalysisInput.of(log, InputSummary.inMemory("batch", log.eventCount())));
      StringWriter out = new StringWriter();
      result.writeJson(out);
      return JSON.readTree(out.toString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Equal but for the provenance (its input differs) and the rounding of sums taken in another
   * order, which the aggregation contract allows to 1e-12.
   */
  private static void assertClose(String where, JsonNode actual, JsonNode expected) {
    if (expected.isObject()) {
      assertThat(actual.isObject()).as(where).isTrue();
      Set<String> names = new HashSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      Set<String> actualNames = new HashSet<>();
      actual.fieldNames().forEachRemaining(actualNames::add);
      names.remove("provenance");
      actualNames.remove("provenance");
      assertThat(actualNames).as(where).isEqualTo(names);
      for (String name : names) {
        assertClose(where + "." + name, actual.get(name), expected.get(name));
      }
    } else if (expected.isArray()) {
      assertThat(actual.size()).as(where).isEqualTo(expected.size());
      Iterator<JsonNode> a = actual.elements();
      int i = 0;
      for (JsonNode e : expected) {
        assertClose(where + "[" + i++ + "]", a.next(), e);
      }
    } else if (expected.isNumber() && actual.isNumber()) {
      double x = expected.asDouble();
      double y = actual.asDouble();
      assertThat(Math.abs(x - y))
          .as(where + ": " + y + " vs " + x)
          .isLessThanOrEqualTo(1e-12 * Math.max(1, Math.max(Math.abs(x), Math.abs(y))));
    } else {
      assertThat(actual).as(where).isEqualTo(expected);
    }
  }
}
