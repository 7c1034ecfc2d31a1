package io.motkit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/** The emotion curve of one journey, as a report section: its chart, caption and table. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EmotionCurveSection {

  private EmotionCurveSection() {}

  /**
   * The emotion curve of one journey: its values in time order, with the moments the score names as
   * peak and end marked, and the neutral level as a line.
   *
   * @param journey the journey
   * @param score the score
   * @return the emotion curve of one journey: its values in time order, with the moments the score
   *     names as peak and end marked, and the neutral level as a line
   */
  public static List<ReportSection> of(Journey journey, JourneyScore score) {
    List<ReportSection> sections = new ArrayList<>();
    ObjectNode option = Charts.NODES.objectNode();
    option.putObject("tooltip").put("trigger", "axis");
    ArrayNode labels = Charts.NODES.arrayNode();
    ArrayNode values = Charts.NODES.arrayNode();
    for (int i = 0; i < journey.size(); i++) {
      labels.add(
          journey.moment(i).touchpoint().name()
              + "\n"
              + Charts.DAY.format(journey.moment(i).start()));
      values.add(journey.moment(i).value());
    }
    ObjectNode x = option.putObject("xAxis").put("type", "category");
    x.set("data", labels);
    // Every moment is labelled where there is room; where there is not, the labels that would
    // collide are hidden (the tooltip still names each point) rather than drawn over each other.
    x.putObject("axisLabel").put("rotate", 35).put("hideOverlap", true).put("fontSize", 10);
    ObjectNode y =
        option
            .putObject("yAxis")
            .put("type", "value")
            .put("min", journey.scale().min())
            .put("max", journey.scale().max());
    y.put(
        "name",
        journey.scale().higherIsBetter()
            ? "experience (higher is better)"
            : "experience (lower is better)");
    y.put("nameLocation", "middle").put("nameGap", 38);
    option.putObject("grid").put("bottom", 120).put("left", 60).put("right", 130);
    ObjectNode series = option.putArray("series").addObject();
    series
        .put("type", "line")
        .put("name", journey.id())
        .put("smooth", false)
        .put("symbolSize", 9)
        .set("data", values);
    ArrayNode marks = series.putObject("markPoint").putArray("data");
    // One mark per moment: a moment that is both the peak and the end gets one pin naming both,
    // not two pins drawn on top of each other.
    Map<Integer, List<String>> rolesByMoment = new TreeMap<>();
    for (String role : List.of(JourneyScore.PEAK, JourneyScore.END)) {
      for (int index : score.role(role)) {
        rolesByMoment.computeIfAbsent(index, k -> new ArrayList<>()).add(role);
      }
    }
    rolesByMoment.forEach(
        (index, roles) -> {
          ObjectNode mark = marks.addObject();
          String name = String.join(" + ", roles);
          mark.put("name", name);
          mark.putArray("coord").add(index).add(journey.moment(index).value());
          mark.put("value", name);
          mark.putObject("itemStyle")
              .put(
                  "color",
                  roles.size() > 1
                      ? "#7b3294"
                      : roles.get(0).equals(JourneyScore.PEAK) ? "#c0392b" : "#2c7fb8");
        });
    series.putObject("labelLayout").put("hideOverlap", true);
    ArrayNode neutral = series.putObject("markLine").put("symbol", "none").putArray("data");
    // Both lines are labelled, at opposite ends, so that neither is mistaken for the other and
    // their labels cannot meet when the remembered value is close to neutral; the remembered
    // value's label sits right of the plot, clear of the peak and end pins.
    ObjectNode neutralLine =
        neutral.addObject().put("name", "neutral").put("yAxis", journey.scale().neutral());
    neutralLine.putObject("label").put("formatter", "neutral").put("position", "insideStartBottom");
    neutralLine.putObject("lineStyle").put("color", "#888888");
    // A remembered value off the experience scale (a sum, a count) has no place on this axis.
    double low = Math.min(journey.scale().min(), journey.scale().max());
    double high = Math.max(journey.scale().min(), journey.scale().max());
    if (score.value() >= low && score.value() <= high) {
      ObjectNode remembered =
          neutral.addObject().put("name", "remembered").put("yAxis", score.value());
      remembered
          .putObject("label")
          .put("formatter", String.format(Locale.ROOT, "remembered %.3f", score.value()))
          .put("position", "end");
      remembered.putObject("lineStyle").put("color", "#7b3294").put("type", "solid");
    }
    sections.add(
        ReportSection.of(
            "Emotion curve of journey " + journey.id(),
            String.format(
                Locale.ROOT,
                "Remembered value %.3f by %s (the solid line); the peak and the end are marked, the dashed line is the neutral level.",
                score.value(),
                score.scorerId()),
            option,
            List.of(),
            List.of()));
    return sections;
  }
}
