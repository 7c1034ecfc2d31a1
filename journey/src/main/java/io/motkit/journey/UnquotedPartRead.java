package io.motkit.journey;

import io.motkit.core.Channel;
import io.motkit.core.Stage;
import io.motkit.core.Touchpoint;
import io.motkit.core.csv.InputFormatException;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads one part of a CSV event log that holds no quote straight from its bytes into a {@link
 * LogAccumulator}: fields are cut at commas, and a row of ASCII fields in the common forms (an
 * instant ending in {@code Z}, plain decimals, a journey, touchpoint and attribute values found by
 * their bytes, stage, channel and expectation as on the touchpoint's earlier rows) is added without
 * making a String of each field. Any other row is decoded and goes through {@link
 * LogAccumulator#add}, under the same rules. A row that breaks a rule, text that is not UTF-8, a
 * quote or a lone carriage return ends the part with {@code false}: the caller then reads the file
 * sequentially, for the messages in file order. Empty lines are skipped, as the CSV parser does.
 */
// Columns are looked up by the enum's position, once per file, to keep the per-row path an array
// read.
@SuppressWarnings("EnumOrdinal")
final class UnquotedPartRead {

  private final LogAccumulator log;
  private final String source;
  private final int columns;
  private final int[] known = new int[EventColumn.values().length];
  private final int[] attributeIndex;
  private final int[] detailIndex = new int[LogAccumulator.DETAIL_COLUMNS.length];
  private final int journeyColumn;
  private final int[] starts;
  private final int[] ends;
  private final ByteKeys touchpoints = new ByteKeys();
  private final ByteKeys[] attributeValues;
  private final List<@Nullable String> stageNames = new ArrayList<>();
  private final List<@Nullable String> channelLabels = new ArrayList<>();
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  /** The journey of the previous row, by its bytes; length -1 when unknown. */
  private byte[] lastJourney = new byte[32];

  private int lastJourneyLength = -1;
  private int lastJourneyIndex;

  /** Rows read (non-empty lines), accepted or not. */
  long read;

  UnquotedPartRead(LogAccumulator log, String source, List<String> header) {
    this.log = log;
    this.source = source;
    this.columns = header.size();
    for (EventColumn c : EventColumn.values()) {
      known[c.ordinal()] = header.indexOf(c.column);
    }
    attributeIndex = log.attributeNames.stream().mapToInt(header::indexOf).toArray();
    for (int d = 0; d < detailIndex.length; d++) {
      detailIndex[d] = known[LogAccumulator.DETAIL_COLUMNS[d].ordinal()];
    }
    journeyColumn = known[(log.byCustomer ? EventColumn.CUSTOMER : EventColumn.JOURNEY).ordinal()];
    starts = new int[columns];
    ends = new int[columns];
    attributeValues = new ByteKeys[attributeIndex.length];
    for (int a = 0; a < attributeValues.length; a++) {
      attributeValues[a] = new ByteKeys();
    }
  }

  /**
   * Reads the bytes [from, to) of the file, whose first line is line {@code firstLine} of the file.
   *
   * @return false if the part must be read again by the sequential reader
   */
  boolean read(FileChannel channel, long from, long to, long firstLine, LongConsumer progress)
      throws IOException {
    byte[] buffer = new byte[1 << 20];
    int held = 0;
    long at = from;
    long line = firstLine;
    while (true) {
      while (at < to && held < buffer.length) {
        int n =
            channel.read(
                ByteBuffer.wrap(buffer, held, (int) Math.min(buffer.length - held, to - at)), at);
        if (n < 0) {
          // The file is shorter than when it was measured.
          return false;
        }
        at += n;
        held += n;
        progress.accept(n);
      }
      // One pass over the bytes: every byte that matters here (comma, quote, line ends, spaces
      // and controls, and each byte of a character beyond ASCII) is below '-', so most bytes cost
      // one comparison.
      int position = 0;
      int field = 0;
      int marks = 0;
      starts[0] = 0;
      for (int i = 0; i < held; i++) {
        if (i + 8 <= held) {
          // Eight bytes at a time: the lowest byte below '-' or beyond ASCII, if any, is found
          // exactly (a borrow only ever marks bytes above it).
          long word = (long) LONGS.get(buffer, i);
          long marked = (((word - BELOW) & ~word) | word) & HIGH;
          if (marked == 0) {
            i += 7;
            continue;
          }
          i += Long.numberOfTrailingZeros(marked) >>> 3;
        }
        byte b = buffer[i];
        if (b >= '-') {
          continue;
        }
        if (b == ',') {
          if (field + 1 == columns) {
            return false;
          }
          ends[field] = i;
          starts[++field] = i + 1;
        } else if (b == '\n') {
          int end = i > position && buffer[i - 1] == '\r' ? i - 1 : i;
          ends[field] = end;
          if (end > position && !row(buffer, field, marks, line)) {
            return false;
          }
          line++;
          position = i + 1;
          field = 0;
          marks = 0;
          starts[0] = position;
        } else if (b == '"') {
          return false;
        } else if (b == '\r') {
          if (i + 1 < held && buffer[i + 1] != '\n') {
            return false;
          }
        } else {
          marks |= b < 0 ? BEYOND_ASCII : SPACE_OR_CONTROL;
        }
      }
      if (at >= to) {
        if (position < held) {
          if (buffer[held - 1] == '\r') {
            return false;
          }
          ends[field] = held;
          return row(buffer, field, marks, line);
        }
        return true;
      }
      held -= position;
      System.arraycopy(buffer, position, buffer, 0, held);
      if (held == buffer.length) {
        buffer = Arrays.copyOf(buffer, buffer.length * 2);
      }
    }
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long BELOW = 0x2d2d2d2d2d2d2d2dL;
  private static final long HIGH = 0x8080808080808080L;

  private static final int BEYOND_ASCII = 1;
  private static final int SPACE_OR_CONTROL = 2;

  /**
   * One non-empty row whose fields are cut ({@code lastField} the index of its last field), with
   * marks for bytes beyond ASCII and for spaces or controls; false if the part must be read
   * sequentially.
   */
  private boolean row(byte[] text, int lastField, int marks, long line) {
    read++;
    if (lastField + 1 != columns) {
      return false;
    }
    if ((marks & BEYOND_ASCII) != 0) {
      try {
        utf8.reset().decode(ByteBuffer.wrap(text, starts[0], ends[lastField] - starts[0]));
      } catch (CharacterCodingException e) {
        return false;
      }
      return decoded(text, line, StandardCharsets.UTF_8);
    }
    if ((marks & SPACE_OR_CONTROL) != 0) {
      for (int f = 0; f < columns; f++) {
        if (ends[f] > starts[f] && (text[starts[f]] <= ' ' || text[ends[f] - 1] <= ' ')) {
          return decoded(text, line, StandardCharsets.ISO_8859_1);
        }
      }
    }
    return ascii(text, line);
  }

  /** Adds a row of trimmed ASCII fields, or hands it to {@link #decoded} when it is not simple. */
  private boolean ascii(byte[] text, long line) {
    int js = starts[journeyColumn];
    int je = ends[journeyColumn];
    if (js == je) {
      return decoded(text, line, StandardCharsets.ISO_8859_1);
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
        return decoded(text, line, StandardCharsets.ISO_8859_1);
      }
    }
    int tc = known[EventColumn.TIMESTAMP.ordinal()];
    long start = TimestampParser.utcInstant(text, starts[tc], ends[tc]);
    if (start < TimestampParser.EARLIEST || start >= TimestampParser.AFTER_LATEST) {
      return decoded(text, line, StandardCharsets.ISO_8859_1);
    }
    int pc = known[EventColumn.TOUCHPOINT.ordinal()];
    int touchpoint = touchpoints.get(text, starts[pc], ends[pc]);
    if (touchpoint < 0) {
      touchpoint = ends[pc] > starts[pc] ? log.touchpointCode(text(text, pc)) : -1;
      if (touchpoint < 0) {
        // A new touchpoint (or none): the row's stage and channel define it.
        return decoded(text, line, StandardCharsets.ISO_8859_1);
      }
      touchpoints.put(text, starts[pc], ends[pc], touchpoint);
    }
    int vc = known[EventColumn.VALUE.ordinal()];
    double value = PlainDecimal.parse(text, starts[vc], ends[vc]);
    if (Double.isNaN(value) || !log.scale.contains(value)) {
      return decoded(text, line, StandardCharsets.ISO_8859_1);
    }
    long duration = 0;
    int dc = known[EventColumn.DURATION.ordinal()];
    if (dc >= 0 && ends[dc] > starts[dc]) {
      double seconds = PlainDecimal.parse(text, starts[dc], ends[dc]);
      if (!(seconds >= 0 && seconds <= LogAccumulator.MAX_DURATION_SECONDS)) {
        return decoded(text, line, StandardCharsets.ISO_8859_1);
      }
      duration = Math.round(seconds * 1000);
    }
    if (!sameOrEmpty(stageName(touchpoint), text, known[EventColumn.STAGE.ordinal()])
        || !sameOrEmpty(channelLabel(touchpoint), text, known[EventColumn.CHANNEL.ordinal()])) {
      return decoded(text, line, StandardCharsets.ISO_8859_1);
    }
    int expectation = expectation(text, touchpoint);
    if (expectation == NOT_SIMPLE) {
      return decoded(text, line, StandardCharsets.ISO_8859_1);
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

  /**
   * Adds the row through {@link LogAccumulator#add} with each field decoded and trimmed, as the
   * sequential reader sees it; false when the row breaks a rule.
   */
  private boolean decoded(byte[] text, long line, java.nio.charset.Charset charset) {
    lastJourneyLength = -1;
    String[] fields = new String[columns];
    for (int f = 0; f < columns; f++) {
      fields[f] = new String(text, starts[f], ends[f] - starts[f], charset).trim();
    }
    try {
      log.add(new TextEventRow(source, line, fields, known, attributeIndex));
      return true;
    } catch (InputFormatException e) {
      return false;
    }
  }
}
