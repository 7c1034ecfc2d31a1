package io.motkit.journey;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.motkit.core.Journey;
import io.motkit.core.Scale;
import io.motkit.core.csv.CsvInput;
import io.motkit.core.csv.CsvRow;
import io.motkit.core.csv.InputFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * Reads event logs, one row per contact, into an {@link EventLog}. The columns ({@code
 * docs/formats.md}): {@code journey}, {@code timestamp}, {@code touchpoint}, {@code value}, and
 * optionally {@code duration_s}, {@code stage}, {@code channel}, {@code expected}, {@code adequate},
 * {@code desired} and {@code customer}, in any order; other columns are kept as attributes. Rows
 * need not be sorted. Timestamps are ISO-8601 instants, ISO local date-times in {@link #zone()}, or
 * epoch milliseconds.
 *
 * <p>In {@link ReadMode#STRICT} mode the first bad row is an {@link InputFormatException} naming
 * the file, line, column and value; in {@link ReadMode#LENIENT} mode bad rows are set aside with
 * their reasons and the log reports rows read = accepted + rejected. Immutable configuration.
 */
@Value.Immutable
public abstract class EventLogReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  EventLogReader() {}

  /** The scale every value and expectation is on. */
  public abstract Scale scale();

  /** What to do with bad rows; strict unless set. */
  @Value.Default
  public ReadMode mode() {
    return ReadMode.STRICT;
  }

  /** The zone of local date-times; without one they are an error. */
  public abstract Optional<ZoneId> zone();

  /**
   * If set, a journey (or, without a journey column, a customer's contacts) is split wherever two
   * consecutive contacts are further apart than this; the parts are named {@code <id>#1}, {@code
   * <id>#2}, ...
   */
  public abstract Optional<Duration> inactivityGap();

  /** A strict reader for values on {@code scale}. */
  public static EventLogReader of(Scale scale) {
    return builder().scale(scale).build();
  }

  /** A builder; the scale is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EventLogReader}. */
  public static final class Builder extends ImmutableEventLogReader.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    inactivityGap()
        .ifPresent(g -> checkArgument(!g.isNegative() && !g.isZero(), "inactivity gap must be positive, found %s", g));
  }

  /**
   * Reads a CSV event log from a file.
   *
   * @throws InputFormatException in strict mode, naming the first bad row; in both modes for a
   *     missing required column
   * @throws UncheckedIOException if the file cannot be read
   */
  public final EventLog readCsv(Path file) {
    return readCsv(file, bytes -> {});
  }

  /** Files at least this large are read on all cores. */
  private static final long PARALLEL_BYTES = 16L << 20;

  /**
   * Reads a CSV event log from a file, calling {@code progress} with the number of bytes read as
   * reading goes (from several threads for a large file). A large file is read on all cores,
   * giving the same log and the same messages as a sequential read.
   *
   * @throws InputFormatException in strict mode, naming the first bad row; in both modes for a
   *     missing required column
   * @throws UncheckedIOException if the file cannot be read
   */
  public final EventLog readCsv(Path file, java.util.function.LongConsumer progress) {
    try {
      int threads = Runtime.getRuntime().availableProcessors();
      if (threads > 1 && Files.size(file) >= PARALLEL_BYTES) {
        EventLog log = ParallelCsvRead.read(this, file, threads, progress);
        if (log != null) {
          return log;
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
   * @throws InputFormatException in strict mode, naming the first bad row; in both modes for a
   *     missing required column
   */
  public final EventLog readCsv(CsvInput csv) {
    LogAccumulator log = accumulator(csv);
    CsvLayout layout = new CsvLayout(csv, log.attributeNames);
    List<RejectedRow> rejected = new ArrayList<>();
    long read = 0;
    while (csv.hasNext()) {
      read++;
      try {
        CsvRow row = csv.next();
        log.add(new CsvEventRow(layout, row));
      } catch (InputFormatException e) {
        if (mode() == ReadMode.STRICT) {
          throw e;
        }
        rejected.add(RejectedRow.of(e.source(), e.line(), e.getMessage()));
      }
    }
    return finish(log, read, rejected);
  }

  private LogAccumulator accumulator(CsvInput csv) {
    boolean byCustomer = !csv.hasColumn("journey") && inactivityGap().isPresent() && csv.hasColumn("customer");
    csv.requireColumns(byCustomer ? "customer" : "journey", "timestamp", "touchpoint", "value");
    return new LogAccumulator(csv.source(), scale(), new TimestampParser(zone()), byCustomer, csv.columns());
  }

  /** Checks the header's required columns as a sequential read would. */
  void accumulatorChecking(CsvInput csv) {
    accumulator(csv);
  }

  /** An accumulator for a part of a file whose header {@link #accumulator(CsvInput)} has checked. */
  LogAccumulator accumulator(List<String> header, String source, int capacity) {
    boolean byCustomer = !header.contains("journey") && inactivityGap().isPresent() && header.contains("customer");
    return new LogAccumulator(source, scale(), new TimestampParser(zone()), byCustomer, header, capacity);
  }

  private EventLog finish(LogAccumulator log, long read, List<RejectedRow> rejected) {
    return finish(log.merged(), read, rejected);
  }

  EventLog finish(LogAccumulator.Merged log, long read, List<RejectedRow> rejected) {
    EventLog assembled =
        EventLog.assemble(
            scale(), log.rows(), log.journeyIds(), log.customers(), log.touchpoints(), log.expectations(),
            log.attributeNames(), log.attributes(), read, rejected);
    return inactivityGap().map(gap -> GapSplitter.split(assembled, gap.toMillis())).orElse(assembled);
  }

  /**
   * Reads a JSON Lines event log from a file: one JSON object per line with the CSV's field names;
   * {@code timestamp} a string or a number of epoch milliseconds, numbers as JSON numbers.
   *
   * @throws InputFormatException in strict mode, naming the first bad line
   * @throws UncheckedIOException if the file cannot be read
   */
  public final EventLog readJsonLines(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readJsonLines(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a JSON Lines event log; blank lines are skipped.
   *
   * @throws InputFormatException in strict mode, naming the first bad line
   */
  public final EventLog readJsonLines(Reader input, String source) {
    BufferedReader reader = input instanceof BufferedReader ? (BufferedReader) input : new BufferedReader(input);
    List<JsonEventRow> pending = new ArrayList<>();
    List<RejectedRow> rejected = new ArrayList<>();
    LogAccumulator log = null;
    Set<String> columns = new HashSet<>();
    long read = 0;
    long lineNumber = 0;
    try {
      // The attribute columns are the union of all keys, so the rows are parsed first.
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        read++;
        try {
          JsonEventRow row = JsonEventRow.parse(JSON, source, lineNumber, line);
          row.node.fieldNames().forEachRemaining(columns::add);
          pending.add(row);
        } catch (InputFormatException e) {
          if (mode() == ReadMode.STRICT) {
            throw e;
          }
          rejected.add(RejectedRow.of(source, lineNumber, e.getMessage()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    List<String> ordered = new ArrayList<>(new java.util.TreeSet<>(columns));
    boolean byCustomer = !columns.contains("journey") && inactivityGap().isPresent() && columns.contains("customer");
    log = new LogAccumulator(source, scale(), new TimestampParser(zone()), byCustomer, ordered);
    for (JsonEventRow row : pending) {
      row.attributeNames = log.attributeNames;
      try {
        log.add(row);
      } catch (InputFormatException e) {
        if (mode() == ReadMode.STRICT) {
          throw e;
        }
        rejected.add(RejectedRow.of(source, row.line(), e.getMessage()));
      }
    }
    rejected.sort(java.util.Comparator.comparingLong(RejectedRow::line));
    return finish(log, read, rejected);
  }

  /**
   * Reads a CSV event log whose rows are grouped by journey (each journey's rows together, in any
   * time order) and hands each journey to {@code sink} as soon as it is complete, holding one
   * journey in memory at a time: for logs larger than memory.
   *
   * @return how many rows were read, accepted and rejected, and the rejected rows
   * @throws InputFormatException in strict mode for the first bad row, and in both modes if a
   *     journey's rows are not together (naming the journey and line)
   */
  public final StreamSummary streamCsv(CsvInput csv, Consumer<Journey> sink) {
    checkArgument(inactivityGap().isEmpty(), "streaming does not split by inactivity; read the log instead");
    LogAccumulator log = accumulator(csv);
    CsvLayout layout = new CsvLayout(csv, log.attributeNames);
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
        if (mode() == ReadMode.STRICT) {
          throw e;
        }
        rejected.add(RejectedRow.of(e.source(), e.line(), e.getMessage()));
        continue;
      }
      String journey = row.raw("journey");
      if (current != null && !journey.isEmpty() && !journey.equals(current)) {
        accepted += emit(log, rejected, sink);
        finished.put(current, row.line());
        log = accumulator(csv);
      }
      if (finished.containsKey(journey)) {
        throw row.error(
            "journey",
            "the rows of this journey are not together (it also appeared before line " + finished.get(journey)
                + "); streaming needs rows grouped by journey, so read the log instead");
      }
      if (!journey.isEmpty()) {
        current = journey;
      }
      try {
        log.add(new CsvEventRow(layout, row));
      } catch (InputFormatException e) {
        if (mode() == ReadMode.STRICT) {
          throw e;
        }
        rejected.add(RejectedRow.of(e.source(), e.line(), e.getMessage()));
      }
    }
    accepted += emit(log, rejected, sink);
    return ImmutableStreamSummary.builder()
        .rowsRead(read)
        .rowsAccepted(accepted)
        .addAllRejections(rejected)
        .build();
  }

  private long emit(LogAccumulator log, List<RejectedRow> rejected, Consumer<Journey> sink) {
    if (log.accepted() == 0) {
      return 0;
    }
    EventLog one =
        EventLog.assemble(
            scale(), log.rows, log.journeyIds, log.customers, log.touchpoints, log.expectations,
            log.attributeNames, log.attributes, log.accepted(), List.of());
    for (int j = 0; j < one.journeyCount(); j++) {
      sink.accept(one.journey(j));
    }
    return one.eventCount();
  }

  /**
   * Reads journey-level outcomes: a {@code journey} column and one numeric column per outcome (an
   * empty field is a missing outcome).
   *
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
   * @throws InputFormatException naming the file, line, column and value of a field that is not a
   *     number (or an instant, in a time column), a time column that is missing, or a journey
   *     listed twice
   */
  public static Map<String, Map<String, Double>> readOutcomes(CsvInput csv, java.util.Set<String> timeColumns) {
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

  /** Where the known and attribute columns of a CSV file are, looked up once per file. */
  static final class CsvLayout {
    final int[] known = new int[EventColumn.values().length];
    final int[] attributes;
    final CsvInput csv;

    CsvLayout(CsvInput csv, List<String> attributeNames) {
      this.csv = csv;
      for (EventColumn c : EventColumn.values()) {
        known[c.ordinal()] = csv.indexOf(c.column);
      }
      attributes = attributeNames.stream().mapToInt(csv::indexOf).toArray();
    }
  }

  /** A CSV row seen through {@link EventRow}. */
  static final class CsvEventRow implements EventRow {
    private final CsvLayout layout;
    private final CsvRow row;

    CsvEventRow(CsvLayout layout, CsvRow row) {
      this.layout = layout;
      this.row = row;
    }

    @Override
    public long line() {
      return row.line();
    }

    @Override
    public String get(EventColumn column) {
      return row.raw(layout.known[column.ordinal()]);
    }

    @Override
    public String attribute(int index) {
      return row.raw(layout.attributes[index]);
    }

    @Override
    public InputFormatException error(EventColumn column, String message) {
      return row.error(column.column, message);
    }
  }

  /** A JSON Lines row seen through {@link EventRow}; numbers must be JSON numbers. */
  private static final class JsonEventRow implements EventRow {
    private static final Set<String> NUMERIC = Set.of("value", "duration_s", "expected", "adequate", "desired", "importance", "appearance", "behaviour", "communication");

    private final String source;
    private final long line;
    final JsonNode node;
    List<String> attributeNames = List.of();

    private JsonEventRow(String source, long line, JsonNode node) {
      this.source = source;
      this.line = line;
      this.node = node;
    }

    static JsonEventRow parse(ObjectMapper json, String source, long line, String text) {
      JsonNode node;
      try {
        node = json.readTree(text);
      } catch (IOException e) {
        throw new InputFormatException(source, line, "", "", "malformed JSON: " + e.getMessage().split("\n")[0]);
      }
      if (node == null || !node.isObject()) {
        throw new InputFormatException(source, line, "", "", "each line must be a JSON object");
      }
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode v = field.getValue();
        if (NUMERIC.contains(field.getKey()) && !v.isNull() && !v.isNumber()) {
          throw new InputFormatException(source, line, field.getKey(), v.asText(), "expected a JSON number");
        }
        if (!v.isValueNode()) {
          throw new InputFormatException(source, line, field.getKey(), "", "expected a string or a number, not " + v.getNodeType());
        }
      }
      return new JsonEventRow(source, line, node);
    }

    @Override
    public long line() {
      return line;
    }

    private String text(String column) {
      JsonNode v = node.get(column);
      if (v == null || v.isNull()) {
        return "";
      }
      return v.isNumber() ? v.numberValue().toString() : v.asText().trim();
    }

    @Override
    public String get(EventColumn column) {
      return text(column.column);
    }

    @Override
    public String attribute(int index) {
      return text(attributeNames.get(index));
    }

    @Override
    public InputFormatException error(EventColumn column, String message) {
      return new InputFormatException(source, line, column.column, get(column), message);
    }
  }
}
