package io.motkit.journey.read;

import io.motkit.core.csv.InputFormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Reads one part of a JSON Lines event log straight from its bytes into a {@link LogAccumulator}: a
 * line that is a flat object of ASCII keys and values (strings without escapes, JSON numbers, null)
 * is cut into fields in place and added by {@link FieldRows} without a parser or a String per
 * field. Any other line (escapes, text beyond ASCII, another JSON form) is parsed as {@link
 * JsonEventRow} and goes through {@link LogAccumulator#add}, under the same rules. A line that
 * breaks a rule, text that is not UTF-8, a key outside the columns the reader was given or a lone
 * carriage return ends the part with {@code false}: the caller then reads the file sequentially.
 * Blank lines are skipped, as the sequential reader does.
 */
// Columns are looked up by the enum's position, once per file.
@SuppressWarnings("EnumOrdinal")
final class JsonLinesPartRead {

  private static final int KNOWN = EventColumn.values().length;

  private final LogAccumulator log;
  private final String source;
  private final Set<String> columns;
  private final FieldRows rows;
  private final int[] starts;
  private final int[] ends;

  /** The slot of each key a line may have, by its bytes. */
  private final ByteKeys slots = new ByteKeys();

  /** Whether a slot holds a number column, whose value must be a JSON number. */
  private final boolean[] numeric;

  /** The line a slot was last given a value on, to find a key given twice. */
  private final long[] seen;

  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  /** Lines read (non-blank), accepted or not. */
  long read;

  /**
   * A reader of lines whose keys are {@code columns} (the accumulator's columns) or any known
   * column but the journey and the customer, as the sequential reader takes them.
   */
  JsonLinesPartRead(LogAccumulator log, String source, Set<String> columns) {
    this.log = log;
    this.source = source;
    this.columns = columns;
    int[] known = new int[KNOWN];
    int slotCount = KNOWN + log.attributeNames.size();
    numeric = new boolean[slotCount];
    seen = new long[slotCount];
    Arrays.fill(seen, -1);
    for (EventColumn c : EventColumn.values()) {
      known[c.ordinal()] = c.ordinal();
      numeric[c.ordinal()] = JsonEventRow.isNumeric(c.column);
      if (allowed(c.column)) {
        byte[] key = c.column.getBytes(StandardCharsets.UTF_8);
        slots.put(key, 0, key.length, c.ordinal());
      }
    }
    int[] attributes = new int[log.attributeNames.size()];
    for (int a = 0; a < attributes.length; a++) {
      attributes[a] = KNOWN + a;
      byte[] key = log.attributeNames.get(a).getBytes(StandardCharsets.UTF_8);
      slots.put(key, 0, key.length, KNOWN + a);
    }
    rows = new FieldRows(log, known, attributes, slotCount);
    starts = rows.starts;
    ends = rows.ends;
  }

  /** Whether a line may have this key without changing the columns the sequential reader uses. */
  private boolean allowed(String key) {
    return columns.contains(key)
        || (EventColumn.isKnown(key) && !key.equals("journey") && !key.equals("customer"));
  }

  /**
   * Reads the bytes [from, to) of the file, whose first line is line {@code firstLine}.
   *
   * @return false if the file must be read again by the sequential reader
   */
  boolean read(FileChannel channel, long from, long to, long firstLine) throws IOException {
    PartBytes bytes = new PartBytes(channel, from, to, n -> {});
    long line = firstLine;
    while (true) {
      if (!bytes.fill()) {
        return false;
      }
      byte[] buffer = bytes.buffer;
      int held = bytes.held;
      int position = 0;
      for (int i = 0; i < held; i++) {
        if (buffer[i] == '\n') {
          if (!line(buffer, position, i, line)) {
            return false;
          }
          line++;
          position = i + 1;
        }
      }
      if (bytes.atEnd()) {
        return position == held || line(buffer, position, held, line);
      }
      bytes.consumed(position);
    }
  }

  /** One line [from, to) without its line feed; false if the file must be read sequentially. */
  private boolean line(byte[] text, int from, int to, long line) {
    int end = to;
    if (end > from && text[end - 1] == '\r') {
      end--;
    }
    int bits = 0;
    boolean blank = true;
    for (int i = from; i < end; i++) {
      byte b = text[i];
      bits |= b;
      if (b == '\r') {
        // A carriage return inside a line is a line break to the sequential reader.
        return false;
      }
      blank &= b == ' ' || (b >= 0x09 && b <= 0x0d) || (b >= 0x1c && b <= 0x1f);
    }
    if (blank) {
      return true;
    }
    read++;
    if (bits < 0) {
      try {
        utf8.reset().decode(ByteBuffer.wrap(text, from, end - from));
      } catch (CharacterCodingException e) {
        return false;
      }
      return parsed(text, from, end, line);
    }
    if (!object(text, from, end, line)) {
      return parsed(text, from, end, line);
    }
    lineFrom = from;
    lineEnd = end;
    return rows.add(text, line, parseLine);
  }

  /** The line {@link FieldRows} is adding, for its slow path. */
  private int lineFrom;

  private int lineEnd;
  private final FieldRows.SlowRow parseLine = (text, line) -> parsed(text, lineFrom, lineEnd, line);

  /**
   * Cuts a flat object of ASCII keys and simple values into the field slots; false when the line is
   * anything else, for the JSON parser to read.
   */
  private boolean object(byte[] t, int from, int end, long line) {
    Arrays.fill(starts, 0);
    Arrays.fill(ends, 0);
    int i = space(t, from, end);
    if (i >= end || t[i] != '{') {
      return false;
    }
    i = space(t, i + 1, end);
    if (i < end && t[i] == '}') {
      return false;
    }
    while (true) {
      if (i >= end || t[i] != '"') {
        return false;
      }
      int keyStart = i + 1;
      int keyEnd = string(t, keyStart, end);
      if (keyEnd < 0) {
        return false;
      }
      int slot = slots.get(t, keyStart, keyEnd);
      if (slot < 0 || seen[slot] == line) {
        // Another key, or a key given twice: the parser words it, or the sequential reader
        // reads the file with other columns.
        return false;
      }
      seen[slot] = line;
      i = space(t, keyEnd + 1, end);
      if (i >= end || t[i] != ':') {
        return false;
      }
      i = space(t, i + 1, end);
      if (i >= end) {
        return false;
      }
      byte b = t[i];
      if (b == '"') {
        if (numeric[slot]) {
          return false;
        }
        int valueEnd = string(t, i + 1, end);
        if (valueEnd < 0) {
          return false;
        }
        // Trimmed, as the parser's text is.
        int s = i + 1;
        int e = valueEnd;
        while (s < e && t[s] == ' ') {
          s++;
        }
        while (e > s && t[e - 1] == ' ') {
          e--;
        }
        starts[slot] = s;
        ends[slot] = e;
        i = valueEnd + 1;
      } else if (b == 'n') {
        if (i + 4 > end || t[i + 1] != 'u' || t[i + 2] != 'l' || t[i + 3] != 'l') {
          return false;
        }
        i += 4;
      } else {
        int numberEnd = number(t, i, end);
        if (numberEnd < 0) {
          return false;
        }
        starts[slot] = i;
        ends[slot] = numberEnd;
        i = numberEnd;
      }
      i = space(t, i, end);
      if (i >= end) {
        return false;
      }
      if (t[i] == ',') {
        i = space(t, i + 1, end);
        continue;
      }
      if (t[i] != '}') {
        return false;
      }
      return space(t, i + 1, end) == end;
    }
  }

  private static int space(byte[] t, int i, int end) {
    while (i < end && (t[i] == ' ' || t[i] == '\t')) {
      i++;
    }
    return i;
  }

  /** The position of the closing quote of a string without escapes or controls, else -1. */
  private static int string(byte[] t, int i, int end) {
    for (; i < end; i++) {
      byte b = t[i];
      if (b == '"') {
        return i;
      }
      if (b == '\\' || (b >= 0 && b < 0x20)) {
        return -1;
      }
    }
    return -1;
  }

  /** The end of a JSON number starting at {@code i}, or -1 when the text there is not one. */
  private static int number(byte[] t, int i, int end) {
    if (i < end && t[i] == '-') {
      i++;
    }
    if (i >= end || t[i] < '0' || t[i] > '9') {
      return -1;
    }
    if (t[i] == '0') {
      i++;
    } else {
      i = digits(t, i, end);
    }
    if (i < end && t[i] == '.') {
      int after = digits(t, i + 1, end);
      if (after == i + 1) {
        return -1;
      }
      i = after;
    }
    if (i < end && (t[i] == 'e' || t[i] == 'E')) {
      i++;
      if (i < end && (t[i] == '+' || t[i] == '-')) {
        i++;
      }
      int after = digits(t, i, end);
      if (after == i) {
        return -1;
      }
      i = after;
    }
    return i < end && (t[i] >= '0' && t[i] <= '9') ? -1 : i;
  }

  private static int digits(byte[] t, int i, int end) {
    while (i < end && t[i] >= '0' && t[i] <= '9') {
      i++;
    }
    return i;
  }

  /**
   * Adds the line [from, end) through the JSON parser and {@link LogAccumulator#add}; false when it
   * breaks a rule or names a key outside the columns.
   */
  private boolean parsed(byte[] text, int from, int end, long line) {
    String json = new String(text, from, end - from, StandardCharsets.UTF_8);
    try {
      JsonEventRow row = JsonEventRow.parse(source, line, json);
      for (String key : row.keys()) {
        if (!allowed(key)) {
          return false;
        }
      }
      row.attributeNames = log.attributeNames;
      log.add(row);
      return true;
    } catch (InputFormatException e) {
      return false;
    }
  }
}
