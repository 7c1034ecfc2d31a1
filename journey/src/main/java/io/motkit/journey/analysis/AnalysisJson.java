package io.motkit.journey.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.core.ConfidenceInterval;
import io.motkit.core.internal.ResultJson;
import java.util.List;
import java.util.Optional;

/**
 * The JSON fields and table rows of the pain-point and key-driver results: plain, unrounded
 * numbers, snake_case names, an interval as {@code <name>_ci_low} and {@code <name>_ci_high}.
 */
final class AnalysisJson {

  private AnalysisJson() {}

  static void painPointFields(ObjectNode root, List<TouchpointExperience> points) {
    ArrayNode array = root.putArray("touchpoints");
    for (TouchpointExperience p : points) {
      ObjectNode node = array.addObject();
      node.put("touchpoint", p.touchpoint());
      node.put("moments", p.moments());
      node.put("mean_experience", p.meanExperience());
      ResultJson.putInterval(node, "mean_experience", p.meanExperienceInterval());
      node.put("with_expectation", p.withExpectation());
      ResultJson.putOptional(node, "mean_gap", p.meanGap());
      ResultJson.putInterval(node, "mean_gap", p.meanGapInterval());
      node.put("below_adequate", p.belowAdequate());
      ResultJson.putOptional(node, "pain_share", p.painShare());
      ResultJson.putInterval(node, "pain_share", p.painShareInterval());
      node.put("above_desired", p.aboveDesired());
      ResultJson.putOptional(node, "delight_share", p.delightShare());
      ResultJson.putInterval(node, "delight_share", p.delightShareInterval());
    }
  }

  static void keyDriverFields(ObjectNode root, KeyDriverModel model) {
    root.put("outcome", model.outcome());
    root.put("journeys", model.journeys());
    root.put("r_squared", model.rSquared());
    ArrayNode drivers = root.putArray("drivers");
    for (KeyDriver d : model.drivers()) {
      drivers
          .addObject()
          .put("touchpoint", d.touchpoint())
          .put("weight", d.weight())
          .put("share", d.share())
          .put("performance", d.performance())
          .put("coverage", d.coverage());
    }
    model.constant().forEach(root.putArray("constant")::add);
  }

  /** The columns of the pain-point table, in order. */
  static final List<String> PAIN_POINT_COLUMNS =
      List.of(
          "segment",
          "touchpoint",
          "moments",
          "mean_experience",
          "mean_experience_ci_low",
          "mean_experience_ci_high",
          "with_expectation",
          "mean_gap",
          "mean_gap_ci_low",
          "mean_gap_ci_high",
          "below_adequate",
          "pain_share",
          "pain_share_ci_low",
          "pain_share_ci_high",
          "above_desired",
          "delight_share",
          "delight_share_ci_low",
          "delight_share_ci_high");

  static void painPointRows(
      io.motkit.core.csv.CsvTable table, String segment, List<TouchpointExperience> points) {
    for (TouchpointExperience p : points) {
      table.row(
          segment,
          p.touchpoint(),
          p.moments(),
          p.meanExperience(),
          low(p.meanExperienceInterval()),
          high(p.meanExperienceInterval()),
          p.withExpectation(),
          p.meanGap(),
          low(p.meanGapInterval()),
          high(p.meanGapInterval()),
          p.belowAdequate(),
          p.painShare(),
          low(p.painShareInterval()),
          high(p.painShareInterval()),
          p.aboveDesired(),
          p.delightShare(),
          low(p.delightShareInterval()),
          high(p.delightShareInterval()));
    }
  }

  /** The columns of the key-driver table, in order. */
  static final List<String> DRIVER_COLUMNS =
      List.of(
          "segment",
          "outcome",
          "touchpoint",
          "weight",
          "share",
          "performance",
          "coverage",
          "r_squared",
          "journeys");

  static void keyDriverRows(
      io.motkit.core.csv.CsvTable table, String segment, KeyDriverModel model) {
    for (KeyDriver d : model.drivers()) {
      table.row(
          segment,
          model.outcome(),
          d.touchpoint(),
          d.weight(),
          d.share(),
          d.performance(),
          d.coverage(),
          model.rSquared(),
          model.journeys());
    }
  }

  private static Optional<Double> low(Optional<ConfidenceInterval> interval) {
    return interval.map(ConfidenceInterval::low);
  }

  private static Optional<Double> high(Optional<ConfidenceInterval> interval) {
    return interval.map(ConfidenceInterval::high);
  }
}
