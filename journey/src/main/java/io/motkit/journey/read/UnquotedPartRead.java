package io.motkit.journey.read;

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
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Reads one part of a CSV event log that holds no quote straight from its bytes into a {@link
 * LogAccumulator}: fields are cut at commas, and a row of ASCII fields is added by {@link
 * FieldRows} without making a String of each field. Any other row is decoded and goes through
 * {@link LogAccumulator#add}, under the same rules. A row that breaks a rule, text that is not
 * UTF-8, a quote or a lone carriage return ends the part with {@code false}: the caller then reads
 * the file sequentially, for the messages in file order. Empty lines are skipped, as the CSV parser
 * does.
 */
final class UnquotedPartRead {

  private final LogAccumulator log;
  private final String source;
  private final int columns;
  private final FieldRows rows;
  private final int[] starts;
  private final int[] ends;
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  private final FieldRows.SlowRow decodedAscii =
      (text, line) -> decoded(text, line, StandardCharsets.ISO_8859_1);

  /** Rows read (non-empty lines), accepted or not. */
  long read;

  UnquotedPartRead(LogAccumulator log, String source, List<String> header) {
    this.log = log;
    this.source = source;
    this.columns = header.size();
    this.rows = FieldRows.ofHeader(log, header);
    this.starts = rows.starts;
    this.ends = rows.ends;
  }

  /**
   * Reads the bytes [from, to) of the file, whose first line is line {@code firstLine} of the file.
   *
   * @return false if the part must be read again by the sequential reader
   */
  boolean read(FileChannel channel, long from, long to, long firstLine, LongConsumer progress)
      throws IOException {
    PartBytes bytes = new PartBytes(channel, from, to, progress);
    long line = firstLine;
    while (true) {
      if (!bytes.fill()) {
        return false;
      }
      byte[] buffer = bytes.buffer;
      int held = bytes.held;
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
      if (bytes.atEnd()) {
        if (position < held) {
          if (buffer[held - 1] == '\r') {
            return false;
          }
          ends[field] = held;
          return row(buffer, field, marks, line);
        }
        return true;
      }
      bytes.consumed(position);
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
    return rows.add(text, line, decodedAscii);
  }

  /**
   * Adds the row through {@link LogAccumulator#add} with each field decoded and trimmed, as the
   * sequential reader sees it; false when the row breaks a rule.
   */
  private boolean decoded(byte[] text, long line, java.nio.charset.Charset charset) {
    String[] fields = new String[columns];
    for (int f = 0; f < columns; f++) {
      fields[f] = new String(text, starts[f], ends[f] - starts[f], charset).trim();
    }
    try {
      log.add(new TextEventRow(source, line, fields, rows.known, rows.attributeIndex));
      return true;
    } catch (InputFormatException e) {
      return false;
    }
  }
}
