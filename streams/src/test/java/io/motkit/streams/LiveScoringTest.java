package io.motkit.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.motkit.core.Scale;
import io.motkit.core.json.JourneyScoreJson;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.EventLogReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

final class LiveScoringTest {

  private static final ScorerRegistry REGISTRY = ScorerRegistry.load();
  private static final Scale SCALE = Scale.of(1, 7, 4, true);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static LiveScoring.Builder settings() {
    return settings("peak-end", Map.of(), Duration.ofDays(7), Duration.ofMinutes(10));
  }

  private static LiveScoring.Builder settings(
      String scorer, Map<String, String> parameters, Duration gap, Duration grace) {
    return LiveScoring.builder()
        .reader(EventLogReader.of(SCALE))
        .scorer(REGISTRY.create(scorer, parameters))
        .grace(grace)
        .journeyGap(gap);
  }

  private static String event(String timestamp, String touchpoint, double value) {
    return "{\"timestamp\":\""
        + timestamp
        + "\",\"touchpoint\":\""
        + touchpoint
        + "\",\"value\":"
        + value
        + "}";
  }

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void theScoreAfterEachEventIsThePeakEndOfTheMomentsSoFar() throws Exception {
    // Redelmeier and Kahneman (1996): the remembered value is the mean of the worst moment and the
    // last. Moments 6, 2, 5: after each, (6+6)/2 = 6, (2+2)/2 = 2, (2+5)/2 = 3.5.
    try (LiveDriver live = new LiveDriver(settings().build())) {
      live.send("owner-1", event("2026-03-02T09:00:00Z", "call", 6));
      live.send("owner-1", event("2026-03-02T09:05:00Z", "repair", 2));
      live.send("owner-1", event("2026-03-02T09:30:00Z", "invoice", 5));
      List<String> scores = live.values(live.scores);
      assertThat(scores).hasSize(3);
      assertThat(scores.stream().map(s -> JourneyScoreJson.read(s).value()))
          .containsExactly(6.0, 2.0, 3.5);
      JsonNode last = json(scores.get(2));
      assertThat(last.get("journey").asText()).isEqualTo("owner-1#1");
      assertThat(last.get("scorer").asText()).isEqualTo("peak-end");
      assertThat(last.get("parameters").get("peak").asText()).isEqualTo("intense");
      assertThat(last.get("details").get("moments").asDouble()).isEqualTo(3.0);
    }
  }

  @Test
  void anEventWithinTheGraceIsPlacedByItsTimeAndALaterOneIsADeadLetter() throws Exception {
    try (LiveDriver live = new LiveDriver(settings().build())) {
      live.send("k", event("2026-03-02T09:00:00Z", "call", 6));
      live.send("k", event("2026-03-02T09:20:00Z", "invoice", 5));
      // 5 minutes behind the stream's time, within the 10-minute grace: placed before the invoice,
      // so the end is still 5 and the worst is now 1.
      live.send("k", event("2026-03-02T09:15:00Z", "repair", 1));
      // 30 minutes behind: late.
      live.send("k", event("2026-03-02T08:50:00Z", "visit", 7));
      assertThat(live.values(live.scores).stream().map(s -> JourneyScoreJson.read(s).value()))
          .containsExactly(6.0, 5.5, 3.0);
      List<String> dead = live.values(live.deadLetters);
      assertThat(dead).hasSize(1);
      JsonNode letter = json(dead.get(0));
      assertThat(letter.get("key").asText()).isEqualTo("k");
      assertThat(letter.get("reason").asText()).isEqualTo("late");
      assertThat(letter.get("message").asText())
          .contains("2026-03-02T08:50:00Z", "PT30M", "PT10M", "late events of this key: 1");
      assertThat(letter.get("event").asText()).contains("visit");
      assertThat(letter.get("stream_time").asText()).isEqualTo("2026-03-02T09:20:00Z");
    }
  }

  @Test
  void aBadEventIsADeadLetterNamingWhatIsWrongAndTheStreamGoesOn() throws Exception {
    try (LiveDriver live = new LiveDriver(settings().build())) {
      live.send(
          "k", "{\"timestamp\":\"2026-03-02T09:00:00Z\",\"touchpoint\":\"call\",\"value\":9}");
      live.send("k", "{\"timestamp\":\"yesterday\",\"touchpoint\":\"call\",\"value\":3}");
      live.send("k", "{\"timestamp\":\"2026-03-02T09:00:00Z\",\"value\":3,\"value\":4}");
      live.send("k", "[1,2]");
      live.send("k", null);
      live.send(null, event("2026-03-02T09:00:00Z", "call", 3));
      live.send(
          "k", "{\"journey\":\"other\"," + event("2026-03-02T09:00:00Z", "call", 3).substring(1));
      live.send("k", event("2026-03-02T09:01:00Z", "call", 3));
      List<JsonNode> dead = live.json(live.deadLetters);
      assertThat(dead).hasSize(7).allMatch(d -> d.get("reason").asText().equals("unreadable"));
      assertThat(dead.get(0).get("message").asText()).contains("value", "9", "scale");
      assertThat(dead.get(1).get("message").asText()).contains("timestamp", "yesterday");
      assertThat(dead.get(2).get("message").asText())
          .contains("value")
          .containsIgnoringCase("duplicate");
      assertThat(dead.get(3).get("message").asText()).contains("not an object");
      assertThat(dead.get(4).get("message").asText()).contains("no value");
      assertThat(dead.get(5).get("message").asText()).contains("no key");
      assertThat(dead.get(6).get("message").asText()).contains("\"other\"", "'k'");
      assertThat(live.values(live.scores)).hasSize(1);
    }
  }

