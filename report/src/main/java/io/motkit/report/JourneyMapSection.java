package io.motkit.report;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.core.Scale;
import io.motkit.journey.map.JourneyMap;
import io.motkit.journey.map.JourneyMapResult;
import io.motkit.journey.map.MapEdge;
import io.motkit.journey.map.MapNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/** The journey map, as a report section: its chart, caption and table. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JourneyMapSection {

  private JourneyMapSection() {}

  /**
   * The section.
   *
   * @param result the journey-map result (its whole population)
   * @param scale the scale the values are on
   * @param minShare the smallest share of journeys a path must have to be shown
   * @return the section
   */
  public static List<ReportSection> of(
      JourneyMapResult result, Optional<Scale> scale, double minShare) {
    JourneyMap map = result.map();
    List<ReportSection> sections = new ArrayList<>();
    checkArgument(
        minShare >= 0 && minShare <= 1, "minimum arrow share %s is not in [0, 1]", minShare);
    ObjectNode option = Charts.NODES.objectNode();
    option.putObject("tooltip");
    ObjectNode series = option.putArray("series").addObject();
    series.put("type", "graph").put("layout", "none").put("roam", true);
    series
        .put("left", 90)
        .put("right", 90)
        .put("top", 100)
        .put("bottom", 90)
        .put("nodeScaleRatio", 0);
    series.set("edgeSymbol", Charts.NODES.arrayNode().add("none").add("arrow"));
    series.putObject("label").put("show", true).put("distance", 6);
    series.putObject("labelLayout").put("hideOverlap", true);
    long most = map.nodes().stream().mapToLong(MapNode::moments).max().orElse(1);
    ArrayNode nodes = series.putArray("data");
    int lanes = 1 + map.nodes().stream().mapToInt(MapNode::lane).max().orElse(0);
    // The lanes are as far apart as the plot's shape allows, so that the drawing is not stretched
    // when ECharts fits the coordinates to the chart.
    double laneGap = Math.max(100, 28 * (map.nodes().size() - 1)) / (double) Math.max(1, lanes - 1);
    int lastLayer = map.nodes().stream().mapToInt(MapNode::layer).max().orElse(0);
    for (int i = 0; i < map.nodes().size(); i++) {
      MapNode n = map.nodes().get(i);
      // The layered layout is the map's own (MapNode.layer and lane); the section only scales it.
      boolean upper = n.lane() == 0;
      ObjectNode node = nodes.addObject();
      node.put("name", n.touchpoint());
      node.put("value", n.moments());
      node.put("x", n.layer() * 100).put("y", n.lane() * laneGap);
      node.put("symbolSize", 14 + 30 * Math.sqrt(n.moments() / (double) most));
      node.putObject("itemStyle")
          .put("color", scale.map(sc -> experienceColour(n.meanExperience(), sc)).orElse("#4575b4"))
          .put("borderColor", "#555555");
      String label =
          n.endProbability() >= 0.005
              ? String.format(
                  Locale.ROOT, "%s%nends %.0f%%", n.touchpoint(), 100 * n.endProbability())
              : n.touchpoint();
      ObjectNode text =
          node.putObject("label").put("position", upper ? "top" : "bottom").put("formatter", label);
      // The labels of the first and last layers run inward from their node, so that a long
      // touchpoint name at either end stays inside the chart whatever the font's widths.
      if (lastLayer > 0 && n.layer() == lastLayer) {
        text.put("align", "right");
      } else if (lastLayer > 0 && n.layer() == 0) {
        text.put("align", "left");
      }
    }
    ArrayNode links = series.putArray("links");
    List<List<String>> arrows = new ArrayList<>();
    // Where each touchpoint is drawn, for the arrows' count labels.
    java.util.Map<String, double[]> at = new java.util.HashMap<>();
    for (JsonNode node : nodes) {
      at.put(
          node.get("name").asText(),
          new double[] {node.get("x").asDouble(), node.get("y").asDouble()});
    }
    java.util.Set<String> names = new java.util.HashSet<>(at.keySet());
    int counted = 0;
    for (MapEdge e : map.edges()) {
      if (e.probability() < minShare) {
        continue;
      }
      double[] from = at.get(e.from());
      double[] to = at.get(e.to());
      if (from != null && to != null && !e.from().equals(e.to())) {
        // An arrow's count is the label of an invisible point at the middle of its curve (a
        // quadratic curve whose control point ECharts puts at the chord's middle moved by the
        // curveness across it), so that it takes part in the same overlap layout as the
        // touchpoints' names, which win where they meet: ECharts lays an arrow's own label out
        // only after it decides which labels overlap.
        double curveness = 0.2;
        double midX = (from[0] + to[0]) / 2;
        double midY = (from[1] + to[1]) / 2;
        double x = midX - 0.5 * (from[1] - to[1]) * curveness;
        double y = midY - 0.5 * (to[0] - from[0]) * curveness;
        String name = "\u0001arrow " + counted++;
        while (!names.add(name)) {
          name = name + "'";
        }
        ObjectNode count = nodes.addObject();
        count.put("name", name).put("value", 0).put("x", x).put("y", y).put("symbolSize", 1);
        count.putObject("itemStyle").put("color", "rgba(0,0,0,0)").put("borderWidth", 0);
        count.putObject("tooltip").put("show", false);
        count.putObject("emphasis").put("disabled", true);
        count
            .putObject("label")
            .put("show", true)
            .put("position", "inside")
            .put("formatter", String.valueOf(e.count()))
            .put("fontSize", 10)
            .put("color", "#555555")
            .put("backgroundColor", "#ffffff")
            .put("padding", 1);
      }
      ObjectNode link = links.addObject();
      link.put("source", e.from()).put("target", e.to()).put("value", e.count());
      link.putObject("lineStyle")
          .put("width", 1 + 6 * e.probability())
          .put("curveness", 0.2)
          .put("opacity", 0.6)
          .put("color", "#888888");
      link.putObject("tooltip")
          .put(
              "formatter",
              String.format(
                  Locale.ROOT,
                  "%s \u2192 %s: %.0f%% (%d)",
                  e.from(),
                  e.to(),
                  100 * e.probability(),
                  e.count()));
      arrows.add(
          List.of(
              e.from(),
              e.to(),
              String.valueOf(e.count()),
              String.format(Locale.ROOT, "%.1f%%", 100 * e.probability())));
    }
    sections.add(
        ReportSection.of(
            "Journey map",
            String.format(
                Locale.ROOT,
                "%d journeys, %d distinct paths. Touchpoints left to right by their typical position, sized by moments%s,"
                    + " with the share of journeys ending there; %d of %d arrows (those with at least %.0f%% of a touchpoint's"
                    + " moments followed by the next).",
                map.journeys(),
                map.variantCount(),
                scale.isPresent()
                    ? ", coloured by mean experience (red below neutral, green above)"
                    : "",
                arrows.size(),
                map.edges().size(),
                100 * minShare),
            option,
            List.of("from", "to", "moments followed", "share of the from touchpoint's moments"),
            arrows));
    return sections;
  }

  /**
   * A colour on a diverging red-yellow-green scale (ColorBrewer RdYlGn end points): neutral is pale
   * yellow, the worse end of the scale red, the better end green, whatever the scale's direction.
   */
  static String experienceColour(double mean, Scale scale) {
    double halfRange =
        scale.higherIsBetter() ? scale.max() - scale.neutral() : scale.neutral() - scale.min();
    double lowHalf =
        scale.higherIsBetter() ? scale.neutral() - scale.min() : scale.max() - scale.neutral();
    double signed = scale.higherIsBetter() ? mean - scale.neutral() : scale.neutral() - mean;
    double t =
        signed >= 0 ? signed / Math.max(halfRange, 1e-12) : signed / Math.max(lowHalf, 1e-12);
    t = Math.max(-1, Math.min(1, Double.isFinite(t) ? t : 0));
    int[] neutral = {0xff, 0xff, 0xbf};
    int[] end = t >= 0 ? new int[] {0x1a, 0x98, 0x50} : new int[] {0xd7, 0x30, 0x27};
    double a = Math.abs(t);
    return String.format(
        Locale.ROOT,
        "#%02x%02x%02x",
        Math.round(neutral[0] + a * (end[0] - neutral[0])),
        Math.round(neutral[1] + a * (end[1] - neutral[1])),
        Math.round(neutral[2] + a * (end[2] - neutral[2])));
  }
}
