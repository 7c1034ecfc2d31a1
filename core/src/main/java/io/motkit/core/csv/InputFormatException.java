package io.motkit.core.csv;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A field, row or header of a line-oriented input (CSV or JSON Lines) that cannot be read. The
 * message names the source (file), the line, the column and the value, for example {@code
 * scores.csv, line 7, column 'score', value '11': score must be a whole number from 0 to 10}.
 */
@API(status = STABLE, since = "0.1")
public final class InputFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The file or stream name. */
  private final String source;

  /** The 1-based line number the row starts on. */
  private final long line;

  /** The column name; empty for a problem with the whole row. */
  private final String column;

  /** The offending text; may be empty. */
  private final String value;

  /** Whether lenient reading must stop here too. */
  private final boolean fatal;

  /**
   * An exception about one field.
   *
   * @param source the file or stream name
   * @param line the 1-based line number the row starts on
   * @param column the column name, or empty for a problem with the whole row
   * @param value the offending text, or empty
   * @param message what is wrong and what is expected
   */
  public InputFormatException(
      String source, long line, String column, String value, String message) {
    this(source, line, column, value, message, false);
  }

  private InputFormatException(
      String source, long line, String column, String value, String message, boolean fatal) {
    super(describe(source, line, column, value) + message);
    this.source = source;
    this.line = line;
    this.column = column;
    this.value = value;
    this.fatal = fatal;
  }

  /**
   * A problem after which the rest of the input cannot be read reliably (text that is not UTF-8, a
   * quote that is never closed): it stops the read in lenient mode too, rather than set aside a row
   * whose end cannot be known.
   *
   * @param source the name of the source, used in messages
   * @param line the line
   * @param column the column's name
   * @param message the message
   * @return a problem after which the rest of the input cannot be read reliably (text that is not
   *     UTF-8, a quote that is never closed): it stops the read in lenient mode too, rather than
   *     set aside a row whose end cannot be known
   */
  public static InputFormatException fatal(
      String source, long line, String column, String message) {
    return new InputFormatException(source, line, column, "", message, true);
  }

  /**
   * Whether the read cannot go on after this problem, even in lenient mode.
   *
   * @return whether the read cannot go on after this problem, even in lenient mode
   */
  public boolean isFatal() {
    return fatal;
  }

  private static String describe(String source, long line, String column, String value) {
    StringBuilder text = new StringBuilder(source).append(", line ").append(line);
    if (!column.isEmpty()) {
      text.append(", column '").append(column).append('\'');
    }
    if (!value.isEmpty()) {
      text.append(", value '").append(value).append('\'');
    }
    return text.append(": ").toString();
  }

  /**
   * The file or stream the row came from.
   *
   * @return the file or stream the row came from
   */
  public String source() {
    return source;
  }

  /**
   * The 1-based line number the offending row starts on.
   *
   * @return the 1-based line number the offending row starts on
   */
  public long line() {
    return line;
  }

  /**
   * The offending column, if the problem is with one field.
   *
   * @return the offending column, if the problem is with one field
   */
  public Optional<String> column() {
    return column.isEmpty() ? Optional.empty() : Optional.of(column);
  }

  /**
   * The offending text, if any.
   *
   * @return the offending text, if any
   */
  public Optional<String> value() {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
