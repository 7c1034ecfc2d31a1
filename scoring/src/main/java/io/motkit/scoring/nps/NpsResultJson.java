package io.motkit.scoring.nps;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.core.csv.CsvTable;
import io.motkit.core.internal.ResultJson;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The JSON and tidy CSV forms of an {@link NpsResult}: the overall counts, NPS, standard error and
 * interval (with its method and level), the same per segment, and the comparison of two segments.
 */
final class NpsResultJson {

  /** The columns of the {@code scores} table, in order. */
  static final List<String> CSV_COLUMNS =
      List.of(
          "segment",
          "n",
          "promoters",
          "passives",
          "detractors",
          "nps",
          "standard_error",
          "ci_low",
          "ci_high",
          "interval",
          "confidence");

  /** The columns of the {@code comparison} table, in order. */
  static final List<String> COMPARISON_COLUMNS =
      List.of(
          "first",
          "second",
          "difference",
          "standard_error",
          "ci_low",
          "ci_high",
          "interval",
          "confidence",
          "p_value");

  private NpsResultJson() {}

  static void write(NpsResult report, Writer out) throws IOException {
    ObjectNode root = ResultJson.document(report.provenance());
    root.setAll(result(report.overall()));
    ObjectNode segments = root.putObject("segments");
    for (Map.Entry<String, NpsEstimate> s : report.segments().entrySet()) {
      segments.set(s.getKey(), result(s.getValue()));
    }
    report
        .comparison()
        .ifPresent(
            c -> {
              ObjectNode node = root.putObject("comparison");
              node.put("first", c.first());
              node.put("second", c.second());
              node.put("difference", c.difference());
              node.put("standard_error", c.standardError());
              node.put("ci_low", c.interval().low());
              node.put("ci_high", c.interval().high());
              node.put("interval", c.interval().method());
              node.put("confidence", c.interval().level());
              node.put("p_value", c.pValue());
            });
    ResultJson.write(root, out);
  }

  static CsvTable scores(NpsResult report) {
    CsvTable table = CsvTable.of(CSV_COLUMNS.toArray(new String[0]));
    row(table, "", report.overall());
    report.segments().forEach((segment, result) -> row(table, segment, result));
    return table;
  }

  static CsvTable comparison(NpsComparison c) {
    return CsvTable.of(COMPARISON_COLUMNS.toArray(new String[0]))
        .row(
            c.first(),
            c.second(),
            c.difference(),
            c.standardError(),
            c.interval().low(),
            c.interval().high(),
            c.interval().method(),
            c.interval().level(),
            c.pValue());
  }

  private static void row(CsvTable table, String segment, NpsEstimate r) {
    table.row(
        segment,
        r.n(),
        r.promoters(),
        r.passives(),
        r.detractors(),
        r.nps(),
        r.standardError(),
        r.interval().low(),
        r.interval().high(),
        r.interval().method(),
        r.interval().level());
  }

  private static ObjectNode result(NpsEstimate r) {
    ObjectNode node = ResultJson.object();
    node.put("n", r.n());
    node.put("promoters", r.promoters());
    node.put("passives", r.passives());
    node.put("detractors", r.detractors());
    node.put("nps", r.nps());
    node.put("standard_error", r.standardError());
    node.put("ci_low", r.interval().low());
    node.put("ci_high", r.interval().high());
    node.put("interval", r.interval().method());
    node.put("confidence", r.interval().level());
    return node;
  }
}
