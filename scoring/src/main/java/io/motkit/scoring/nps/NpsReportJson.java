package io.motkit.scoring.nps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The JSON form of an {@link NpsReport}: the overall counts, NPS, standard error and interval
 * (with its method and level), and optionally the same per segment; and the same as a tidy CSV
 * table. The command line and the scoring server write it.
 */
public final class NpsReportJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private NpsReportJson() {}

  /** The report as indented JSON, with {@code segments} when {@code withSegments}. */
  public static String write(NpsReport report, boolean withSegments) {
    ObjectNode root = result(report.overall());
    if (withSegments) {
      ObjectNode segments = root.putObject("segments");
      for (Map.Entry<String, NpsResult> s : report.segments().entrySet()) {
        segments.set(s.getKey(), result(s.getValue()));
      }
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree of numbers and text always writes", e);
    }
  }

  /** The CSV columns, in order. */
  public static final java.util.List<String> CSV_COLUMNS =
      java.util.List.of(
          "segment", "n", "promoters", "passives", "detractors", "nps", "standard_error", "ci_low", "ci_high", "interval",
          "confidence");

  /** The report as a tidy CSV table: the whole sample as segment {@code all}, then each segment. */
  public static String csv(NpsReport report) {
    io.motkit.core.csv.CsvTable table = io.motkit.core.csv.CsvTable.of(CSV_COLUMNS.toArray(new String[0]));
    row(table, "all", report.overall());
    report.segments().forEach((segment, result) -> row(table, segment, result));
    return table.write();
  }

  private static void row(io.motkit.core.csv.CsvTable table, String segment, NpsResult r) {
    table.row(
        segment, r.n(), r.promoters(), r.passives(), r.detractors(), r.nps(), r.standardError(), r.interval().low(),
        r.interval().high(), r.interval().method(), r.interval().level());
  }

  private static ObjectNode result(NpsResult r) {
    ObjectNode node = MAPPER.createObjectNode();
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
