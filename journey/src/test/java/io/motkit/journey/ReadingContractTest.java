package io.motkit.journey;

import static io.motkit.journey.TestReaders.parallel;
import static io.motkit.journey.TestReaders.sequential;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.motkit.core.Scale;
import io.motkit.core.csv.InputFormatException;
import io.motkit.core.json.JourneyJson;
import io.motkit.core.json.JsonFormatException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reading contract of docs/formats.md, one rule per test, for both event-log forms. */
final class ReadingContractTest {

  private static final String HEADER = "journey,timestamp,touchpoint,value\n";

  @TempDir Path dir;

  private Path file(String name, byte[] bytes) throws IOException {
    Path path = dir.resolve(name);
    Files.write(path, bytes);
    return path;
  }

  private Path file(String name, String text) throws IOException {
    return file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aStrayQuoteStopsTheReadInsteadOfSwallowingTheRowsAfterIt() throws IOException {
    Path events =
        file(
            "events.csv",
            HEADER
                + "a,2024-01-01T00:00:00Z,call,2\nb,2024-01-02T00:00:00Z,\"visit,5\nc,2024-01-02T00:00:00Z,visit,5\n"
                + "d,2024-01-02T00:00:00Z,visit,5\n");
    for (ReadMode mode : ReadMode.values()) {
      assertThatThrownBy(() -> sequential(mode).readCsv(events))
          .as(mode.toString())
          .isInstanceOf(InputFormatException.class)
          .hasMessageContaining(
              "events.csv, line 3, column 'touchpoint': a quoted field runs from here to the end of the input: a closing quote is missing");
    }
  }

  @Test
  void lenientReadingAccountsForEveryRowAndListsEachRejectedLine() throws IOException {
    Path events =
        file(
            "events.csv",
            HEADER
                + "a,2024-01-01T00:00:00Z,call,2\na,2024-01-02T00:00:00Z,visit,x\nb,not-a-time,call,3\n"
                + "b,2024-01-02T00:00:00Z,visit,9\nc,2024-01-02T00:00:00Z,visit,4\n");
    for (EventLogReader reader :
        List.of(sequential(ReadMode.LENIENT), parallel(ReadMode.LENIENT, 4))) {
      EventLog log = reader.readCsv(events);
      assertThat(log.rowsRead()).isEqualTo(5);
      assertThat(log.rowsAccepted() + log.rowsRejected()).isEqualTo(log.rowsRead());
      assertThat(log.rowsAccepted()).isEqualTo(2);
      assertThat(log.rejections()).extracting(RejectedRow::line).containsExactly(3L, 4L, 5L);
      assertThat(log.rejections().get(0).reason()).contains("line 3, column 'value', value 'x'");
    }
  }

  @Test
  void textThatIsNotUtf8IsAnErrorNamingTheFileAndLineOnEveryPath() throws IOException {
    byte[] head = (HEADER + "a,2024-01-01T00:00:00Z,call,2\nb").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ",2024-01-02T00:00:00Z,visit,5\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xff;
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    Path events = file("latin.csv", bytes);
    for (EventLogReader reader :
        List.of(
            sequential(ReadMode.STRICT),
            parallel(ReadMode.STRICT, 4),
            sequential(ReadMode.LENIENT),
            parallel(ReadMode.LENIENT, 4))) {
      assertThatThrownBy(() -> reader.readCsv(events))
          .isInstanceOf(InputFormatException.class)
          .hasMessageContaining("latin.csv, line 3: the text is not valid UTF-8");
    }
    byte[] json =
        "{\"journey\":\"a\",\"timestamp\":\"2024-01-01T00:00:00Z\",\"touchpoint\":\"x\",\"value\":3}\n{\"journey\":\"\u00e9\"}\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Path lines = file("latin.jsonl", json);
    assertThatThrownBy(() -> sequential(ReadMode.LENIENT).readJsonLines(lines))
        .hasMessageContaining("latin.jsonl, line 2: the text is not valid UTF-8");
  }

  @Test
  void numbersArePlainDecimalsAndAnythingElseIsNamed() throws IOException {
    for (String number : List.of("0x1p2", "1_000", "\u0664", "4,5", "NaN", "5d", "1e999")) {
      Path events = file("n.csv", HEADER + "a,2024-01-01T00:00:00Z,call,\"" + number + "\"\n");
      assertThatThrownBy(() -> sequential(ReadMode.STRICT).readCsv(events))
          .as(number)
          .isInstanceOf(InputFormatException.class)
          .hasMessageContaining("line 2, column 'value', value '" + number + "'");
    }
    Path digits = file("d.csv", HEADER + "a,\u0661\u0667\u0660\u0669,call,4\n");
    assertThatThrownBy(() -> sequential(ReadMode.STRICT).readCsv(digits))
        .hasMessageContaining("column 'timestamp'");
  }

  @Test
  void epochTimestampsHaveAUnitAndANumberThatOnlyFitsTheOtherUnitIsAnError() throws IOException {
    Path seconds = file("s.csv", HEADER + "a,1709283600,call,4\n");
    assertThatThrownBy(() -> sequential(ReadMode.STRICT).readCsv(seconds))
        .hasMessageContaining("line 2, column 'timestamp', value '1709283600'")
        .hasMessageContaining("as seconds 2024-03-01T09:00:00Z")
        .hasMessageContaining("--epoch-unit s");
    EventLogReader inSeconds =
        EventLogReader.builder().scale(Scale.likert7()).epochUnit(EpochUnit.SECONDS).build();
    assertThat(inSeconds.readCsv(seconds).journey(0).moment(0).start())
        .isEqualTo(Instant.parse("2024-03-01T09:00:00Z"));
    Path millis = file("ms.csv", HEADER + "a,1709283600000,call,4\n");
    assertThat(sequential(ReadMode.STRICT).readCsv(millis).journey(0).moment(0).start())
        .isEqualTo(Instant.parse("2024-03-01T09:00:00Z"));
    assertThatThrownBy(() -> inSeconds.readCsv(millis))
        .hasMessageContaining("as milliseconds it is 2024-03-01T09:00:00Z");
  }

  @Test
  void localTimesTheClocksSkipOrRepeatAreAnErrorUnlessAPolicyIsChosen() throws IOException {
    // Europe/Berlin, 2024: 02:30 on 31 March does not exist; 02:30 on 27 October happens twice.
    Path gap = file("gap.csv", HEADER + "a,2024-03-31T02:30:00,call,4\n");
    Path overlap = file("overlap.csv", HEADER + "a,2024-10-27T02:30:00,call,4\n");
    EventLogReader berlin =
        EventLogReader.builder().scale(Scale.likert7()).zone(ZoneId.of("Europe/Berlin")).build();
    assertThatThrownBy(() -> berlin.readCsv(gap))
        .hasMessageContaining("line 2, column 'timestamp'")
        .hasMessageContaining("does not exist in Europe/Berlin");
    assertThatThrownBy(() -> berlin.readCsv(overlap))
        .hasMessageContaining("happened twice in Europe/Berlin");
    EventLogReader earlier =
        EventLogReader.builder()
            .scale(Scale.likert7())
            .zone(ZoneId.of("Europe/Berlin"))
            .localTimePolicy(LocalTimePolicy.EARLIER)
            .build();
    EventLogReader later =
        EventLogReader.builder()
            .scale(Scale.likert7())
            .zone(ZoneId.of("Europe/Berlin"))
            .localTimePolicy(LocalTimePolicy.LATER)
            .build();
    assertThat(earlier.readCsv(overlap).journey(0).moment(0).start())
        .isEqualTo(Instant.parse("2024-10-27T00:30:00Z"));
    assertThat(later.readCsv(overlap).journey(0).moment(0).start())
        .isEqualTo(Instant.parse("2024-10-27T01:30:00Z"));
    assertThat(earlier.readCsv(gap).journey(0).moment(0).start())
        .isEqualTo(Instant.parse("2024-03-31T01:30:00Z"));
  }

  @Test
  void anUnpairedSurrogateEscapeInJsonLinesIsNamedNotMergedWithAnotherId() throws IOException {
    // Two ids that differ only in a lone surrogate would both print as "a?" if accepted.
    Path lone =
        file(
            "lone.jsonl",
            "{\"journey\":\"a\\ud800\",\"timestamp\":\"2024-01-01T00:00:00Z\",\"touchpoint\":\"x\",\"value\":3}\n"
                + "{\"journey\":\"a\\ud801\",\"timestamp\":\"2024-01-02T00:00:00Z\",\"touchpoint\":\"x\",\"value\":3}\n"
                + "{\"journey\":\"b\\ud83d\\ude00\",\"timestamp\":\"2024-01-02T00:00:00Z\",\"touchpoint\":\"x\",\"value\":3}\n");
    assertThatThrownBy(() -> sequential(ReadMode.STRICT).readJsonLines(lone))
        .hasMessageContaining("lone.jsonl, line 1")
        .hasMessageContaining("journey")
        .hasMessageContaining("unpaired surrogate");
    EventLog log = sequential(ReadMode.LENIENT).readJsonLines(lone);
    assertThat(log.rowsRejected()).isEqualTo(2);
    assertThat(log.journeyCount()).isEqualTo(1);
    assertThat(log.journeyId(0)).isEqualTo("b\ud83d\ude00");
  }

  @Test
  void jsonLinesAreReadAsStrictlyAsTheJourneyForm() throws IOException {
    String good =
        "{\"journey\":\"a\",\"timestamp\":\"2024-01-01T00:00:00Z\",\"touchpoint\":\"x\",\"value\":3}\n";
    Path duplicate =
        file(
            "dup.jsonl",
            good
                + "{\"journey\":\"a\",\"journey\":\"b\",\"timestamp\":\"2024-01-02T00:00:00Z\",\"touchpoint\":\"x\",\"value\":3}\n");
    Path trailing =
        file(
            "trail.jsonl",
            good
                + "{\"journey\":\"b\",\"timestamp\":\"2024-01-02T00:00:00Z\",\"touchpoint\":\"x\",\"value\":3} {\"x\":1}\n");
    for (ReadMode mode : ReadMode.values()) {
      EventLogReader reader = sequential(mode);
      if (mode == ReadMode.STRICT) {
        assertThatThrownBy(() -> reader.readJsonLines(duplicate))
            .hasMessageContaining("dup.jsonl, line 2")
            .hasMessageContaining("duplicate key 'journey'");
        assertThatThrownBy(() -> reader.readJsonLines(trailing))
            .hasMessageContaining("trail.jsonl, line 2: text after the JSON object");
      } else {
        EventLog log = reader.readJsonLines(trailing);
        assertThat(log.rowsRead()).isEqualTo(2);
        assertThat(log.rowsRejected()).isEqualTo(1);
        assertThat(reader.readJsonLines(duplicate).rejections().get(0).reason())
            .contains("duplicate key 'journey'");
      }
    }
  }

  @Test
  void jsonLinesFindEveryAttributeAndReportTheFirstProblemInFileOrder() throws IOException {
    String a =
        "{\"journey\":\"a\",\"timestamp\":\"2024-01-01T00:00:00Z\",\"touchpoint\":\"x\",\"value\":3}\n";
    String late =
        "{\"journey\":\"b\",\"timestamp\":\"2024-01-02T00:00:00Z\",\"touchpoint\":\"x\",\"value\":5,\"region\":\"north\"}\n";
    Path attributes = file("late.jsonl", a + late);
    EventLog log = sequential(ReadMode.STRICT).readJsonLines(attributes);
    assertThat(log.journey(1).attribute("region")).contains("north");
    assertThat(log.journey(0).attribute("region")).isEmpty();
    String badValue =
        "{\"journey\":\"c\",\"timestamp\":\"2024-01-03T00:00:00Z\",\"touchpoint\":\"x\",\"value\":9}\n";
    // With and without an attribute first seen late (which makes the reader look at every line's
    // keys
    // first), a bad value on line 2 is reported before malformed JSON on line 4.
    for (String middle : List.of(late, a)) {
      Path bad = file("bad.jsonl", a + badValue + middle + "{\"journey\": \n");
      assertThatThrownBy(() -> sequential(ReadMode.STRICT).readJsonLines(bad))
          .hasMessageContaining("bad.jsonl, line 2, column 'value', value '9'");
      EventLog lenient = sequential(ReadMode.LENIENT).readJsonLines(bad);
      assertThat(lenient.rejections()).extracting(RejectedRow::line).containsExactly(2L, 4L);
      assertThat(lenient.rowsRead()).isEqualTo(4);
    }
  }

  @Test
  void timesAndDurationsOutsideTheRangeAreRejectedWhereTheyAreRead() throws IOException {
    Path late = file("late.csv", HEADER + "a,2500-01-01T00:00:00Z,call,4\n");
    assertThatThrownBy(() -> sequential(ReadMode.STRICT).readCsv(late))
        .hasMessageContaining(
            "value '2500-01-01T00:00:00Z': the timestamp is outside the years 1900 to 2199");
    Path early =
        file(
            "early.jsonl",
            "{\"journey\":\"a\",\"timestamp\":-9000000000000,\"touchpoint\":\"x\",\"value\":3}\n");
    assertThatThrownBy(() -> sequential(ReadMode.STRICT).readJsonLines(early))
        .hasMessageContaining("outside the years 1900 to 2199");
    Path longRow =
        file(
            "long.csv",
            "journey,timestamp,touchpoint,value,duration_s\na,2024-01-01T00:00:00Z,call,4,1e12\n");
    assertThatThrownBy(() -> sequential(ReadMode.STRICT).readCsv(longRow))
        .hasMessageContaining(
            "column 'duration_s', value '1e12': a duration must not exceed 100 years");
    String journey =
        "{\"id\":\"j\",\"scale\":{\"min\":1,\"max\":7,\"neutral\":4,\"higher_is_better\":true},"
            + "\"moments\":[{\"touchpoint\":\"x\",\"start\":\"+10000-01-01T00:00:00Z\",\"value\":3}]}";
    assertThatThrownBy(() -> JourneyJson.read(journey))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("$.moments[0]");
    String farFuture = journey.replace("+10000-01-01T00:00:00Z", "2300-01-01T00:00:00Z");
    assertThatThrownBy(() -> JourneyJson.read(farFuture))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("outside the years 1900 to 2199");
  }

  @Test
  void standardInputAndAFileGiveTheSameLog() throws IOException {
    String text =
        HEADER
            + "b,2024-01-02T00:00:00Z,visit,5\na,2024-01-01T00:00:00Z,call,2\nb,2024-01-01T00:00:00Z,call,3\n";
    Path events = file("events.csv", text);
    EventLog fromFile = parallel(ReadMode.STRICT, 4).readCsv(events);
    EventLog fromStream =
        sequential(ReadMode.STRICT)
            .readCsv(io.motkit.core.csv.CsvInput.of(new StringReader(text), events.toString()));
    assertThat(fromStream.journeys().collect(Collectors.toList()))
        .isEqualTo(fromFile.journeys().collect(Collectors.toList()));
  }
}
