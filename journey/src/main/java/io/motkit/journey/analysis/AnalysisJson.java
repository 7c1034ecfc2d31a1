package io.motkit.journey.analysis;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.core.ConfidenceInterval;
import io.motkit.core.internal.ResultJson;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The JSON form of the pain-point and key-driver results, as {@code motkit journeys pain-points}
 * and {@code drivers} and the Spark command write them: plain, unrounded numbers, snake_case names,
 * an interval as {@code <name>_ci_low} and {@code <name>_ci_high}.
 */
@API(status = STABLE, since = "0.1")
public final class AnalysisJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AnalysisJson() {}

  /**
   * Pain and delight points as {@code {"touchpoints": [...]}}.
   *
   * @param points the points
   * @return pain and delight points as {@code {"touchpoints": [...]}}
   */
  public static String painPoints(List<TouchpointExperience> points) {
    return write(painPointsTree(points));
  }

  /** The tree of {@link #painPoints}, for documents that nest it. */
  static ObjectNode painPointsTree(List<TouchpointExperience> points) {
    ObjectNode root = MAPPER.createObjectNode();
    painPointFields(root, points);
    return root;
  }

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

  /**
   * Key drivers: outcome, journeys, R², the drivers and the touchpoints left out as constant.
   *
   * @param report the report
   * @return key drivers: outcome, journeys, R², the drivers and the touchpoints left out as
   *     constant
   */
  public static String keyDrivers(KeyDriverModel report) {
    return write(keyDriversTree(report));
  }

  /** The tree of {@link #keyDrivers}, for documents that nest it. */
  static ObjectNode keyDriversTree(KeyDriverModel report) {
    ObjectNode root = MAPPER.createObjectNode();
    keyDriverFields(root, report);
    return root;
  }

  static void keyDriverFields(ObjectNode root, KeyDriverModel report) {
    root.put("outcome", report.outcome());
    root.put("journeys", report.journeys());
    root.put("r_squared", report.rSquared());
    ArrayNode drivers = root.putArray("drivers");
    for (KeyDriver d : report.drivers()) {
      drivers
          .addObject()
          .put("touchpoint", d.touchpoint())
          .put("weight", d.weight())
          .put("share", d.share())
          .put("performance", d.performance())
          .put("coverage", d.coverage());
    }
    report.constant().forEach(root.putArray("constant")::add);
  }

  /** The columns of {@link #painPointsCsv}, in order. */
  public static final List<String> PAIN_POINT_COLUMNS =
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

  /**
   * Pain and delight points by segment ({@code all} for a whole log) as a tidy CSV table.
   *
   * @param bySegment the results by segment
   * @return pain and delight points by segment ({@code all} for a whole log) as a tidy CSV table
   */
  public static String painPointsCsv(java.util.Map<String, List<TouchpointExperience>> bySegment) {
    io.motkit.core.csv.CsvTable table =
        io.motkit.core.csv.CsvTable.of(PAIN_POINT_COLUMNS.toArray(new String[0]));
    bySegment.forEach((segment, points) -> painPointRows(table, segment, points));
    return table.write();
  }

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

  /** The columns of {@link #keyDriversCsv}, in order. */
  public static final List<String> DRIVER_COLUMNS =
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

  /**
   * Key drivers by segment ({@code all} for a whole log) as a tidy CSV table.
   *
   * @param bySegment the results by segment
   * @return key drivers by segment ({@code all} for a whole log) as a tidy CSV table
   */
  public static String keyDriversCsv(java.util.Map<String, KeyDriverModel> bySegment) {
    io.motkit.core.csv.CsvTable table =
        io.motkit.core.csv.CsvTable.of(DRIVER_COLUMNS.toArray(new String[0]));
    bySegment.forEach((segment, report) -> keyDriverRows(table, segment, report));
    return table.write();
  }

  static void keyDriverRows(
      io.motkit.core.csv.CsvTable table, String segment, KeyDriverModel report) {
    for (KeyDriver d : report.drivers()) {
      table.row(
          segment,
          report.outcome(),
          d.touchpoint(),
          d.weight(),
          d.share(),
          d.performance(),
          d.coverage(),
          report.rSquared(),
          report.journeys());
    }
  }

  private static Optional<Double> low(Optional<ConfidenceInterval> interval) {
    return interval.map(ConfidenceInterval::low);
  }

  private static Optional<Double> high(Optional<ConfidenceInterval> interval) {
    return interval.map(ConfidenceInterval::high);
  }

  private static String write(ObjectNode root) {
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree of numbers and text always writes", e);
    }
  }
}
