package io.motkit.scoring.kano;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a {@link KanoReport}: respondents, the respondents dropped by the hygiene
 * filters, and per feature the counts by category letter, the category and runner-up, strengths,
 * Berger et al.'s (1993) better and worse, Fong's (1996) test and DuMouchel's continuous means;
 * optionally the same per segment; and the same as a tidy CSV table. The command line and the
 * scoring server write it.
 */
public final class KanoReportJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private KanoReportJson() {}

  /** The report as indented JSON, with {@code segments} when {@code withSegments}. */
  public static String write(KanoReport report, boolean withSegments) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("respondents", report.respondents());
    root.put("dropped_questionable", report.droppedForQuestionable());
    root.put("dropped_indifferent", report.droppedForIndifferent());
    features(root.putArray("features"), report.features());
    if (withSegments) {
      ObjectNode segments = root.putObject("segments");
      for (Map.Entry<String, List<KanoFeatureResult>> s : report.segments().entrySet()) {
        features(segments.putArray(s.getKey()), s.getValue());
      }
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree of numbers and text always writes", e);
    }
  }

  /**
   * The report as a tidy CSV table: one row per feature and segment, the whole sample under
   * segment {@code all}; the columns of {@link #CSV_COLUMNS}.
   */
  public static String csv(KanoReport report) {
    io.motkit.core.csv.CsvTable table = io.motkit.core.csv.CsvTable.of(CSV_COLUMNS.toArray(new String[0]));
    rows(table, "all", report.features());
    report.segments().forEach((segment, features) -> rows(table, segment, features));
    return table.write();
  }

  /** The CSV columns, in order. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "segment", "feature", "n", "A", "O", "M", "I", "R", "Q", "category", "runner_up", "category_strength",
          "total_strength", "better", "worse", "fong_significant", "fong_difference", "fong_threshold",
          "functional_mean", "dysfunctional_mean", "importance_mean");

  private static void rows(io.motkit.core.csv.CsvTable table, String segment, List<KanoFeatureResult> features) {
    for (KanoFeatureResult f : features) {
      table.row(
          segment, f.feature(), f.n(), f.counts().get(KanoCategory.ATTRACTIVE), f.counts().get(KanoCategory.ONE_DIMENSIONAL),
          f.counts().get(KanoCategory.MUST_BE), f.counts().get(KanoCategory.INDIFFERENT), f.counts().get(KanoCategory.REVERSE),
          f.counts().get(KanoCategory.QUESTIONABLE), String.valueOf(f.category().letter()), String.valueOf(f.runnerUp().letter()),
          f.categoryStrength(), f.totalStrength(), f.better(), f.worse(), f.fongSignificant(), f.fongDifference(),
          f.fongThreshold(), f.functionalMean(), f.dysfunctionalMean(), f.importanceMean());
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
