package io.motkit.cli;

import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.analysis.InputSummary;
import io.motkit.core.csv.CsvInput;
import java.util.ArrayList;
import java.util.List;
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

  /** Refuses the options of this mixin that {@code command} does not use, rather than ignore them. */
  void refuse(picocli.CommandLine.Model.CommandSpec spec, String command) {
    if (outcomes != null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--outcomes does not apply to " + command + ": it uses no outcome");
    }
    if (!measurements.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--measurement does not apply to " + command + ": it scores every moment");
    }
  }

  /** The log and the summaries of the files it was read from, for provenance. */
  AnalysisInput<EventLog> input(PrintWriter err) {
    java.util.function.Supplier<String> eventsDigest = events.equals("-") ? null : Inputs.digest(events);
    EventLog log = read(err);
    List<InputSummary> sources = new ArrayList<>();
    sources.add(
        InputSummary.of(
            events.equals("-") ? "<stdin>" : events,
            log.rowsRead(),
            log.rowsRejected(),
            (eventsDigest == null ? Inputs.digest("-") : eventsDigest).get()));
    if (outcomes != null) {
      sources.add(Inputs.summary(outcomes, outcomeRows, 0));
    }
    return AnalysisInput.of(log, sources);
  }

  private long outcomeRows;

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
        outcomeRows = csv.rowsRead();
      }
    }
    return log;
  }

  Optional<String> outcomesFile() {
    return Optional.ofNullable(outcomes);
  }
}
