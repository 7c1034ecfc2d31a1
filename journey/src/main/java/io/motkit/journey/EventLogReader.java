package io.motkit.journey;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.Journey;
import io.motkit.core.Scale;
import io.motkit.core.csv.CsvInput;
import io.motkit.core.csv.CsvRow;
import io.motkit.core.csv.InputFormatException;
import io.motkit.journey.read.CsvEventRow;
import io.motkit.journey.read.JsonLinesRead;
import io.motkit.journey.read.LogAccumulator;
import io.motkit.journey.read.LogColumns;
import io.motkit.journey.read.LogReading;
import io.motkit.journey.read.ParallelRead;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Reads event logs, one row per contact, into an {@link EventLog}. The columns ({@code
 * docs/formats.md}): {@code journey}, {@code timestamp}, {@code touchpoint}, {@code value}, and
 * optionally {@code duration_s}, {@code stage}, {@code channel}, {@code expected}, {@code
 * adequate}, {@code desired} and {@code customer}, in any order; other columns are kept as
 * attributes. Rows need not be sorted. Timestamps are ISO-8601 instants, ISO local date-times in
 * {@link #zone()}, or epoch milliseconds.
 *
 * <p>In {@link ReadMode#STRICT} mode the first bad row is an {@link InputFormatException} naming
 * the file, line, column and value; in {@link ReadMode#LENIENT} mode bad rows are set aside with
 * their reasons and the log reports rows read = accepted + rejected. Immutable configuration.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class EventLogReader {

  EventLogReader() {}

  /**
   * The scale every value and expectation is on.
   *
   * @return the scale every value and expectation is on
   */
  public abstract Scale scale();

  /**
   * What to do with bad rows; strict unless set.
   *
   * @return what to do with bad rows; strict unless set
   */
  @Value.Default
  public ReadMode mode() {
    return ReadMode.STRICT;
  }

  /**
   * The zone of local date-times; without one they are an error.
   *
   * @return the zone of local date-times; without one they are an error
   */
  public abstract Optional<ZoneId> zone();

  /**
   * If set, a journey (or, without a journey column, a customer's contacts) is split wherever two
   * consecutive contacts are further apart than this; the parts are named {@code <id>#1}, {@code
   * <id>#2}, ...
   *
   * @return the gap at which a journey or a customer's contacts are split, if set
   */
  public abstract Optional<Duration> inactivityGap();

  /**
   * The unit of numeric timestamps; milliseconds unless set.
   *
   * @return the unit of numeric timestamps; milliseconds unless set
   */
  @Value.Default
  public EpochUnit epochUnit() {
    return EpochUnit.MILLISECONDS;
  }

  /**
   * What a local time means on the days the clocks change; an error unless set.
   *
   * @return what a local time means on the days the clocks change; an error unless set
   */
  @Value.Default
  public LocalTimePolicy localTimePolicy() {
    return LocalTimePolicy.REJECT;
  }

  /**
   * Files at least this many bytes long are read on {@link #threads()} threads; 16 MiB unless set.
   * Whatever the path, the log and the messages are the same.
   *
   * @return files at least this many bytes long are read on {@link #threads()} threads; 16 MiB
   *     unless set
   */
  @Value.Default
  public long parallelThresholdBytes() {
    return DEFAULT_PARALLEL_BYTES;
  }

  /**
   * Threads for a large file; the number of cores unless set.
   *
   * @return threads for a large file; the number of cores unless set
   */
  @Value.Default
  public int threads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * A strict reader for values on {@code scale}.
   *
   * @param scale the scale the values are on
   * @return a strict reader for values on {@code scale}
   */
  public static EventLogReader of(Scale scale) {
    return builder().scale(scale).build();
  }

  /**
   * A builder; the scale is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EventLogReader}. */
  public static final class Builder extends ImmutableEventLogReader.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    checkArgument(
        parallelThresholdBytes() >= 0,
        "the parallel threshold must not be negative, found %s",
        parallelThresholdBytes());
    checkArgument(threads() >= 1, "threads must be at least 1, found %s", threads());
    inactivityGap()
        .ifPresent(
            g ->
                checkArgument(
                    !g.isNegative() && !g.isZero(),
                    "inactivity gap must be positive, found %s",
                    g));
  }

  /**
   * Reads a CSV event log from a file.
   *
   * @param file the file
   * @return the log
   * @throws InputFormatException in strict mode, naming the first bad row; in both modes for a
   *     missing required column
   * @throws UncheckedIOException if the file cannot be read
   */
  public final EventLog readCsv(Path file) {
    return readCsv(file, bytes -> {});
  }

  /** Files at least this large are read on all cores unless the reader says otherwise. */
  static final long DEFAULT_PARALLEL_BYTES = 16L << 20;

  /**
   * Reads a CSV event log from a file, calling {@code progress} with the number of bytes read as
   * reading goes (from several threads for a large file). A large file is read on all cores, giving
   * the same log and the same messages as a sequential read.
   *
   * @param file the file
   * @param progress called with the bytes read so far
   * @return the log
   * @throws InputFormatException in strict mode, naming the first bad row; in both modes for a
   *     missing required column
   * @throws UncheckedIOException if the file cannot be read
   */
  public final EventLog readCsv(Path file, java.util.function.LongConsumer progress) {
    try {
      if (threads() > 1 && Files.size(file) >= parallelThresholdBytes()) {
        LogColumns columns = ParallelRead.csv(new LogReading(this), file, threads(), progress);
        if (columns != null) {
          return wrap(columns);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    try (CsvInput csv = CsvInput.open(file)) {
      return readCsv(csv);
    }
  }

  /**
   * Reads a CSV event log.
   *
   * @param csv the CSV input
   * @return the log
   * @throws InputFormatException in strict mode, naming the first bad row; in both modes for a
   *     missing required column
   */
  public final EventLog readCsv(CsvInput csv) {
    LogReading reading = new LogReading(this);
    LogAccumulator log = reading.accumulator(csv);
    CsvEventRow.Layout layout = new CsvEventRow.Layout(csv, log.attributeNames);
    List<RejectedRow> rejected = new ArrayList<>();
    long read = 0;
    while (csv.hasNext()) {
      read++;
      try {
        CsvRow row = csv.next();
        log.add(new CsvEventRow(layout, row));
      } catch (InputFormatException e) {
        if (mode() == ReadMode.STRICT || e.isFatal()) {
          throw e;
        }
        rejected.add(
            RejectedRow.of(
                e.source(),
                e.line(),
                java.util.Objects.requireNonNullElse(e.getMessage(), "malformed")));
      }
    }
    return wrap(reading.finish(log, read, rejected));
  }

  /** The log of columns a reader left, split into sessions when an inactivity gap is set. */
  private EventLog wrap(LogColumns columns) {
    EventLog assembled = new EventLog(columns);
    return inactivityGap()
        .map(gap -> GapSplitter.split(assembled, gap.toMillis()))
        .orElse(assembled);
  }

  /**
   * Reads a JSON Lines event log from a file: one JSON object per line with the CSV's field names;
   * {@code timestamp} a string or a number of epoch milliseconds, numbers as JSON numbers.
   *
   * @param file the file
   * @return the log
   * @throws InputFormatException in strict mode, naming the first bad line
   * @throws UncheckedIOException if the file cannot be read
   */
  public final EventLog readJsonLines(Path file) {
    return wrap(new JsonLinesRead(new LogReading(this)).read(file, file.toString()));
  }

  /**
   * Reads a JSON Lines event log; blank lines are skipped.
   *
   * @param input the input
   * @param source the name of the source, used in messages
   * @return the log
   * @throws InputFormatException in strict mode, naming the first bad line
   */
  public final EventLog readJsonLines(Reader input, String source) {
    return wrap(new JsonLinesRead(new LogReading(this)).read(input, source));
  }

  /**
   * Reads a CSV event log whose rows are grouped by journey (each journey's rows together, in any
   * time order) and hands each journey to {@code sink} as soon as it is complete, holding one
   * journey in memory at a time: for logs larger than memory.
   *
   * @param csv the CSV input
   * @param sink what receives each result
   * @return how many rows were read, accepted and rejected, and the rejected rows
   * @throws InputFormatException in strict mode for the first bad row, and in both modes if a
   *     journey's rows are not together (naming the journey and line)
   */
  public final StreamSummary streamCsv(CsvInput csv, Consumer<Journey> sink) {
    checkArgument(
        inactivityGap().isEmpty(), "streaming does not split by inactivity; read the log instead");
    LogReading reading = new LogReading(this);
    LogAccumulator log = reading.accumulator(csv);
    CsvEventRow.Layout layout = new CsvEventRow.Layout(csv, log.attributeNames);
    List<RejectedRow> rejected = new ArrayList<>();
    Map<String, Long> finished = new HashMap<>();
    long read = 0;
    long accepted = 0;
    String current = null;
    while (csv.hasNext()) {
      read++;
      CsvRow row;
      try {
        row = csv.next();
      } catch (InputFormatException e) {
        if (mode() == ReadMode.STRICT || e.isFatal()) {
          throw e;
        }
        rejected.add(
            RejectedRow.of(
                e.source(),
                e.line(),
                java.util.Objects.requireNonNullElse(e.getMessage(), "malformed")));
        continue;
      }
      String journey = row.raw("journey");
      if (current != null && !journey.isEmpty() && !journey.equals(current)) {
        accepted += emit(reading, log, sink);
        finished.put(current, row.line());
        log = reading.accumulator(csv);
      }
      if (finished.containsKey(journey)) {
        throw row.error(
            "journey",
            "the rows of this journey are not together (it also appeared before line "
                + finished.get(journey)
                + "); streaming needs rows grouped by journey, so read the log instead");
      }
      if (!journey.isEmpty()) {
        current = journey;
      }
      try {
        log.add(new CsvEventRow(layout, row));
      } catch (InputFormatException e) {
        if (mode() == ReadMode.STRICT || e.isFatal()) {
          throw e;
        }
        rejected.add(
            RejectedRow.of(
                e.source(),
                e.line(),
                java.util.Objects.requireNonNullElse(e.getMessage(), "malformed")));
      }
    }
    accepted += emit(reading, log, sink);
    return ImmutableStreamSummary.builder()
        .rowsRead(read)
        .rowsAccepted(accepted)
        .addAllRejections(rejected)
        .build();
  }

  private static long emit(LogReading reading, LogAccumulator log, Consumer<Journey> sink) {
    if (log.accepted() == 0) {
      return 0;
    }
    EventLog one = new EventLog(reading.finish(log, log.accepted(), List.of()));
    for (int j = 0; j < one.journeyCount(); j++) {
      sink.accept(one.journey(j));
    }
    return one.eventCount();
  }

  /**
   * Reads journey-level outcomes: a {@code journey} column and one numeric column per outcome (an
   * empty field is a missing outcome).
   *
   * @param csv the CSV input
   * @return the outcomes by journey id, then by outcome name
   * @throws InputFormatException naming the file, line, column and value of a non-numeric field or
   *     a journey listed twice
   */
  public static Map<String, Map<String, Double>> readOutcomes(CsvInput csv) {
    return readOutcomes(csv, java.util.Set.of());
  }

  /**
   * Reads journey-level outcomes as {@link #readOutcomes(CsvInput)} does, with the columns {@code
   * timeColumns} holding ISO-8601 instants (such as {@code 2024-03-09T10:00:00Z}), read as epoch
   * milliseconds.
   *
   * @param csv the CSV input
   * @param timeColumns the time columns
   * @return the outcomes by journey id, then by outcome name
   * @throws InputFormatException naming the file, line, column and value of a field that is not a
   *     number (or an instant, in a time column), a time column that is missing, or a journey
   *     listed twice
   */
  public static Map<String, Map<String, Double>> readOutcomes(
      CsvInput csv, java.util.Set<String> timeColumns) {
    csv.requireColumns("journey");
    csv.requireColumns(timeColumns.toArray(new String[0]));
    Map<String, Map<String, Double>> outcomes = new LinkedHashMap<>();
    Map<String, Long> lines = new HashMap<>();
    while (csv.hasNext()) {
      CsvRow row = csv.next();
      String journey = row.text("journey");
      Long previous = lines.putIfAbsent(journey, row.line());
      if (previous != null) {
        throw row.error("journey", "the journey is listed twice, first on line " + previous);
      }
      Map<String, Double> values = new LinkedHashMap<>();
      for (String column : csv.columns()) {
        if (timeColumns.contains(column)) {
          Optional<String> text = row.optionalText(column);
          if (text.isPresent()) {
            try {
              values.put(column, (double) java.time.Instant.parse(text.get()).toEpochMilli());
            } catch (java.time.format.DateTimeParseException e) {
              throw row.error(column, "not an ISO-8601 instant such as 2024-03-09T10:00:00Z");
            }
          }
        } else if (!column.equals("journey")) {
          row.optionalNumber(column).ifPresent(v -> values.put(column, v));
        }
      }
      outcomes.put(journey, values);
    }
    return outcomes;
  }
}
