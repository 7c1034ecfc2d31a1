package io.motkit.core.analysis;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.csv.CsvTable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The result of an {@link Analysis}: it carries its provenance and writes itself as one JSON
 * document (snake_case names, provenance first) and as one or more tidy CSV tables (one row per
 * observation, one column per variable, per-segment results in long format under a {@code segment}
 * column, column order as docs/formats.md lists it).
 */
@API(status = STABLE, since = "0.1")
public interface AnalysisResult {

  /**
   * Where the result came from.
   *
   * @return where the result came from
   */
  Provenance provenance();

  /**
   * Writes the result as one indented JSON document, ending in a line break.
   *
   * @param out where to write
   * @throws IOException if writing fails
   */
  void writeJson(Writer out) throws IOException;

  /**
   * The names of the tidy tables, the main one first.
   *
   * @return the names of the tidy tables, the main one first
   */
  List<String> tableNames();

  /**
   * One tidy table.
   *
   * @param name the name
   * @return one tidy table
   * @throws IllegalArgumentException if there is no table of that name; the message lists them
   */
  CsvTable table(String name);

  /**
   * Writes one tidy table as CSV.
   *
   * @param name the name
   * @param out where to write
   * @throws IOException if writing fails
   */
  default void writeCsv(String name, Writer out) throws IOException {
    out.write(table(name).write());
  }
}
