package io.motkit.scoring.kano;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.core.csv.CsvTable;
import io.motkit.core.internal.ResultJson;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a {@link KanoResult}: respondents, the respondents dropped by the hygiene
 * filters, and per feature the counts by category letter, the category and runner-up, strengths,
 * Berger et al.'s (1993) better and worse, Fong's (1996) test and DuMouchel's continuous means;
 * optionally the same per segment; and the same as a tidy CSV table. The command line and the
 * scoring server write it.
 */
final class KanoResultJson {

  private KanoResultJson() {}

  static void write(KanoResult report, Writer out) throws IOException {
    ObjectNode root = ResultJson.document(report.provenance());
    root.put("respondents", report.respondents());
    root.put("dropped_questionable", report.droppedForQuestionable());
    root.put("dropped_indifferent", report.droppedForIndifferent());
    features(root.putArray("features"), report.features());
    ObjectNode segments = root.putObject("segments");
    for (Map.Entry<String, List<KanoFeatureResult>> s : report.segments().entrySet()) {
      features(segments.putArray(s.getKey()), s.getValue());
    }
    ResultJson.write(root, out);
  }

  /**
   * The report as a tidy table: one row per feature and segment, the whole sample under segment
   * {@code all}; the columns of {@link #CSV_COLUMNS}.
   */
  static CsvTable table(KanoResult report) {
    CsvTable table = CsvTable.of(CSV_COLUMNS.toArray(new String[0]));
    rows(table, "", report.features());
    report.segments().forEach((segment, features) -> rows(table, segment, features));
    return table;
  }

  /** The CSV columns, in order. */
  static final List<String> CSV_COLUMNS =
      List.of(
          "segment",
          "feature",
          "n",
          "A",
          "O",
          "M",
          "I",
          "R",
          "Q",
          "category",
          "runner_up",
          "category_strength",
          "total_strength",
          "better",
          "worse",
          "fong_significant",
          "fong_difference",
          "fong_threshold",
          "functional_mean",
          "dysfunctional_mean",
          "importance_mean");

  private static void rows(CsvTable table, String segment, List<KanoFeatureResult> features) {
    for (KanoFeatureResult f : features) {
      table.row(
          segment,
          f.feature(),
          f.n(),
          f.counts().getOrDefault(KanoCategory.ATTRACTIVE, 0),
          f.counts().getOrDefault(KanoCategory.ONE_DIMENSIONAL, 0),
          f.counts().getOrDefault(KanoCategory.MUST_BE, 0),
          f.counts().getOrDefault(KanoCategory.INDIFFERENT, 0),
          f.counts().getOrDefault(KanoCategory.REVERSE, 0),
          f.counts().getOrDefault(KanoCategory.QUESTIONABLE, 0),
          String.valueOf(f.category().letter()),
          String.valueOf(f.runnerUp().letter()),
          f.categoryStrength(),
          f.totalStrength(),
          f.better(),
          f.worse(),
          f.fongSignificant(),
          f.fongDifference(),
          f.fongThreshold(),
          f.functionalMean(),
          f.dysfunctionalMean(),
          f.importanceMean());
    }
  }

  private static void features(ArrayNode array, List<KanoFeatureResult> features) {
    for (KanoFeatureResult f : features) {
      ObjectNode node = array.addObject();
      node.put("feature", f.feature());
      node.put("n", f.n());
      ObjectNode counts = node.putObject("counts");
      for (KanoCategory c : KanoCategory.values()) {
        counts.put(String.valueOf(c.letter()), f.counts().get(c));
      }
      node.put("category", String.valueOf(f.category().letter()));
      node.put("runner_up", String.valueOf(f.runnerUp().letter()));
      node.put("category_strength", f.categoryStrength());
      node.put("total_strength", f.totalStrength());
      node.put("better", f.better());
      node.put("worse", f.worse());
      node.put("fong_significant", f.fongSignificant());
      node.put("fong_difference", f.fongDifference());
      node.put("fong_threshold", f.fongThreshold());
      node.put("functional_mean", f.functionalMean());
      node.put("dysfunctional_mean", f.dysfunctionalMean());
      if (f.importanceMean().isPresent()) {
        node.put("importance_mean", f.importanceMean().getAsDouble());
      }
    }
  }
}
