package io.motkit.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.motkit.core.Scale;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.EventLog;
import io.motkit.journey.EventLogReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-written peer of the end-to-end benchmark computes what motkit's peak-end scorer computes
 * with its defaults, so that the benchmark compares equal work.
 */
final class HandWrittenPeakEndTest {

  @TempDir Path dir;

  @Test
  void givesMotkitsPeakEndForEveryJourneyInOrderOfFirstAppearance() throws IOException {
    Random random = new Random(20261124);
    List<String> rows = new ArrayList<>();
    for (int j = 0; j < 300; j++) {
      long start = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli() + j * 1_800_000L;
      int events = 1 + random.nextInt(7);
      List<String> journey = new ArrayList<>();
      for (int e = 0; e < events; e++) {
        // Ties of time and of distance from neutral are both common: 1..7 in halves.
        long at = start + random.nextInt(4) * 60_000L + (random.nextBoolean() ? 5 : 0);
        double value = 1 + random.nextInt(13) / 2.0;
        journey.add(
            "j"
                + j
                + ","
                + Instant.ofEpochMilli(at)
                + ",t"
                + random.nextInt(5)
                + ","
                + value
                + ",12.5,during,web,,,");
      }
      // A journey's rows stay together but out of time order, as the simulated logs may be.
      Collections.shuffle(journey, random);
      rows.addAll(journey);
    }
    Path file = dir.resolve("events.csv");
    Files.write(
        file,
        ("journey,timestamp,touchpoint,value,duration_s,stage,channel,expected,adequate,desired\n"
                + String.join("\n", rows)
                + "\n")
            .getBytes(StandardCharsets.UTF_8));

    EventLog log = EventLogReader.builder().scale(Scale.likert7()).build().readCsv(file);
    JourneyScorer peakEnd = ScorerRegistry.load().create("peak-end", Map.of());
    double[] expected = log.score(peakEnd);

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream standardOutput = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      HandWrittenPeakEnd.main(new String[] {file.toString()});
    } finally {
      System.setOut(standardOutput);
    }
    String[] lines = printed.toString(StandardCharsets.UTF_8).split("\n", -1);
    assertThat(lines[0]).isEqualTo("journey,value");
    assertThat(lines).hasSize(log.journeyCount() + 2);
    for (int j = 0; j < log.journeyCount(); j++) {
      String[] fields = lines[j + 1].split(",", -1);
      assertThat(fields[0]).isEqualTo(log.journeyId(j));
      assertThat(Double.parseDouble(fields[1])).as(fields[0]).isCloseTo(expected[j], within(1e-9));
    }
  }
}
