package io.motkit.journey.read;

import io.motkit.core.csv.CsvInput;
import io.motkit.core.csv.CsvRow;
import io.motkit.core.csv.InputFormatException;
import java.util.List;

/** A CSV row seen through {@link EventRow}. */
// Columns are looked up by the enum's position, once per file, to keep the per-row path an array
// read.
@SuppressWarnings("EnumOrdinal")
public final class CsvEventRow implements EventRow {

  /** Where the known and attribute columns of a CSV file are, looked up once per file. */
  public static final class Layout {
    final int[] known = new int[EventColumn.values().length];
    final int[] attributes;
    final CsvInput csv;

    public Layout(CsvInput csv, List<String> attributeNames) {
      this.csv = csv;
      for (EventColumn c : EventColumn.values()) {
        known[c.ordinal()] = csv.indexOf(c.column);
      }
      attributes = attributeNames.stream().mapToInt(csv::indexOf).toArray();
    }
  }

  private final Layout layout;
  private final CsvRow row;

  public CsvEventRow(Layout layout, CsvRow row) {
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