  @Test
  void anEventFarAheadOfTheClockIsADeadLetterAndDoesNotMakeTheOthersLate() throws Exception {
    // The driver's clock stands at 2026-06-01T00:00Z; max ahead is one hour unless set.
    try (LiveDriver live = new LiveDriver(settings().build())) {
      live.send("k", event("2026-05-31T23:00:00Z", "call", 6));
      live.send("k", event("2026-06-01T00:59:00Z", "visit", 5));
      live.send("k", event("2062-06-01T00:00:00Z", "repair", 1));
      live.send("k", event("2026-06-01T00:55:00Z", "invoice", 4));
      List<String> dead = live.values(live.deadLetters);
      assertThat(dead).hasSize(1);
      JsonNode letter = json(dead.get(0));
      assertThat(letter.get("reason").asText()).isEqualTo("future");
      assertThat(letter.get("message").asText())
          .contains("'k'", "2062-06-01T00:00:00Z", "2026-06-01T00:00:00Z", "PT1H");
      Map<String, String> scores = live.scoreTable();
      assertThat(scores).containsOnlyKeys("k#1");
      assertThat(json(scores.get("k#1")).get("details").get("moments").asInt()).isEqualTo(3);
    }
  }

  @Test
  void aContactAfterTheGapStartsTheKeysNextJourneyAndOneThatFillsTheGapJoinsThem()
      throws Exception {
    try (LiveDriver live =
        new LiveDriver(
            settings("peak-end", Map.of(), Duration.ofHours(1), Duration.ofHours(3)).build())) {
      live.send("k", event("2026-03-02T09:00:00Z", "call", 6));
      live.send("k", event("2026-03-02T11:00:00Z", "repair", 2));
      assertThat(live.scoreTable()).containsOnlyKeys("k#1", "k#2");
      // At 10:00 the gaps are one hour each, not more: one journey, and k#2 is withdrawn.
      live.send("k", event("2026-03-02T10:00:00Z", "visit", 4));
      List<org.apache.kafka.streams.test.TestRecord<String, String>> records =
          live.scores.readRecordsToList();
      assertThat(records).extracting(r -> r.key()).containsExactly("k#1", "k#2");
      assertThat(JourneyScoreJson.read(records.get(0).value()).value()).isEqualTo(2.0);
      assertThat(records.get(1).value()).isNull();
    }
  }

  @Test
  void alertsNameTheJourneyTheMomentTheRuleAndTheValues() throws Exception {
    LiveScoring rules =
        settings("mean", Map.of(), Duration.ofDays(7), Duration.ofMinutes(10))
            .alertBelow(4)
            .alertDrop(1.5)
            .build();
    try (LiveDriver live = new LiveDriver(rules)) {
      live.send("k", event("2026-03-02T09:00:00Z", "call", 6));
      live.send("k", event("2026-03-02T09:05:00Z", "repair", 1)); // mean 3.5: below 4, drop 2.5
      live.send("k", event("2026-03-02T09:10:00Z", "visit", 2)); // mean 3: still below, drop 0.5
      live.send(
          "k",
          "{\"timestamp\":\"2026-03-02T09:15:00Z\",\"touchpoint\":\"invoice\",\"value\":5,"
              + "\"expected\":6,\"adequate\":5.5}"); // mean 3.5; 5 is below adequate 5.5
      List<JsonNode> alerts = live.json(live.alerts);
      assertThat(alerts)
          .extracting(a -> a.get("rule").asText())
          .containsExactly("below", "drop", "pain-point");
      JsonNode below = alerts.get(0);
      assertThat(below.get("journey").asText()).isEqualTo("k#1");
      assertThat(below.get("touchpoint").asText()).isEqualTo("repair");
      assertThat(below.get("timestamp").asText()).isEqualTo("2026-03-02T09:05:00Z");
      assertThat(below.get("moment_value").asDouble()).isEqualTo(1.0);
      assertThat(below.get("score").asDouble()).isEqualTo(3.5);
      assertThat(below.get("previous_score").asDouble()).isEqualTo(6.0);
      assertThat(below.get("threshold").asDouble()).isEqualTo(4.0);
      assertThat(alerts.get(1).get("drop").asDouble()).isEqualTo(1.5);
      JsonNode pain = alerts.get(2);
      assertThat(pain.get("touchpoint").asText()).isEqualTo("invoice");
      assertThat(pain.get("adequate").asDouble()).isEqualTo(5.5);
      assertThat(pain.get("moment_value").asDouble()).isEqualTo(5.0);
    }
  }

