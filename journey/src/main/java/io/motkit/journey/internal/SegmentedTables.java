package io.motkit.journey.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.core.analysis.Provenance;
import io.motkit.core.csv.CsvTable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * How a journey analysis's result writes itself when it holds one finding for every journey and one
 * per segment: in JSON the whole population's fields at the root (after the provenance) and each
 * segment's under {@code segments}; in CSV one long table per kind of row, the whole population as
 * segment {@code all}. Each result names its JSON fields and its tables once; this does the rest
 * the same way for all of them.
 *
 * @param <T> the finding of one part (a model, a list of rows)
 */
public final class SegmentedTables<T> {

  private final String what;
  private final T overall;
  private final Map<String, T> segments;
  private final BiConsumer<ObjectNode, T> fields;
  private final Map<String, Table<T>> tables = new LinkedHashMap<>();

  private SegmentedTables(
      String what, T overall, Map<String, T> segments, BiConsumer<ObjectNode, T> fields) {
    this.what = what;
    this.overall = overall;
    this.segments = segments;
    this.fields = fields;
  }

  /**
   * The tables of a result.
   *
   * @param <T> the finding of one part
   * @param what the result's name in messages, such as {@code Markov result}
   * @param overall the finding for every journey
   * @param segments the finding per segment, in segment order
   * @param fields writes a finding's JSON fields into an object
   * @return the tables, none yet
   */
  public static <T> SegmentedTables<T> of(
      String what, T overall, Map<String, T> segments, BiConsumer<ObjectNode, T> fields) {
    return new SegmentedTables<>(what, overall, segments, fields);
  }

  /**
   * These tables and one more.
   *
   * @param name the table's name
   * @param columns its columns, {@code segment} first
   * @param rows writes a part's rows
   * @return these tables and one more
   */
  public SegmentedTables<T> with(String name, List<String> columns, Segments.RowWriter<T> rows) {
    tables.put(name, new Table<>(columns, rows));
    return this;
  }

  /**
   * Writes the result as one JSON document: provenance, segment attribute, fields, segments.
   *
   * @param out where to write
   * @param provenance the result's provenance
   * @param attribute the segment attribute, if any
   * @throws IOException if writing fails
   */
  public void writeJson(Writer out, Provenance provenance, Optional<String> attribute)
      throws IOException {
    Segments.writeJson(out, provenance, attribute, overall, segments, fields);
  }

  /**
   * The tables' names, the main one first.
   *
   * @return the tables' names, the main one first
   */
  public List<String> names() {
    return new ArrayList<>(tables.keySet());
  }

  /**
   * One table, the whole population then each segment.
   *
   * @param name the table's name
   * @return the table
   * @throws IllegalArgumentException if there is no such table; the message lists them
   */
  public CsvTable table(String name) {
    Table<T> table = tables.get(name);
    if (table == null) {
      throw Segments.noTable(name, what, names());
    }
    return Segments.table(table.columns, overall, segments, table.rows);
  }

  private static final class Table<T> {
    final List<String> columns;
    final Segments.RowWriter<T> rows;

    Table(List<String> columns, Segments.RowWriter<T> rows) {
      this.columns = columns;
      this.rows = rows;
    }
  }
}
