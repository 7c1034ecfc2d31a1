package io.motkit.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.motkit.core.Journey;
import io.motkit.core.Scale;
import io.motkit.core.csv.CsvInput;
import io.motkit.core.csv.InputFormatException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class EventLogReaderTest {

  static final String HEADER = TestLogs.HEADER;

  static final String SORTED = TestLogs.SORTED;

  static EventLog read(String csv) {
    return TestLogs.read(csv);
  }

  static List<Journey> journeys(EventLog log) {
    return log.journeys().collect(Collectors.toList());
  }

  @Test
  void readsJourneysWithTouchpointsExpectationsAndAttributes() {
    EventLog log = read(SORTED);
    assertThat(log.journeyCount()).isEqualTo(2);
    assertThat(log.eventCount()).isEqualTo(5);
    Journey o1 = log.journey(0);
    assertThat(o1.id()).isEqualTo("o1");
    assertThat(o1.customer()).contains("c1");
    assertThat(o1.moments())
        .extracting(m -> m.touchpointId())
        .containsExactly("fee-notice", "payment", "repair-visit");
    assertThat(o1.moment(2).duration()).isEqualTo(Duration.ofHours(1));
    assertThat(o1.moment(2).touchpoint().stage().orElseThrow().name()).isEqualTo("after-sales");
    assertThat(o1.moment(2).touchpoint().stage().orElseThrow().order()).isEqualTo(1);
    assertThat(o1.expectationFor(2).orElseThrow().desired()).hasValue(7.0);
    assertThat(o1.attribute("building")).contains("B2");
    assertThat(log.rowsRead()).isEqualTo(5);
  }

  @Test
  void aspectRatingsAndImportanceAreReadFromTheirColumns() {
    String csv =
        "journey,timestamp,touchpoint,value,expected,importance,appearance,behaviour,communication\n"
            + "a,2024-01-01T00:00:00Z,visit,5,5,2.5,6,3,2\n"
            + "a,2024-01-02T00:00:00Z,call,4,,,4,4,4\n";
    EventLog log = read(csv);
    Journey a = log.journey(0);
    assertThat(a.moment(0).aspects())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("appearance", 6.0, "behaviour", 3.0, "communication", 2.0));
    assertThat(a.moment(0).expectation().orElseThrow().importance()).isEqualTo(2.5);
    assertThat(a.moment(1).aspects()).containsEntry("behaviour", 4.0);
    // The composite scorer with the first-impression weights (0.52, 0.33, 0.15), by hand:
    // 6*0.52 + 3*0.33 + 2*0.15 = 4.41 and 4; their mean is 4.205.
    var composite =
        io.motkit.core.scoring.ScorerRegistry.load()
            .create("composite", Map.of("weights", "first-impression", "scorer", "mean"));
    assertThat(composite.score(a).value())
        .isCloseTo(4.205, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(log.score(composite)[0])
        .isCloseTo(4.205, org.assertj.core.api.Assertions.within(1e-12));
    // The same moments survive a round trip through EventLog.of.
    assertThat(EventLog.of(List.of(a)).journey(0)).isEqualTo(a);
  }

  @Test
  void anAspectOffTheScaleOrAnImportanceWithoutAnExpectationIsNamed() {
    assertThatThrownBy(
            () ->
                read(
                    "journey,timestamp,touchpoint,value,appearance\na,2024-01-01T00:00:00Z,visit,5,9\n"))
        .isInstanceOf(InputFormatException.class)
        .hasMessageContaining("line 2, column 'appearance', value '9'");
    assertThatThrownBy(
            () ->
                read(
                    "journey,timestamp,touchpoint,value,importance\na,2024-01-01T00:00:00Z,visit,5,2\n"))
        .isInstanceOf(InputFormatException.class)
        .hasMessageContaining(
            "an expected level is required when adequate, desired or importance is given");
  }

  @Test
  void sortedAndUnsortedInputGiveTheSameJourneys() {
    List<String> lines = new ArrayList<>(List.of(SORTED.split("\n")).subList(1, 6));
    List<String> shuffled =
        List.of(lines.get(4), lines.get(2), lines.get(0), lines.get(3), lines.get(1));
    EventLog unsorted = read(HEADER + String.join("\n", shuffled) + "\n");
    EventLog sorted = read(SORTED);
    assertThat(journeys(unsorted).stream().map(Journey::id)).containsExactly("o2", "o1");
    assertThat(unsorted.journey(unsorted.indexOf("o1").orElseThrow())).isEqualTo(sorted.journey(0));
    assertThat(unsorted.journey(unsorted.indexOf("o2").orElseThrow())).isEqualTo(sorted.journey(1));
  }

  /** Rows 3, 5, 6 and 8 are bad; lines count the header as line 1. */
  static final String PLANTED =
      "journey,timestamp,touchpoint,value\n"
          + "o1,2024-03-01T09:00:00Z,fee-notice,3\n"
          + "o1,yesterday,payment,5\n"
          + "o2,2024-03-01T10:00:00Z,fee-notice,6\n"
          + "o2,2024-03-02T10:00:00Z,payment,9\n"
          + ",2024-03-02T11:00:00Z,payment,4\n"
          + "o3,2024-03-05T10:00:00Z,payment,4\n"
          + "o3,2024-03-06T10:00:00Z,survey\n"
          + "o3,2024-03-07T10:00:00Z,survey,5\n";

  @Test
  void strictModeStopsAtTheFirstBadRowNamingItsLineColumnAndValue() {
    assertThatThrownBy(() -> read(PLANTED))
        .isInstanceOf(InputFormatException.class)
        .hasMessageStartingWith(
            "events.csv, line 3, column 'timestamp', value 'yesterday': expected an ISO-8601 instant");
  }

  @Test
  void lenientModeSetsBadRowsAsideWithTheirReasons() {
    EventLog log =
        EventLogReader.builder()
            .scale(Scale.likert7())
            .mode(ReadMode.LENIENT)
            .build()
            .readCsv(CsvInput.of(new StringReader(PLANTED), "events.csv"));
    assertThat(log.rejections()).extracting(RejectedRow::line).containsExactly(3L, 5L, 6L, 8L);
    assertThat(log.rejections().get(1).reason())
        .contains("column 'value', value '9': the value is outside the scale");
    assertThat(log.rejections().get(2).reason()).contains("column 'journey': a value is required");
    assertThat(log.rejections().get(3).reason())
        .contains("the row has 3 fields but the header has 4 columns");
    assertThat(log.rowsRead()).isEqualTo(8);
    assertThat(log.rowsAccepted()).isEqualTo(4);
    assertThat(log.rowsAccepted() + log.rowsRejected()).isEqualTo(log.rowsRead());
  }

  @Test
  void timestampsMayBeInstantsOffsetsLocalTimesInAZoneOrEpochMillis() {
    String csv =
        "journey,timestamp,touchpoint,value\n"
            + "a,2024-03-01T09:00:00Z,x,1\n"
            + "a,2024-03-01T17:00:00+08:00,y,2\n"
            + "a,2024-03-01T10:00:00,z,3\n"
            + "a,1709287200000,w,4\n";
    EventLog log =
        EventLogReader.builder()
            .scale(Scale.likert7())
            .zone(ZoneId.of("Asia/Shanghai"))
            .build()
            .readCsv(CsvInput.of(new StringReader(csv), "t.csv"));
    Journey a = log.journey(0);
    // 17:00+08:00 = 09:00Z; 10:00 Shanghai = 02:00Z; 1709287200000 = 2024-03-01T10:00:00Z.
    assertThat(a.moments())
        .extracting(m -> m.start())
        .containsExactly(
            Instant.parse("2024-03-01T02:00:00Z"), Instant.parse("2024-03-01T09:00:00Z"),
            Instant.parse("2024-03-01T09:00:00Z"), Instant.parse("2024-03-01T10:00:00Z"));
    assertThat(a.moments()).extracting(m -> m.touchpointId()).containsExactly("z", "x", "y", "w");
  }

  @Test
  void localTimeWithoutAZoneIsAnError() {
    assertThatThrownBy(
            () -> read("journey,timestamp,touchpoint,value\na,2024-03-01T10:00:00,z,3\n"))
        .hasMessageContaining(
            "line 2, column 'timestamp', value '2024-03-01T10:00:00': a local date-time needs a time zone");
  }

  @Test
  void aTouchpointHasOneStage() {
    assertThatThrownBy(
            () ->
                read(
                    "journey,timestamp,touchpoint,value,stage\na,2024-03-01T10:00:00Z,x,3,one\nb,2024-03-01T10:00:00Z,x,3,two\n"))
        .hasMessageContaining(
            "line 3, column 'stage', value 'two': touchpoint 'x' has stage 'one' on line 2");
  }

  @Test
  void missingRequiredColumnIsNamed() {
    assertThatThrownBy(() -> read("journey,timestamp,value\na,2024-03-01T10:00:00Z,3\n"))
        .isInstanceOf(InputFormatException.class)
        .hasMessageContaining("column 'touchpoint': required column is missing");
  }

  @Test
  void jsonLinesGiveTheSameJourneysAsCsv() {
    String jsonl =
        "{\"journey\":\"o1\",\"timestamp\":\"2024-03-01T09:00:00Z\",\"touchpoint\":\"fee-notice\",\"value\":3,\"duration_s\":60,\"stage\":\"transaction\",\"channel\":\"sms\",\"expected\":5,\"adequate\":4,\"desired\":6,\"customer\":\"c1\",\"building\":\"B2\"}\n"
            + "\n"
            + "{\"journey\":\"o1\",\"timestamp\":1709370000000,\"touchpoint\":\"payment\",\"value\":5,\"duration_s\":600,\"stage\":\"transaction\",\"channel\":\"in-person\",\"expected\":5,\"adequate\":4,\"desired\":6,\"customer\":\"c1\",\"building\":\"B2\"}\n";
    EventLog log =
        EventLogReader.of(Scale.likert7()).readJsonLines(new StringReader(jsonl), "events.jsonl");
    EventLog csv =
        read(HEADER + String.join("\n", List.of(SORTED.split("\n")).subList(1, 3)) + "\n");
    assertThat(log.journey(0)).isEqualTo(csv.journey(0));
  }

  @Test
  void badJsonLinesAreNamedByLine() {
    String jsonl =
        "{\"journey\":\"a\",\"timestamp\":\"2024-03-01T09:00:00Z\",\"touchpoint\":\"x\",\"value\":\"3\"}\n";
    assertThatThrownBy(
            () ->
                EventLogReader.of(Scale.likert7())
                    .readJsonLines(new StringReader(jsonl), "e.jsonl"))
        .isInstanceOf(InputFormatException.class)
        .hasMessageContaining("e.jsonl, line 1, column 'value', value '3': expected a JSON number");
    EventLog lenient =
        EventLogReader.builder()
            .scale(Scale.likert7())
            .mode(ReadMode.LENIENT)
            .build()
            .readJsonLines(
                new StringReader("{not json\n" + jsonl.replace("\"3\"", "3")), "e.jsonl");
    assertThat(lenient.rowsRead()).isEqualTo(2);
    assertThat(lenient.rejections()).extracting(RejectedRow::line).containsExactly(1L);
  }

  @Test
  void outcomesComeFromASecondFile() {
    Map<String, Map<String, Double>> outcomes =
        EventLogReader.readOutcomes(
            CsvInput.of(
                new StringReader("journey,paid,satisfaction\no1,1,4.5\no2,0,\n"), "outcomes.csv"));
    EventLog log = read(SORTED).withOutcomes(outcomes);
    assertThat(log.outcome("paid", 0)).hasValue(1.0);
    assertThat(log.outcome("satisfaction", 1)).isEmpty();
    assertThat(log.journey(0).outcome("satisfaction")).contains(4.5);
    assertThatThrownBy(() -> log.requireOutcome("satisfaction"))
        .hasMessageContaining("journey 'o2' has no outcome 'satisfaction'");
    assertThatThrownBy(() -> read(SORTED).withOutcomes(Map.of("o9", Map.of("paid", 1.0))))
        .hasMessageContaining("outcomes name journey 'o9', which is not in the log");
  }

  @Test
  void aCustomersContactsSplitIntoJourneysAtAnInactivityGap() {
    String csv =
        "customer,timestamp,touchpoint,value\n"
            + "c1,2024-03-01T09:00:00Z,a,3\n"
            + "c1,2024-03-02T09:00:00Z,b,3\n"
            + "c1,2024-04-20T09:00:00Z,c,3\n"
            + "c2,2024-03-01T09:00:00Z,a,3\n";
    EventLog log =
        EventLogReader.builder()
            .scale(Scale.likert7())
            .inactivityGap(Duration.ofDays(30))
            .build()
            .readCsv(CsvInput.of(new StringReader(csv), "c.csv"));
    assertThat(journeys(log)).extracting(Journey::id).containsExactly("c1#1", "c1#2", "c2#1");
    assertThat(log.journey(0).size()).isEqualTo(2);
    assertThat(log.journey(1).customer()).contains("c1");
  }

  @Test
  void groupedInputStreamsOneJourneyAtATime() {
    List<String> seen = new ArrayList<>();
    StreamSummary summary =
        EventLogReader.of(Scale.likert7())
            .streamCsv(
                CsvInput.of(new StringReader(SORTED), "e.csv"),
                j -> seen.add(j.id() + ":" + j.size()));
    assertThat(seen).containsExactly("o1:3", "o2:2");
    assertThat(summary.rowsRead()).isEqualTo(5);
    assertThat(summary.rowsAccepted()).isEqualTo(5);
    String ungrouped = SORTED + "o1,2024-03-10T09:00:00Z,survey,5,,,,,,,c1,B2\n";
    assertThatThrownBy(
            () ->
                EventLogReader.of(Scale.likert7())
                    .streamCsv(CsvInput.of(new StringReader(ungrouped), "e.csv"), j -> {}))
        .hasMessageContaining(
            "line 7, column 'journey', value 'o1': the rows of this journey are not together");
  }

  @Test
  void kernelScoresEveryJourneyOverTheColumns() {
    EventLog log = read(SORTED);
    double[] last = log.score((values, starts, durations, from, to) -> values[to - 1]);
    assertThat(last).containsExactly(2.0, 4.0);
    assertThat(log.score((values, starts, durations, from, to) -> values[to - 1], 2))
        .containsExactly(2.0, 4.0);
  }
}