  @Test
  void aJourneyOverIsClosedByTheSweepAndOnlyItsCountIsKept() {
    LiveScoring settings =
        settings("peak-end", Map.of(), Duration.ofHours(1), Duration.ofMinutes(10)).build();
    try (LiveDriver live = new LiveDriver(settings)) {
      live.send("a", event("2026-03-02T09:00:00Z", "call", 6));
      live.send("b", event("2026-03-02T12:00:00Z", "call", 3));
      KeyValueStore<String, byte[]> store = live.driver.getKeyValueStore(settings.storeName());
      int openSize = store.get("a").length;
      live.driver.advanceWallClockTime(settings.sweepInterval());
      JourneyState a = JourneyState.fromBytes(store.get("a"));
      assertThat(a.isOpen()).isFalse();
      assertThat(a.closed).isEqualTo(1);
      assertThat(store.get("a").length).isLessThan(openSize);
      assertThat(JourneyState.fromBytes(store.get("b")).isOpen()).isTrue();
      // The key's next contact is its second journey, as in the batch.
      live.send("a", event("2026-03-02T12:30:00Z", "visit", 5));
      assertThat(live.scoreTable()).containsKeys("a#1", "a#2", "b#1");
    }
  }

  @Test
  void aScorerWithoutAnIncrementalFormKeepsAtMostTheBoundAndSaysSoBeyondIt() throws Exception {
    LiveScoring bounded =
        settings(
                "peak-end",
                Map.of("end", "window", "window", "600"),
                Duration.ofDays(7),
                Duration.ofMinutes(10))
            .maxMoments(3)
            .build();
    try (LiveDriver live = new LiveDriver(bounded)) {
      for (int i = 0; i < 4; i++) {
        live.send("k", event("2026-03-02T09:0" + i + ":00Z", "call", 2 + i));
      }
      assertThat(live.values(live.scores)).hasSize(3);
      JsonNode letter = json(live.values(live.deadLetters).get(0));
      assertThat(letter.get("reason").asText()).isEqualTo("too-long");
      assertThat(letter.get("message").asText()).contains("'k'", "3 moments", "max moments 3");
    }
  }

  @Test
  void settingsOutOfRangeAreRefusedNamingTheValue() {
    assertThatThrownBy(
            () -> settings("mean", Map.of(), Duration.ofDays(1), Duration.ofSeconds(-1)).build())
        .hasMessageContaining("PT-1S");
    assertThatThrownBy(() -> settings("mean", Map.of(), Duration.ZERO, Duration.ZERO).build())
        .hasMessageContaining("PT0S");
    assertThatThrownBy(() -> settings().alertDrop(0).build()).hasMessageContaining("0.0");
    assertThatThrownBy(() -> settings().alertBelow(Double.NaN).build()).hasMessageContaining("NaN");
    assertThatThrownBy(() -> settings().maxMoments(0).build()).hasMessageContaining("0");
  }

  @Test
  void theStateOfAJourneyRoundTripsThroughItsBytes() {
    JourneyState state = new JourneyState();
    state.closed = 2;
    state.late = 5;
    state.sealedMoments = 3;
    state.sealedLastStart = 1_700_000_000_000L;
    state.fold = new double[] {1.5, -0.0, Double.MIN_VALUE};
    state.sealedFields.add("{\"touchpoint\":\"é\"}");
    state.pending.add(
        new StreamEvent(
            1_700_000_100_000L,
            "call",
            3.25,
            60_000,
            java.util.Optional.of(
                io.motkit.core.Expectation.builder()
                    .expected(5)
                    .adequate(3)
                    .desired(6.5)
                    .importance(0.25)
                    .build()),
            "{}"));
    state.pending.add(
        new StreamEvent(1_700_000_200_000L, "visit", 4, 0, java.util.Optional.empty(), "{}"));
    state.written.put(3, Double.doubleToRawLongBits(2.5));
    JourneyState copy = JourneyState.fromBytes(state.toBytes());
    assertThat(copy.toBytes()).isEqualTo(state.toBytes());
    assertThat(copy.fold).isEqualTo(state.fold);
    assertThat(copy.pending.get(0).adequate).hasValue(3.0);
    assertThat(copy.pending.get(0).expectation).isEqualTo(state.pending.get(0).expectation);
    assertThat(copy.pending.get(1).expectation).isEmpty();
  }
}
