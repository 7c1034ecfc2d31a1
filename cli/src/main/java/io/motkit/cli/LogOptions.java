package io.motkit.cli;

import io.motkit.core.csv.CsvInput;
import io.motkit.journey.EventLog;
import io.motkit.journey.EventLogReader;
import io.motkit.journey.ReadMode;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Reading an event log: the file, its scale, the reading mode, the outcomes file. */
final class LogOptions {

  @Parameters(index = "0", paramLabel = "EVENTS.csv", description = "The event log (CSV, or JSON Lines when it ends in .jsonl); - for standard input.")
  String events;

  @Mixin ScaleOptions scale = new ScaleOptions();

  @Option(names = "--lenient", description = "Set bad rows aside (reported on standard error) instead of stopping at the first.")
  boolean lenient;

  @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone of local date-times, such as Asia/Shanghai.")
  String zone;

  @Option(names = "--split-gap", paramLabel = "DURATION", description = "Split journeys at gaps longer than this ISO-8601 duration, such as P30D.")
  String splitGap;

  @Option(names = "--outcomes", paramLabel = "FILE", description = "Journey outcomes: journey,<outcome columns>.")
  String outcomes;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  /** Columns of the outcomes file that hold times, read as epoch milliseconds. */
  final java.util.Set<String> outcomeTimeColumns = new java.util.HashSet<>();

  @Option(
      names = "--measurement",
      split = ",",
      paramLabel = "TOUCHPOINT",
      description = "A touchpoint that measures the journey (a survey), left out of drivers, lifts and Markov attribution; repeatable or comma-separated.")
  java.util.List<String> measurements = new java.util.ArrayList<>();

  /** The touchpoints to leave out of drivers, lifts and attribution: those named and those tagged in the log. */
  java.util.Set<String> measurements(EventLog log) {
    java.util.Set<String> all = new java.util.TreeSet<>(measurements);
    all.addAll(log.measurementTouchpoints());
    return all;
  }

  EventLog read(PrintWriter err) {
    EventLogReader.Builder reader = EventLogReader.builder().scale(scale.scale()).mode(lenient ? ReadMode.LENIENT : ReadMode.STRICT);
    if (zone != null) {
      reader.zone(ZoneId.of(zone));
    }
    if (splitGap != null) {
      reader.inactivityGap(Duration.parse(splitGap));
    }
    EventLogReader r = reader.build();
    EventLog log;
    if (events.endsWith(".jsonl") || events.endsWith(".ndjson")) {
      log = r.readJsonLines(Inputs.reader(events, quiet, err), events);
    } else if (!events.equals("-")) {
      // A file is read on all cores when it is large; the bar follows the bytes read by all of them.
      java.nio.file.Path file = java.nio.file.Path.of(events);
      ProgressBar bar = ProgressBar.forFile(file, events, quiet, err);
      try {
        log = r.readCsv(file, bar::advance);
      } finally {
        bar.close();
      }
    } else {
      try (CsvInput csv = Inputs.csv(events, quiet, err)) {
        log = r.readCsv(csv);
      }
    }
    if (log.rowsRejected() > 0) {
      err.printf("motkit: %d of %d rows were set aside:%n", log.rowsRejected(), log.rowsRead());
      log.rejections().stream().limit(20).forEach(row -> err.println("  " + row.reason()));
      if (log.rowsRejected() > 20) {
        err.println("  ...");
      }
      err.flush();
    }
    if (outcomes != null) {
      try (CsvInput csv = Inputs.csv(outcomes, true, err)) {
        log = log.withOutcomes(EventLogReader.readOutcomes(csv, outcomeTimeColumns));
      }
    }
    return log;
  }

  Optional<String> outcomesFile() {
    return Optional.ofNullable(outcomes);
  }
}
