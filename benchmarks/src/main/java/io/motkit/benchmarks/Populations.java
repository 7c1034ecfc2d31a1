package io.motkit.benchmarks;

import io.motkit.core.Scale;
import io.motkit.journey.EventLog;
import io.motkit.journey.EventLogReader;
import io.motkit.journey.simulation.JourneyModel;
import io.motkit.journey.simulation.JourneySimulator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Synthetic populations for the benchmarks: a journey model over many touchpoints, written to CSV.
 */
final class Populations {

  private Populations() {}

  /**
   * A model over {@code touchpoints} touchpoints in five stages, where each touchpoint leads to
   * four others or ends the journey with probability {@code 1 / meanLength}.
   */
  static JourneyModel model(int touchpoints, double meanLength) {
    StringBuilder json =
        new StringBuilder(
            "{\"scale\":{\"min\":1,\"max\":7,\"neutral\":4,\"higher_is_better\":true},\"mean_gap_s\":86400,\"max_moments\":200,");
    json.append("\"touchpoints\":[");
    for (int t = 0; t < touchpoints; t++) {
      json.append(t == 0 ? "" : ",")
          .append(
              String.format(
                  Locale.ROOT,
                  "{\"id\":\"t%02d\",\"stage\":\"stage-%d\",\"mean\":%.1f,\"sd\":1.2,\"round\":true,\"duration_s\":300,\"expected\":5,\"adequate\":4,\"desired\":6}",
                  t,
                  t * 5 / touchpoints,
                  3.0 + (t * 7 % 30) / 10.0));
    }
    json.append("],\"transitions\":{\"start\":{");
    for (int t = 0; t < touchpoints; t++) {
      json.append(t == 0 ? "" : ",")
          .append(String.format(Locale.ROOT, "\"t%02d\":%.17g", t, 1.0 / touchpoints));
    }
    json.append("}");
    double end = 1 / meanLength;
    for (int t = 0; t < touchpoints; t++) {
      json.append(String.format(Locale.ROOT, ",\"t%02d\":{\"end\":%.17g", t, end));
      for (int k = 1; k <= 4; k++) {
        json.append(
            String.format(
                Locale.ROOT, ",\"t%02d\":%.17g", (t + k * 7) % touchpoints, (1 - end) / 4));
      }
      json.append("}");
    }
    json.append("},\"outcome\":{\"name\":\"paid\",\"intercept\":0.5,\"slope\":1.2}}");
    return JourneyModel.fromJson(json.toString());
  }

  /** Writes {@code journeys} journeys of {@code model} to a temporary CSV file. */
  static Path csv(JourneyModel model, int journeys, long seed) {
    try {
      Path file = Files.createTempFile("motkit-benchmark-", ".csv");
      file.toFile().deleteOnExit();
      try (Writer out =
          new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
        new JourneySimulator(model).writeCsv(journeys, seed, out);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A log of {@code journeys} journeys of {@code model}, with their outcomes. */
  static EventLog log(JourneyModel model, int journeys, long seed) {
    Path events = csv(model, journeys, seed);
    try {
      Path outcomes = Files.createTempFile("motkit-outcomes-", ".csv");
      outcomes.toFile().deleteOnExit();
      try (Writer out = Files.newBufferedWriter(outcomes, StandardCharsets.UTF_8)) {
        new JourneySimulator(model).writeOutcomes(journeys, seed, out);
      }
      EventLog log = EventLogReader.of(Scale.likert7()).readCsv(events);
      try (var csv = io.motkit.core.csv.CsvInput.open(outcomes)) {
        return log.withOutcomes(EventLogReader.readOutcomes(csv));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
