package io.motkit.core.csv;

import static org.apiguardian.api.API.Status.STABLE;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.motkit.core.internal.PlainNumber;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * One row of a {@link CsvInput}: fields by column name, parsed strictly. Every failed read throws a
 * {@link InputFormatException} naming the source, line, column and value.
 */
@API(status = STABLE, since = "0.1")
public final class CsvRow {

  private final CsvInput input;
  private final CsvRecord record;
  private final long lineOffset;

  CsvRow(CsvInput input, CsvRecord record, long lineOffset) {
    this.input = input;
    this.record = record;
    this.lineOffset = lineOffset;
  }

  /**
   * The 1-based line number the row starts on.
   *
   * @return the 1-based line number the row starts on
   */
  public long line() {
    return record.getStartingLineNumber() + lineOffset;
  }

  /**
   * The raw text of {@code column}, trimmed; empty if the column is absent or the field empty.
   *
   * @param column the column's name
   * @return the raw text of {@code column}, trimmed; empty if the column is absent or the field
   *     empty
   */
  public String raw(String column) {
    return raw(input.indexOf(column));
  }

  /**
   * The raw text of the column at {@code index} (see {@link CsvInput#indexOf}), trimmed; empty for
   * index -1. Readers of large files look columns up once and read by index.
   *
   * @param index the index
   * @return the raw text of the column at {@code index} (see {@link CsvInput#indexOf}), trimmed;
   *     empty for index -1
   */
  public String raw(int index) {
    return index < 0 ? "" : record.getField(index).trim();
  }

  /**
   * The text of a required column.
   *
   * @param column the column's name
   * @return the text of a required column
   * @throws InputFormatException if the field is empty
   */
  public String text(String column) {
    String text = raw(column);
    if (text.isEmpty()) {
      throw error(column, text, "a value is required");
    }
    return text;
  }

  /**
   * The text of an optional column; empty if the column is absent or the field empty.
   *
   * @param column the column's name
   * @return the text of an optional column; empty if the column is absent or the field empty
   */
  public Optional<String> optionalText(String column) {
    String text = raw(column);
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /**
   * A required finite number.
   *
   * @param column the column's name
   * @return a required finite number
   * @throws InputFormatException if the field is empty, not a number, or not finite
   */
  public double number(String column) {
    return parseNumber(column, text(column));
  }

  /**
   * An optional finite number; empty if the column is absent or the field empty.
   *
   * @param column the column's name
   * @return an optional finite number; empty if the column is absent or the field empty
   * @throws InputFormatException if the field is present but not a finite number
   */
  public OptionalDouble optionalNumber(String column) {
    String text = raw(column);
    return text.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(parseNumber(column, text));
  }

  /**
   * A required whole number.
   *
   * @param column the column's name
   * @return a required whole number
   * @throws InputFormatException if the field is empty or not a whole number
   */
  public long wholeNumber(String column) {
    String text = text(column);
    try {
      return PlainNumber.parseWhole(text);
    } catch (NumberFormatException e) {
      throw error(column, text, "expected a whole number (ASCII digits)");
    }
  }

  /**
   * An exception about {@code column} of this row, quoting its value.
   *
   * @param column the column's name
   * @param message the message
   * @return an exception about {@code column} of this row, quoting its value
   */
  public InputFormatException error(String column, String message) {
    return error(column, raw(column), message);
  }

  private InputFormatException error(String column, String value, String message) {
    return new InputFormatException(input.source(), line(), column, value, message);
  }

  /**
   * Parses a plain decimal number: digits with an optional sign, point and exponent. Words such as
   * NaN or Infinity and Java's type suffixes (1d, 2f) are rejected, and a decimal comma is reported
   * as such, so that locale-formatted files fail loudly rather than parse wrongly.
   */
  private double parseNumber(String column, String text) {
    double value;
    try {
      value = PlainNumber.parse(text);
    } catch (NumberFormatException e) {
      if (PlainNumber.isPlain(text, true)) {
        throw error(column, text, "the number is out of range");
      }
      throw error(
          column,
          text,
          text.indexOf(',') >= 0
              ? "expected a number with a decimal point, not a comma"
              : "expected a number (a plain decimal such as 4 or -1.5)");
    }
    if (!Double.isFinite(value)) {
      throw error(column, text, "the number is out of range");
    }
    return value;
  }

  @Override
  public String toString() {
    return input.source() + ":" + line() + " " + record.getFields();
  }
}
