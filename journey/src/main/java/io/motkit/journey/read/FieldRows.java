package io.motkit.journey.read;

import io.motkit.core.Channel;
import io.motkit.core.Stage;
import io.motkit.core.Touchpoint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one row as byte ranges of the file's text, and how a row of ASCII fields in the
 * common forms (an instant ending in {@code Z}, plain decimals, a journey, touchpoint and attribute
 * values found by their bytes, stage, channel and expectation as on the touchpoint's earlier rows)
 * is added to a {@link LogAccumulator} without making a String of each field: the rules of {@link
 * LogAccumulator#add}, checked on the bytes. Any other row goes to a slower path that decodes it
 * and adds it through {@link LogAccumulator#add}. Shared by the CSV and JSON Lines readers of a
 * part of a file.
 */
// Columns are looked up by the enum's position, once per file, to keep the per-row path an array
// read.
@SuppressWarnings("EnumOrdinal")
final class FieldRows {

  /** Adds a row that is not simple by decoding it; false when it breaks a rule. */
  @FunctionalInterface
  interface SlowRow {
    boolean add(byte[] text, long line);
  }

  private final LogAccumulator log;

  /** The slot of each known column in {@link #starts} and {@link #ends}, -1 when absent. */
  final int[] known = new int[EventColumn.values().length];

  /** The slot of each of the accumulator's attribute columns. */
  final int[] attributeIndex;

  private final int[] detailIndex = new int[LogAccumulator.DETAIL_COLUMNS.length];
  private final int journeyColumn;

  /** Field {@code k} of the current row is bytes [starts[k], ends[k]) of the text. */
  final int[] starts;

  final int[] ends;

  private final ByteKeys touchpoints = new ByteKeys();
  private final ByteKeys[] attributeValues;
  private final List<@Nullable String> stageNames = new ArrayList<>();
  private final List<@Nullable String> channelLabels = new ArrayList<>();

  /** The journey of the previous row, by its bytes; length -1 when unknown. */
  private byte[] lastJourney = new byte[32];

  private int lastJourneyLength = -1;
  private int lastJourneyIndex;

  /**
   * Rows of {@code slots} fields whose known columns are in the slots {@code known} gives (by the
   * enum's order; -1 when absent) and whose attribute columns are in {@code attributeIndex}.
   */
  FieldRows(LogAccumulator log, int[] known, int[] attributeIndex, int slots) {
    this.log = log;
    System.arraycopy(known, 0, this.known, 0, this.known.length);
    this.attributeIndex = attributeIndex.clone();
    for (int d = 0; d < detailIndex.length; d++) {
      detailIndex[d] = known[LogAccumulator.DETAIL_COLUMNS[d].ordinal()];
    }
    journeyColumn = known[(log.byCustomer ? EventColumn.CUSTOMER : EventColumn.JOURNEY).ordinal()];
    starts = new int[slots];
    ends = new int[slots];
    attributeValues = new ByteKeys[attributeIndex.length];
    for (int a = 0; a < attributeValues.length; a++) {
      attributeValues[a] = new ByteKeys();
    }
  }

  /** Rows with the columns of a CSV header, in its order. */
  static FieldRows ofHeader(LogAccumulator log, List<String> header) {
    int[] known = new int[EventColumn.values().length];
    for (EventColumn c : EventColumn.values()) {
      known[c.ordinal()] = header.indexOf(c.column);
    }
    return new FieldRows(
        log, known, log.attributeNames.stream().mapToInt(header::indexOf).toArray(), header.size());
  }

  private boolean slow(SlowRow slow, byte[] text, long line) {
    // The slow path may add a journey the bytes of the previous row no longer name.
    lastJourneyLength = -1;
    return slow.add(text, line);
  }

  /**
   * Adds a row of trimmed ASCII fields at {@link #starts} and {@link #ends}, or hands it to {@code
   * slow} when it is not simple; false when the part must be read sequentially.
   */
  boolean add(byte[] text, long line, SlowRow slow) {
    int js = starts[journeyColumn];
    int je = ends[journeyColumn];
    if (js == je) {
      return slow(slow, text, line);
    }
    int journey =
        je - js == lastJourneyLength
                && Arrays.equals(text, js, je, lastJourney, 0, lastJourneyLength)
            ? lastJourneyIndex
            : log.journeyIds.find(text, js, je);
    String newCustomer = null;
    int customerColumn = known[EventColumn.CUSTOMER.ordinal()];
    if (!log.byCustomer && customerColumn >= 0 && ends[customerColumn] > starts[customerColumn]) {
      String knownCustomer = journey < 0 ? null : log.customers.get(journey);
      if (knownCustomer == null) {
        newCustomer = text(text, customerColumn);
      } else if (!same(knownCustomer, text, customerColumn)) {
        return slow(slow, text, line);
      }
    }
    int tc = known[EventColumn.TIMESTAMP.ordinal()];
    long start = TimestampParser.utcInstant(text, starts[tc], ends[tc]);
    if (start < TimestampParser.EARLIEST || start >= TimestampParser.AFTER_LATEST) {
      return slow(slow, text, line);
    }
    int pc = known[EventColumn.TOUCHPOINT.ordinal()];
    int touchpoint = touchpoints.get(text, starts[pc], ends[pc]);
    if (touchpoint < 0) {
      touchpoint = ends[pc] > starts[pc] ? log.touchpointCode(text(text, pc)) : -1;
      if (touchpoint < 0) {
        // A new touchpoint (or none): the row's stage and channel define it.
        return slow(slow, text, line);
      }
      touchpoints.put(text, starts[pc], ends[pc], touchpoint);
    }
    int vc = known[EventColumn.VALUE.ordinal()];
    double value = PlainDecimal.parse(text, starts[vc], ends[vc]);
    if (Double.isNaN(value) || !log.scale.contains(value)) {
      return slow(slow, text, line);
    }
    long duration = 0;
    int dc = known[EventColumn.DURATION.ordinal()];
    if (dc >= 0 && ends[dc] > starts[dc]) {
      double seconds = PlainDecimal.parse(text, starts[dc], ends[dc]);
      if (!(seconds >= 0 && seconds <= LogAccumulator.MAX_DURATION_SECONDS)) {
        return slow(slow, text, line);
      }
      duration = Math.round(seconds * 1000);
    }
    if (!sameOrEmpty(stageName(touchpoint), text, known[EventColumn.STAGE.ordinal()])
        || !sameOrEmpty(channelLabel(touchpoint), text, known[EventColumn.CHANNEL.ordinal()])) {
      return slow(slow, text, line);
    }
    int expectation = expectation(text, touchpoint);
    if (expectation == NOT_SIMPLE) {
      return slow(slow, text, line);
    }

    // Every field is good: intern and append, as LogAccumulator.add does.
    if (journey < 0) {
      journey = log.newJourney(text, js, je, newCustomer);
    } else if (newCustomer != null) {
      log.customers.set(journey, newCustomer);
    }
    int length = je - js;
    if (length > lastJourney.length) {
      lastJourney = new byte[Math.max(length, lastJourney.length * 2)];
    }
    System.arraycopy(text, js, lastJourney, 0, length);
    lastJourneyLength = length;
    lastJourneyIndex = journey;
    int row = log.rows.size;
    log.rows.add(journey, touchpoint, start, duration, value, expectation);
    for (int a = 0; a < attributeIndex.length; a++) {
      int c = attributeIndex[a];
      int code = -1;
      if (ends[c] > starts[c]) {
        code = attributeValues[a].get(text, starts[c], ends[c]);
        if (code < 0) {
          code = log.attributes.get(a).intern(text(text, c));
          attributeValues[a].put(text, starts[c], ends[c], code);
        }
      }
      log.attributes.get(a).set(row, code);
    }
    return true;
  }

  private static final int NOT_SIMPLE = -2;

  /** -1 for no expectation, the code of the touchpoint's last one when the text repeats it. */
  private int expectation(byte[] text, int touchpoint) {
    boolean empty = true;
    for (int column : detailIndex) {
      empty &= column < 0 || ends[column] == starts[column];
    }
    if (empty) {
      return -1;
    }
    String[] last = log.lastExpectationText(touchpoint);
    if (last == null) {
      return NOT_SIMPLE;
    }
    byte[][] bytes = detailBytes(touchpoint, last);
    if (bytes == null) {
      return NOT_SIMPLE;
    }
    for (int d = 0; d < detailIndex.length; d++) {
      int column = detailIndex[d];
      byte[] expected = bytes[d];
      if (column < 0) {
        if (expected.length != 0) {
          return NOT_SIMPLE;
        }
        continue;
      }
      int from = starts[column];
      if (ends[column] - from != expected.length) {
        return NOT_SIMPLE;
      }
      for (int i = 0; i < expected.length; i++) {
        if (expected[i] != text[from + i]) {
          return NOT_SIMPLE;
        }
      }
    }
    return log.lastExpectationCode(touchpoint);
  }

  /**
   * The bytes of a touchpoint's last expectation text, made again whenever the accumulator has
   * replaced that text; null when it is not all ASCII, and so never equal to an ASCII row.
   */
  private byte @Nullable [][] detailBytes(int touchpoint, String[] last) {
    if (touchpoint >= detailSources.length) {
      int capacity = Math.max(touchpoint + 1, detailSources.length * 2);
      detailSources = Arrays.copyOf(detailSources, capacity);
      details = Arrays.copyOf(details, capacity);
    }
    if (detailSources[touchpoint] != last) {
      byte[][] bytes = new byte[last.length][];
      for (int d = 0; d < last.length; d++) {
        for (int i = 0; i < last[d].length(); i++) {
          if (last[d].charAt(i) >= 0x80) {
            bytes = null;
            break;
          }
        }
        if (bytes == null) {
          break;
        }
        bytes[d] = last[d].getBytes(StandardCharsets.ISO_8859_1);
      }
      detailSources[touchpoint] = last;
      details[touchpoint] = bytes;
    }
    return details[touchpoint];
  }

  /** Per touchpoint, the expectation text {@link #details} was made from, and those bytes. */
  private String[][] detailSources = new String[16][];

  private byte[][][] details = new byte[16][][];

  private @Nullable String stageName(int touchpoint) {
    while (stageNames.size() <= touchpoint) {
      Touchpoint t = log.touchpoints.get(stageNames.size());
      stageNames.add(t.stage().map(Stage::name).orElse(null));
      channelLabels.add(t.channel().map(Channel::label).orElse(null));
    }
    return stageNames.get(touchpoint);
  }

  private @Nullable String channelLabel(int touchpoint) {
    stageName(touchpoint);
    return channelLabels.get(touchpoint);
  }

  /** Whether the field is absent or empty, or holds exactly {@code expected}. */
  private boolean sameOrEmpty(@Nullable String expected, byte[] text, int column) {
    if (column < 0 || ends[column] == starts[column]) {
      return true;
    }
    return expected != null && same(expected, text, column);
  }

  /** Whether the ASCII field holds exactly {@code expected}. */
  private boolean same(String expected, byte[] text, int column) {
    int from = starts[column];
    int length = ends[column] - from;
    if (expected.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (expected.charAt(i) != text[from + i]) {
        return false;
      }
    }
    return true;
  }

  private String text(byte[] text, int column) {
    return new String(
        text, starts[column], ends[column] - starts[column], StandardCharsets.ISO_8859_1);
  }
}
