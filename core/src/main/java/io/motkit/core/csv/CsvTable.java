package io.motkit.core.csv;

import static org.apiguardian.api.API.Status.STABLE;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.motkit.core.internal.PlainNumber;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A tidy table for CSV output: one header, then one row per observation, one column per variable,
 * in a fixed column order. Numbers are written in full, as Java writes doubles; an absent value is
 * an empty field. Quoting follows RFC 4180, so pandas' {@code read_csv} and R's {@code read.csv}
 * load the text with no options.
 */
@API(status = STABLE, since = "0.1")
public final class CsvTable {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  private CsvTable(List<String> header) {
    this.header = List.copyOf(header);
  }

  /**
   * An empty table with these columns.
   *
   * @param header the header's column names
   * @return an empty table with these columns
   */
  public static CsvTable of(String... header) {
    return new CsvTable(List.of(header));
  }

  /**
   * The columns.
   *
   * @return the columns
   */
  public List<String> header() {
    return header;
  }

  private static List<String> safe(List<String> cells) {
    List<String> out = new ArrayList<>(cells.size());
    for (String cell : cells) {
      out.add(excelSafe(cell));
    }
    return out;
  }

  /**
   * The cell with a leading apostrophe if a spreadsheet would take it for a formula.
   *
   * @param cell the cell
   * @return the cell with a leading apostrophe if a spreadsheet would take it for a formula
   */
  public static String excelSafe(String cell) {
    if (cell.isEmpty() || PlainNumber.isPlainDecimal(cell)) {
      return cell;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
        ? "'" + cell
        : cell;
  }

  /**
   * The rows so far, each one text per column.
   *
   * @return the rows so far, each one text per column
   */
  public List<List<String>> rows() {
    List<List<String>> copy = new ArrayList<>();
    rows.forEach(row -> copy.add(List.copyOf(row)));
    return java.util.Collections.unmodifiableList(copy);
  }

  /**
   * Adds a row: text as it is, numbers in full, an empty optional as an empty field.
   *
   * @param values the values
   * @return this table
   * @throws IllegalArgumentException if the row has not one value per column
   */
  public CsvTable row(Object... values) {
    if (values.length != header.size()) {
      throw new IllegalArgumentException(
          "a row has " + values.length + " values for " + header.size() + " columns " + header);
    }
    List<String> row = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      row.add(text(requireFinite(values[i], header.get(i))));
    }
    rows.add(row);
    return this;
  }

  /** A number that is not finite is never written as one: the run fails, naming the column. */
  private @Nullable Object requireFinite(@Nullable Object value, String column) {
    Object number =
        value instanceof OptionalDouble && ((OptionalDouble) value).isPresent()
            ? (Object) ((OptionalDouble) value).getAsDouble()
            : value instanceof Optional ? ((Optional<?>) value).orElse(null) : value;
    if ((number instanceof Double && !Double.isFinite((Double) number))
        || (number instanceof Float && !Float.isFinite((Float) number))) {
      throw new IllegalArgumentException(
          "column '"
              + column
              + "' of row "
              + (rows.size() + 1)
              + " is not a finite number ("
              + number
              + "): the arithmetic overflowed; no such value is written");
    }
    return value;
  }

  private static String text(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof OptionalDouble) {
      OptionalDouble d = (OptionalDouble) value;
      return d.isPresent() ? Double.toString(d.getAsDouble()) : "";
    }
    if (value instanceof Optional) {
      return ((Optional<?>) value).map(CsvTable::text).orElse("");
    }
    return value.toString();
  }

  /**
   * The table as CSV text, lines ending in LF.
   *
   * @return the table as CSV text, lines ending in LF
   */
  public String write() {
    return write(false);
  }

  /**
   * The table as CSV text; when {@code excelSafe}, a text cell that a spreadsheet would run as a
   * formula (one starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return)
   * gets a leading apostrophe (OWASP's advice on CSV injection). Numbers such as {@code -1.5} are
   * left as they are: they cannot be formulas.
   *
   * @param excelSafe whether to disarm cells a spreadsheet would read as a formula
   * @return the table as CSV text; when {@code excelSafe}, a text cell that a spreadsheet would run
   *     as a formula (one starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage
   *     return) gets a leading apostrophe (OWASP's advice on CSV injection)
   */
  public String write(boolean excelSafe) {
    StringWriter out = new StringWriter();
    try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
      csv.writeRecord(excelSafe ? safe(header) : header);
      for (List<String> row : rows) {
        csv.writeRecord(excelSafe ? safe(row) : row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
