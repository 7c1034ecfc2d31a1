package io.motkit.journey;

import io.motkit.core.csv.InputFormatException;
import java.util.List;

/** One input row, from CSV or JSON Lines: its fields as text by column name. */
interface EventRow {

  /** The 1-based line the row starts on. */
  long line();

  /** The trimmed text of {@code column}; empty if absent or empty. */
  String get(String column);

  /** The columns present in the input, for the extra attributes. */
  List<String> columns();

  /** An error about {@code column} of this row. */
  InputFormatException error(String column, String message);
}
