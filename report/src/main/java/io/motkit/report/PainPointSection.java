package io.motkit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.journey.analysis.PainPointResult;
import io.motkit.journey.analysis.TouchpointExperience;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/** Pain and delight points, as a report section: its chart, caption and table. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PainPointSection {

  private PainPointSection() {}

  /**
   * Pain and delight points: per touchpoint the share of moments below adequate and above desired.
   *
   * @param result the pain-point result (its whole population)
   * @return pain and delight points: per touchpoint the share of moments below adequate and above
   *     desired
   */
  public static List<ReportSection> of(PainPointResult result) {
    List<TouchpointExperience> points = result.touchpoints();
    List<ReportSection> sections = new ArrayList<>();
    ObjectNode option = Charts.NODES.objectNode();
    option.putObject("tooltip").put("trigger", "axis");
    option
        .putObject("legend")
        .putArray("data")
        .add("pain: below adequate (%)")
        .add("delight: above desired (%)");
    ArrayNode names = Charts.NODES.arrayNode();
    ArrayNode pain = Charts.NODES.arrayNode();
    ArrayNode delight = Charts.NODES.arrayNode();
    for (TouchpointExperience p : points) {
      names.add(p.touchpoint());
      pain.add(100 * p.painShare().orElse(0));
      delight.add(100 * p.delightShare().orElse(0));
    }
    option.putObject("grid").put("left", 140).put("right", 30).put("bottom", 60);
    option
        .putObject("xAxis")
        .put("type", "value")
        .put("name", "% of moments")
        .put("nameLocation", "middle")
        .put("nameGap", 28);
    option.putObject("yAxis").put("type", "category").put("inverse", true).set("data", names);
    ArrayNode series = option.putArray("series");
    series
        .addObject()
        .put("type", "bar")
        .put("name", "pain: below adequate (%)")
        .put("color", "#d7301f")
        .set("data", pain);
    series
        .addObject()
        .put("type", "bar")
        .put("name", "delight: above desired (%)")
        .put("color", "#1a9850")
        .set("data", delight);
    sections.add(
        ReportSection.of(
            "Pain and delight points",
            "Touchpoints ranked with the most painful first.",
            option,
            List.of(),
            List.of()));
    return sections;
  }
}
