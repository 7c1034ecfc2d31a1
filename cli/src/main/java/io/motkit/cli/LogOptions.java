package io.motkit.cli;

import static java.util.Objects.requireNonNull;

import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.analysis.InputSummary;
import io.motkit.core.csv.CsvInput;
import io.motkit.journey.EpochUnit;
import io.motkit.journey.EventLog;
import io.motkit.journey.EventLogReader;
import io.motkit.journey.LocalTimePolicy;
import io.motkit.journey.ReadMode;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Reading an event log: the file, its scale, the reading mode, the outcomes file. */
final class LogOptions {

  @Parameters(
      index = "0",
      paramLabel = "EVENTS.csv",
      description =
          "The event log (CSV, or JSON Lines when it ends in .jsonl); - for standard input.")
  String events;

  @Mixin ScaleOptions scale = new ScaleOptions();

  @Option(
      names = "--lenient",
      description =
          "Set bad rows aside (reported on standard error) instead of stopping at the first.")
  boolean lenient;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description = "Time zone of local date-times, such as Asia/Shanghai.")
  String zone;

  @Option(
      names = "--split-gap",
      paramLabel = "DURATION",
      description = "Split journeys at gaps longer than this ISO-8601 duration, such as P30D.")
  String splitGap;

  @Option(
      names = "--epoch-unit",
      paramLabel = "UNIT",
      description =
          "The unit of numeric timestamps: ms or s (default: ${DEFAULT-VALUE}); a number that only makes sense in the other unit is an error.",
      defaultValue = "ms")
  String epochUnit;

  @Option(
      names = "--dst",
      paramLabel = "POLICY",
      description =
          "Local times that the clocks skip or repeat in --zone: reject, earlier or later (default: ${DEFAULT-VALUE}).",
      defaultValue = "reject")
  String dst;

  @Option(
      names = "--outcomes",
      paramLabel = "FILE",
      description = "Journey outcomes: journey,<outcome columns>.")
  String outcomes;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  /** Columns of the outcomes file that hold times, read as epoch milliseconds. */
  final java.util.Set<String> outcomeTimeColumns = new java.util.HashSet<>();

  @Option(
      names = "--measurement",
      split = ",",
      paramLabel = "TOUCHPOINT",
      description =
          "A touchpoint that measures the journey (a survey), left out of drivers, lifts and Markov attribution; repeatable or comma-separated.")
  java.util.List<String> measurements = new java.util.ArrayList<>();

  /**
   * The touchpoints to leave out of drivers, lifts and attribution: those named and those tagged in
   * the log.
   */
  java.util.Set<String> measurements(EventLog log) {
    java.util.Set<String> touchpoints = new java.util.TreeSet<>();
    log.touchpoints().forEach(t -> touchpoints.add(t.id()));
    for (String named : measurements) {
      if (!touchpoints.contains(named)) {
        // A misspelt measurement would otherwise stay in the analysis unnoticed.
        throw new IllegalArgumentException(
            "--measurement '"
                + named
                + "' is not a touchpoint of "
                + events
                + "; its touchpoints are "
                + (touchpoints.size() <= 20
                    ? touchpoints
                    : new java.util.ArrayList<>(touchpoints).subList(0, 20) + " and more"));
      }
    }
    java.util.Set<String> all = new java.util.TreeSet<>(measurements);
    all.addAll(log.measurementTouchpoints());
    return all;
  }

  /**
   * Refuses the options of this mixin that {@code command} does not use, rather than ignore them.
   */
  void refuse(picocli.CommandLine.Model.CommandSpec spec, String command) {
    if (outcomes != null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--outcomes does not apply to " + command + ": it uses no outcome");
    }
    if (!measurements.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--measurement does not apply to " + command + ": it scores every moment");
    }
  }

  /** Adds the files these options read to those of the run. */
  void declare(RunFiles files) {
    files.input("EVENTS", events).input("--outcomes", outcomes);
  }

  /** The log and the summaries of the files it was read from, for provenance. */
  AnalysisInput<EventLog> input(picocli.CommandLine.Model.CommandSpec spec) {
    hashEvents = true;
    EventLog log = read(spec);
    List<InputSummary> sources = new ArrayList<>();
    sources.add(
        InputSummary.of(
            events.equals("-") ? "<stdin>" : events,
            log.rowsRead(),
            log.rowsRejected(),
            requireNonNull(eventsDigest).get()));
    if (outcomes != null) {
      sources.add(Inputs.summary(outcomes, outcomeRows, 0));
    }
    return AnalysisInput.of(log, sources);
  }

  /** Whether the events are hashed as they are read: only when provenance needs it. */
  private boolean hashEvents;

  private java.util.function.@Nullable Supplier<String> eventsDigest;

  private long outcomeRows;

  /** The reader these options describe; a bad option value is a usage error naming the option. */
  EventLogReader reader(picocli.CommandLine.Model.CommandSpec spec) {
    EventLogReader.Builder reader =
        EventLogReader.builder()
            .scale(scale.scale(spec))
            .mode(lenient ? ReadMode.LENIENT : ReadMode.STRICT);
    if (zone != null) {
      try {
        reader.zone(ZoneId.of(zone));
      } catch (java.time.DateTimeException e) {
        throw usage(
            spec, "--zone", zone, "a time zone such as Europe/Berlin, Asia/Shanghai or UTC");
      }
    }
    if (splitGap != null) {
      Duration gap;
      try {
        gap = Duration.parse(splitGap);
      } catch (java.time.format.DateTimeParseException e) {
        throw usage(spec, "--split-gap", splitGap, "an ISO-8601 duration such as P30D or PT12H");
      }
      if (gap.isNegative() || gap.isZero()) {
        throw usage(spec, "--split-gap", splitGap, "a positive duration");
      }
      reader.inactivityGap(gap);
    }
    try {
      reader.epochUnit(EpochUnit.parse(epochUnit));
    } catch (IllegalArgumentException e) {
      throw usage(spec, "--epoch-unit", epochUnit, "ms or s");
    }
    try {
      reader.localTimePolicy(LocalTimePolicy.parse(dst));
    } catch (IllegalArgumentException e) {
      throw usage(spec, "--dst", dst, "reject, earlier or later");
    }
    return reader.build();
  }

  static picocli.CommandLine.ParameterException usage(
      picocli.CommandLine.Model.CommandSpec spec, String option, String value, String expected) {
    return new picocli.CommandLine.ParameterException(
        spec.commandLine(), option + ": '" + value + "' is not " + expected);
  }

  /** Reads the log, reporting rows set aside on the command's standard error. */
  EventLog read(picocli.CommandLine.Model.CommandSpec spec) {
    PrintWriter err = spec.commandLine().getErr();
    EventLogReader r = reader(spec);
    EventLog log;
    String lower = events.toLowerCase(java.util.Locale.ROOT);
    boolean jsonLines = lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
    if (Inputs.isStream(events)) {
      // A pipe or standard input is read once, in order, and hashed as it is parsed.
      if (jsonLines) {
        try (java.io.Reader input = Inputs.reader(events, quiet, err)) {
          log = r.readJsonLines(input, events);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(
              "cannot read " + events + ": " + e.getMessage(), e);
        }
      } else {
        try (CsvInput csv = Inputs.csv(events, quiet, err)) {
          log = r.readCsv(csv);
        }
      }
      eventsDigest = () -> Inputs.digestRead(events);
    } else {
      // A file is read on all cores when it is large, and hashed meanwhile on another; both
      // cover the bytes it had when the run began, and a file that changes while it is read is
      // refused. The bar follows the bytes read by all the readers.
      java.nio.file.Path file = java.nio.file.Path.of(events);
      Inputs.FileState before = Inputs.FileState.of(file);
      eventsDigest = hashEvents ? Inputs.digestOf(file, before.size()) : null;
      if (jsonLines) {
        log = r.readJsonLines(file);
      } else {
        ProgressBar bar = ProgressBar.forFile(file, events, quiet, err);
        try {
          log = r.readCsv(file, bar::advance);
        } finally {
          bar.close();
        }
      }
      before.requireUnchanged(file, events);
    }
    if (log.journeyCount() == 0) {
      // The same answer from every command: nothing to score or analyse is not a result.
      throw new IllegalArgumentException(
          (events.equals("-") ? "<stdin>" : events)
              + (log.rowsRead() == 0
                  ? " has no events (a header and no rows)"
                  : ": all " + log.rowsRead() + " rows were set aside, so there is no event left"));
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
