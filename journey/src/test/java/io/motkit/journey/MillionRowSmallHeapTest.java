package io.motkit.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.motkit.journey.simulation.JourneyModel;
import io.motkit.journey.simulation.JourneySimulator;
import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated log of about a million rows is read into memory with a 256 MB heap: the build runs
 * this class in a JVM of its own with -Xmx256m. Its CSV is about 60 MB, so a reader that kept an
 * object per row would not fit.
 */
final class MillionRowSmallHeapTest {

  private static final String MODEL =
      "{\"scale\":{\"min\":1,\"max\":7,\"neutral\":4,\"higher_is_better\":true},\"mean_gap_s\":3600,"
          + "\"touchpoints\":["
          + "{\"id\":\"notice\",\"stage\":\"transaction\",\"mean\":4.5,\"sd\":1,\"duration_s\":30,\"expected\":5,\"adequate\":4,\"desired\":6},"
          + "{\"id\":\"payment\",\"stage\":\"transaction\",\"mean\":5,\"sd\":1,\"round\":true},"
          + "{\"id\":\"repair\",\"stage\":\"after-sales\",\"mean\":3,\"sd\":1.5,\"duration_s\":3600}],"
          + "\"transitions\":{\"start\":{\"notice\":0.7,\"repair\":0.3},"
          + "\"notice\":{\"payment\":0.6,\"repair\":0.3,\"end\":0.1},"
          + "\"payment\":{\"notice\":0.5,\"end\":0.1,\"repair\":0.4},"
          + "\"repair\":{\"payment\":0.6,\"end\":0.1,\"notice\":0.3}}}";

  @Test
  void aMillionRowLogIsReadWithASmallHeap(@TempDir Path dir) throws Exception {
    assumeTrue(
        Runtime.getRuntime().maxMemory() <= 300L * 1024 * 1024,
        "this test is meant for a 256 MB heap");
    Path file = dir.resolve("events.csv");
    // Ten moments per journey on average: 100,000 journeys give about a million rows.
    try (Writer out =
        new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      new JourneySimulator(JourneyModel.fromJson(MODEL)).writeCsv(100_000, 11, out);
    }
    long rows;
    try (var lines = Files.lines(file)) {
      rows = lines.count() - 1;
    }
    assertThat(rows).isGreaterThan(900_000);
    EventLog log = EventLogReader.of(io.motkit.core.Scale.likert7()).readCsv(file);
    assertThat(log.eventCount()).isEqualTo(rows);
    assertThat(log.journeyCount()).isEqualTo(100_000);
    assertThat(log.rowsRead()).isEqualTo(rows);
  }
}
