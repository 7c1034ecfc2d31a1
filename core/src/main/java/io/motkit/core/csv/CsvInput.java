package io.motkit.core.csv;

import static org.apiguardian.api.API.Status.STABLE;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.motkit.core.internal.StrictUtf8Reader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apiguardian.api.API;

/**
 * A CSV file with a header row, read one row at a time so that a file larger than memory can be
 * processed. Columns are found by name, in any order; extra columns are available but need not be
 * read. Every row must have as many fields as the header. Not thread-safe; close it when done.
 */
@API(status = STABLE, since = "0.1")
public final class CsvInput implements Closeable {

  private final String source;
  private final CsvReader<CsvRecord> reader;
  private final CloseableIterator<CsvRecord> records;
  private final List<String> header;
  private final Map<String, Integer> columns;
  private final long headerLine;
  private final long lineOffset;
  private long rowsRead;

  /**
   * A part of a file that continues after a header read elsewhere; its first line is {@code
   * lineOffset + 1}.
   */
  private CsvInput(
      String source, CsvReader<CsvRecord> reader, List<String> header, long lineOffset) {
    this.source = source;
    this.reader = reader;
    this.records = reader.iterator();
    this.header = List.copyOf(header);
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      byName.put(header.get(i), i);
    }
    this.columns = byName;
    this.headerLine = 1;
    this.lineOffset = lineOffset;
  }

  private CsvInput(String source, CsvReader<CsvRecord> reader) {
    this.lineOffset = 0;
    this.source = source;
    this.reader = reader;
    this.records = reader.iterator();
    if (!hasNext()) {
      throw new InputFormatException(
          source, 1, "", "", "the file is empty; a header row is required");
    }
    CsvRecord first = nextRecord();
    this.headerLine = first.getStartingLineNumber();
    List<String> names = new ArrayList<>();
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < first.getFieldCount(); i++) {
      String name = first.getField(i);
      if (i == 0 && name.startsWith("\uFEFF")) {
        // A byte-order mark survives decoding into a Reader; it is not part of the name.
        name = name.substring(1);
      }
      name = name.trim();
      if (name.isEmpty()) {
        throw new InputFormatException(
            source, headerLine, "", "", "header column " + (i + 1) + " has no name");
      }
      if (byName.put(name, i) != null) {
        throw new InputFormatException(
            source, headerLine, name, "", "the header names this column twice");
      }
      names.add(name);
    }
    this.header = Collections.unmodifiableList(names);
    this.columns = byName;
  }

  /**
   * Opens a UTF-8 file.
   *
   * @param file the file
   * @return the input, positioned at its first data row
   * @throws UncheckedIOException if the file cannot be read
   * @throws InputFormatException if it has no header row
   */
  public static CsvInput open(Path file) {
    try {
      return of(
          new java.io.BufferedReader(
              StrictUtf8Reader.of(Files.newInputStream(file), file.toString()), 1 << 16),
          file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads from {@code reader}, naming it {@code source} in error messages.
   *
   * @param reader the text to read
   * @param source the name of the source, used in messages
   * @return the input, positioned at its first data row
   * @throws InputFormatException if there is no header row
   */
  public static CsvInput of(Reader reader, String source) {
    CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .ignoreDifferentFieldCount(true)
            .skipEmptyLines(true)
            .ofCsvRecord(reader);
    return new CsvInput(source, csv);
  }

  /**
   * Reads a part of a larger file that continues after its header: {@code reader} starts at a line
   * boundary after the header, the rows have the columns of {@code header}, and {@code firstLine}
   * is the line number of the reader's first line in the whole file, so that messages name the
   * right line. Large files are read in such parts in parallel.
   *
   * @param reader the text to read
   * @param source the name of the source, used in messages
   * @param header the header's column names
   * @param firstLine the first line
   * @return the input, positioned at the part's first row
   */
  public static CsvInput continuing(
      Reader reader, String source, List<String> header, long firstLine) {
    CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .ignoreDifferentFieldCount(true)
            .skipEmptyLines(true)
            .ofCsvRecord(reader);
    return new CsvInput(source, csv, header, firstLine - 1);
  }

  /**
   * The file or stream name used in messages.
   *
   * @return the file or stream name used in messages
   */
  public String source() {
    return source;
  }

  /**
   * The header's column names, in file order.
   *
   * @return the header's column names, in file order
   */
  public List<String> columns() {
    return header;
  }

  /**
   * Whether the header has this column.
   *
   * @param name the name
   * @return whether the header has this column
   */
  public boolean hasColumn(String name) {
    return columns.containsKey(name);
  }

  /**
   * Checks that the header has every one of {@code names}.
   *
   * @param names the names
   * @return this input
   * @throws InputFormatException naming the first missing column and listing the header
   */
  public CsvInput requireColumns(String... names) {
    for (String name : names) {
      if (!columns.containsKey(name)) {
        throw new InputFormatException(
            source, headerLine, name, "", "required column is missing; the header has " + header);
      }
    }
    return this;
  }

  /**
   * Whether another row follows.
   *
   * @return whether another row follows
   */
  public boolean hasNext() {
    try {
      return records.hasNext();
    } catch (CsvParseException e) {
      throw parseError(e);
    } catch (UncheckedIOException e) {
      throw unreadable(e);
    }
  }

  /**
   * The next row.
   *
   * @return the next row
   * @throws NoSuchElementException if there is none
   * @throws InputFormatException if the row is malformed or has a different number of fields than
   *     the header
   */
  public CsvRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more rows in " + source);
    }
    CsvRecord record = nextRecord();
    rowsRead++;
    for (int i = 0; i < record.getFieldCount(); i++) {
      String field = record.getField(i);
      if ((field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) && !hasNext()) {
        // A quote that is never closed swallows every line after it into one field of the last
        // row; read on, those lines would vanish without a word.
        throw InputFormatException.fatal(
            source,
            record.getStartingLineNumber() + lineOffset,
            i < header.size() ? header.get(i) : "",
            "a quoted field runs from here to the end of the input: a closing quote is missing");
      }
    }
    if (record.getFieldCount() != header.size()) {
      throw new InputFormatException(
          source,
          record.getStartingLineNumber() + lineOffset,
          "",
          "",
          "the row has "
              + record.getFieldCount()
              + " fields but the header has "
              + header.size()
              + " columns");
    }
    return new CsvRow(this, record, lineOffset);
  }

  private CsvRecord nextRecord() {
    try {
      return records.next();
    } catch (CsvParseException e) {
      throw parseError(e);
    } catch (UncheckedIOException e) {
      throw unreadable(e);
    }
  }

  /** The input cannot be read at all: say so with the system's reason, not the parser's words. */
  private UncheckedIOException unreadable(UncheckedIOException e) {
    String reason =
        e.getCause() != null && e.getCause().getMessage() != null
            ? e.getCause().getMessage()
            : e.getMessage();
    return new UncheckedIOException("cannot read " + source + ": " + reason, e.getCause());
  }

  private RuntimeException parseError(CsvParseException e) {
    // A reader's own error (text that is not UTF-8) reaches here wrapped by the parser, and so does
    // a failure to read at all (a folder given as a file).
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof InputFormatException) {
        return (InputFormatException) cause;
      }
      if (cause instanceof IOException) {
        return new UncheckedIOException(
            "cannot read " + source + ": " + cause.getMessage(), (IOException) cause);
      }
    }
    return new InputFormatException(source, 0, "", "", "malformed CSV: " + e.getMessage());
  }

  /**
   * Data rows returned by {@link #next()} so far.
   *
   * @return data rows returned by {@link #next()} so far
   */
  public long rowsRead() {
    return rowsRead;
  }

  /**
   * The position of {@code column} in the header, or -1 if the header does not have it.
   *
   * @param column the column's name
   * @return the position of {@code column} in the header, or -1 if the header does not have it
   */
  public int indexOf(String column) {
    Integer index = columns.get(column);
    return index == null ? -1 : index;
  }

  @Override
  public void close() {
    try {
      records.close();
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + source, e);
    }
  }
}
