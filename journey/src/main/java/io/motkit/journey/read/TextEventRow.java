package io.motkit.journey.read;

import io.motkit.core.csv.InputFormatException;

/** A row already cut into trimmed fields, with the positions of the known and attribute columns. */
// Columns are looked up by the enum's position, as in CsvEventRow.
@SuppressWarnings("EnumOrdinal")
final class TextEventRow implements EventRow {

  private final String source;
  private final long line;
  private final String[] fields;
  private final int[] known;
  private final int[] attributes;

  TextEventRow(String source, long line, String[] fields, int[] known, int[] attributes) {
    this.source = source;
    this.line = line;
    this.fields = fields;
    this.known = known;
    this.attributes = attributes;
  }

  @Override
  public long line() {
    return line;
  }

  @Override
  public String get(EventColumn column) {
    int index = known[column.ordinal()];
    return index < 0 ? "" : fields[index];
  }

  @Override
  public String attribute(int index) {
    return fields[attributes[index]];
  }

  @Override
  public InputFormatException error(EventColumn column, String message) {
    return new InputFormatException(source, line, column.column, get(column), message);
  }
}
