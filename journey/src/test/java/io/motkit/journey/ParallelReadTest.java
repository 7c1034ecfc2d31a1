package io.motkit.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.motkit.core.Scale;
import io.motkit.core.csv.CsvInput;
import io.motkit.core.csv.InputFormatException;
import io.motkit.journey.simulation.JourneyModel;
import io.motkit.journey.simulation.JourneySimulator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large file read on all cores gives the log, numbering and messages of a sequential read. */
final class ParallelReadTest {

  @TempDir static Path dir;
  static Path file;

  @BeforeAll
  static void writeALargeLog() throws IOException {
    String model =
        "{\"scale\":{\"min\":1,\"max\":7,\"neutral\":4,\"higher_is_better\":true},\"mean_gap_s\":3600,"
            + "\"touchpoints\":["
            + "{\"id\":\"notice\",\"stage\":\"transaction\",\"channel\":\"sms\",\"mean\":4.5,\"sd\":1,\"duration_s\":30,\"expected\":5,\"adequate\":4,\"desired\":6},"
            + "{\"id\":\"payment\",\"stage\":\"transaction\",\"mean\":5,\"sd\":1},"
            + "{\"id\":\"repair\",\"stage\":\"after-sales\",\"mean\":3,\"sd\":1.5,\"duration_s\":3600}],"
            + "\"transitions\":{\"start\":{\"notice\":0.7,\"repair\":0.3},"
            + "\"notice\":{\"payment\":0.6,\"repair\":0.3,\"end\":0.1},"
            + "\"payment\":{\"notice\":0.5,\"end\":0.1,\"repair\":0.4},"
            + "\"repair\":{\"payment\":0.6,\"end\":0.1,\"notice\":0.3}}}";
    file = dir.resolve("events.csv");
    try (Writer out =
        new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      new JourneySimulator(JourneyModel.fromJson(model)).writeCsv(30_000, 5, out);
    }
    assertThat(Files.size(file)).isGreaterThan(16L << 20);
  }

  private static EventLog sequential(Path path, ReadMode mode) {
    try (CsvInput csv = CsvInput.open(path)) {
      return EventLogReader.builder().scale(Scale.likert7()).mode(mode).build().readCsv(csv);
    }
  }

  private static EventLog parallel(Path path, ReadMode mode) {
    return EventLogReader.builder().scale(Scale.likert7()).mode(mode).build().readCsv(path);
  }

  @Test
  void parallelAndSequentialReadsGiveTheSameLog() {
    EventLog a = sequential(file, ReadMode.STRICT);
    EventLog b = parallel(file, ReadMode.STRICT);
    assertThat(b.journeyCount()).isEqualTo(a.journeyCount());
    assertThat(b.eventCount()).isEqualTo(a.eventCount());
    assertThat(b.touchpoints()).isEqualTo(a.touchpoints());
    for (int j = 0; j < a.journeyCount(); j += 97) {
      assertThat(b.journey(j)).isEqualTo(a.journey(j));
    }
    assertThat(b.journey(a.journeyCount() - 1)).isEqualTo(a.journey(a.journeyCount() - 1));
  }

  @Test
  void aBadRowDeepInTheFileIsNamedByItsLineInBothModes() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    int deep = lines.size() * 3 / 4;
    lines.set(deep, lines.get(deep).replaceFirst(",(\\d)(\\.\\d+)?,", ",9,"));
    lines.set(deep + 10, "broken");
    Path bad = dir.resolve("bad.csv");
    Files.write(bad, lines);
    String expected = bad + ", line " + (deep + 1) + ", column 'value', value '9'";
    assertThatThrownBy(() -> sequential(bad, ReadMode.STRICT))
        .isInstanceOf(InputFormatException.class)
        .hasMessageStartingWith(expected);
    assertThatThrownBy(() -> parallel(bad, ReadMode.STRICT))
        .isInstanceOf(InputFormatException.class)
        .hasMessageStartingWith(expected);
    EventLog lenient = parallel(bad, ReadMode.LENIENT);
    assertThat(lenient.rejections())
        .extracting(RejectedRow::line)
        .containsExactly((long) deep + 1, (long) deep + 11);
    assertThat(lenient.rejections()).isEqualTo(sequential(bad, ReadMode.LENIENT).rejections());
    assertThat(lenient.rowsRead()).isEqualTo(lines.size() - 1);
  }
}
