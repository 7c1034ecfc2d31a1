package io.motkit.scoring.servqual;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.core.ConfidenceInterval;
import io.motkit.core.csv.CsvTable;
import io.motkit.core.internal.ResultJson;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The JSON form of a {@link ServqualResult}: per dimension and per item the mean expectation,
 * perception and gap with its interval, MSA and MSS; per dimension Cronbach's alphas and the
 * low-reliability flag; the unweighted and weighted scores and SERVPERF; optionally the same per
 * segment. The command line and the scoring server write it.
 */
final class ServqualResultJson {

  private ServqualResultJson() {}

  static void write(ServqualResult report, Writer out) throws IOException {
    ObjectNode root = ResultJson.document(report.provenance());
    tree(root, report, true);
    ResultJson.write(root, out);
  }

  /** The columns of the dimensions table, in order. */
  static final java.util.List<String> DIMENSION_COLUMNS =
      java.util.List.of(
          "segment",
          "dimension",
          "n",
          "expectation",
          "perception",
          "gap",
          "gap_ci_low",
          "gap_ci_high",
          "msa",
          "mss",
          "alpha_expectation",
          "alpha_perception",
          "low_reliability");

  /** The columns of the items table, in order. */
  static final java.util.List<String> ITEM_COLUMNS =
      java.util.List.of(
          "segment",
          "item",
          "dimension",
          "n",
          "expectation",
          "perception",
          "gap",
          "gap_ci_low",
          "gap_ci_high",
          "msa",
          "mss");

  /**
   * The dimensions as a tidy CSV table, one row per dimension and segment (the whole sample as
   * segment {@code all}); the unweighted, weighted and SERVPERF scores are in the JSON.
   */
  static CsvTable dimensions(ServqualResult report) {
    CsvTable table = CsvTable.of(DIMENSION_COLUMNS.toArray(new String[0]));
    dimensionRows(table, "", report);
    report.segments().forEach((segment, r) -> dimensionRows(table, segment, r));
    return table;
  }

  /** The columns of the scores table, in order. */
  static final java.util.List<String> SCORE_COLUMNS =
      java.util.List.of("segment", "respondents", "unweighted", "weighted", "servperf");

  /** The overall scores, one row per segment. */
  static CsvTable scores(ServqualResult report) {
    CsvTable table = CsvTable.of(SCORE_COLUMNS.toArray(new String[0]));
    table.row("", report.respondents(), report.unweighted(), report.weighted(), report.servperf());
    report
        .segments()
        .forEach(
            (segment, r) ->
                table.row(segment, r.respondents(), r.unweighted(), r.weighted(), r.servperf()));
    return table;
  }

  /** The items as a tidy CSV table, one row per item and segment. */
  static CsvTable items(ServqualResult report) {
    CsvTable table = CsvTable.of(ITEM_COLUMNS.toArray(new String[0]));
    itemRows(table, "", report);
    report.segments().forEach((segment, r) -> itemRows(table, segment, r));
    return table;
  }

  private static void dimensionRows(CsvTable table, String segment, ServqualResult report) {
    for (ServqualDimensionResult d : report.dimensions()) {
      table.row(
          segment,
          d.dimension(),
          d.n(),
          d.expectation(),
          d.perception(),
          d.gap(),
          d.gapInterval().map(ConfidenceInterval::low),
          d.gapInterval().map(ConfidenceInterval::high),
          d.msa(),
          d.mss(),
          d.alphaExpectation(),
          d.alphaPerception(),
          d.lowReliability());
    }
  }

  private static void itemRows(CsvTable table, String segment, ServqualResult report) {
    for (ServqualItemResult i : report.items()) {
      table.row(
          segment,
          i.item(),
          i.dimension(),
          i.n(),
          i.expectation(),
          i.perception(),
          i.gap(),
          i.gapInterval().map(ConfidenceInterval::low),
          i.gapInterval().map(ConfidenceInterval::high),
          i.msa(),
          i.mss());
    }
  }

  private static ObjectNode tree(ObjectNode root, ServqualResult report, boolean withSegments) {
    root.put("respondents", report.respondents());
    ArrayNode dimensions = root.putArray("dimensions");
    for (ServqualDimensionResult d : report.dimensions()) {
      ObjectNode node = dimensions.addObject();
      node.put("dimension", d.dimension());
      node.put("n", d.n());
      node.put("expectation", d.expectation());
      node.put("perception", d.perception());
      node.put("gap", d.gap());
      ResultJson.putInterval(node, "gap", d.gapInterval());
      ResultJson.putOptional(node, "msa", d.msa());
      ResultJson.putOptional(node, "mss", d.mss());
      ResultJson.putOptional(node, "alpha_expectation", d.alphaExpectation());
      ResultJson.putOptional(node, "alpha_perception", d.alphaPerception());
      node.put("low_reliability", d.lowReliability());
    }
    ArrayNode items = root.putArray("items");
    for (ServqualItemResult i : report.items()) {
      ObjectNode node = items.addObject();
      node.put("item", i.item());
      node.put("dimension", i.dimension());
      node.put("n", i.n());
      node.put("expectation", i.expectation());
      node.put("perception", i.perception());
      node.put("gap", i.gap());
      ResultJson.putInterval(node, "gap", i.gapInterval());
      ResultJson.putOptional(node, "msa", i.msa());
      ResultJson.putOptional(node, "mss", i.mss());
    }
    root.put("unweighted", report.unweighted());
    ResultJson.putOptional(root, "weighted", report.weighted());
    root.put("servperf", report.servperf());
    if (withSegments) {
      ObjectNode bySegment = root.putObject("segments");
      for (Map.Entry<String, ServqualResult> s : report.segments().entrySet()) {
        bySegment.set(s.getKey(), tree(ResultJson.object(), s.getValue(), false));
      }
    }
    return root;
  }
}
