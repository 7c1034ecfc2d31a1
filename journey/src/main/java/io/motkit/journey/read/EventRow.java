package io.motkit.journey.read;

import io.motkit.core.csv.InputFormatException;

/** One input row, from CSV or JSON Lines: its fields as trimmed text, empty when absent. */
interface EventRow {

  /** The 1-based line the row starts on. */
  long line();

  /** The text of a known column. */
  String get(EventColumn column);

  /** The text of attribute column {@code index} of the reader's attribute columns. */
  String attribute(int index);

  /** An error about {@code column} of this row. */
  InputFormatException error(EventColumn column, String message);
}
