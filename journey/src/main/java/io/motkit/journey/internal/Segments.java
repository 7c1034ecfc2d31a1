package io.motkit.journey.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.core.analysis.Provenance;
import io.motkit.core.csv.CsvTable;
import io.motkit.core.internal.ResultJson;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * How every journey analysis runs per segment and writes its segments: the whole log, then one run
 * per value of the segment attribute; in JSON the whole log's figures at the root and each
 * segment's under {@code segments}; in CSV one long table, the whole log as the rows whose segment
 * is empty (a segment value never is).
 */
public final class Segments {

  /** The segment of the whole log in tidy tables: empty, which no segment value is. */
  public static final String ALL = "";

  private Segments() {}

  /**
   * Writes the document: provenance, the segment attribute, the whole log's fields, then the
   * segments.
   */
  public static <T> void writeJson(
      Writer out,
      Provenance provenance,
      Optional<String> attribute,
      T overall,
      Map<String, T> segments,
      BiConsumer<ObjectNode, T> fields)
      throws IOException {
    ObjectNode root = ResultJson.document(provenance);
    attribute.ifPresent(a -> root.put("segment_attribute", a));
    fields.accept(root, overall);
    ObjectNode bySegment = root.putObject("segments");
    segments.forEach((name, result) -> fields.accept(bySegment.putObject(name), result));
    ResultJson.write(root, out);
  }

  /**
   * Writes the rows of the whole log as the rows whose segment is empty (a segment value never is),
   * then each segment's.
   */
  public static <T> CsvTable table(
      List<String> columns, T overall, Map<String, T> segments, RowWriter<T> rows) {
    CsvTable table = CsvTable.of(columns.toArray(new String[0]));
    rows.write(table, ALL, overall);
    segments.forEach((name, result) -> rows.write(table, name, result));
    return table;
  }

  /** Adds the rows of one segment's result. */
  public interface RowWriter<T> {
    void write(CsvTable table, String segment, T result);
  }

  public static IllegalArgumentException noTable(
      String name, String analysis, List<String> tables) {
    return new IllegalArgumentException(
        "no table '" + name + "'; the " + analysis + " has " + tables);
  }
}
