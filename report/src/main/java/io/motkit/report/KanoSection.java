package io.motkit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.scoring.kano.KanoCategory;
import io.motkit.scoring.kano.KanoFeatureResult;
import io.motkit.scoring.kano.KanoResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** The Kano grid, as a report section: its chart, caption and table. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class KanoSection {

  private KanoSection() {}

  /**
   * The Kano grid: better against the size of worse for each feature, with its category.
   *
   * @param result the Kano result (its whole sample)
   * @return the Kano grid: better against the size of worse for each feature, with its category
   */
  public static List<ReportSection> of(KanoResult result) {
    List<KanoFeatureResult> features = result.features();
    List<ReportSection> sections = new ArrayList<>();
    ObjectNode option = Charts.NODES.objectNode();
    option.putObject("tooltip");
    option
        .putObject("xAxis")
        .put("type", "value")
        .put("name", "|worse| (dissatisfaction when absent)")
        .put("nameLocation", "middle")
        .put("nameGap", 30)
        .put("min", 0)
        .put("max", 1)
        .put("offset", Charts.LABEL_ROOM);
    option
        .putObject("yAxis")
        .put("type", "value")
        .put("name", "better (satisfaction when present)")
        .put("nameLocation", "middle")
        .put("nameGap", 42)
        .put("min", 0)
        .put("max", 1);
    option
        .putObject("grid")
        .put("left", 70)
        .put("right", 60)
        .put("top", 50)
        .put("bottom", 40 + Charts.LABEL_ROOM + 30);
    // One series per category, in a colour of its own, so that the legend names the categories.
    // Every point is labelled, by its feature's name when there are few, else by its number in
    // the table under the chart. Points whose labels would meet share one label, a line per
    // feature, beside the first of them.
    boolean named = features.size() <= NAMED_FEATURES;
    Map<Integer, String> labels = labels(features, named);
    option.putObject("legend").put("top", 0).put("left", "center");
    ArrayNode series = option.putArray("series");
    for (KanoCategory category : KanoCategory.values()) {
      ArrayNode data = Charts.NODES.arrayNode();
      for (int i = 0; i < features.size(); i++) {
        KanoFeatureResult f = features.get(i);
        if (f.category() != category) {
          continue;
        }
        ObjectNode point = data.addObject();
        point.put("name", (i + 1) + " " + f.feature());
        point.putArray("value").add(-f.worse()).add(f.better());
        ObjectNode label = point.putObject("label");
        String text = labels.get(i);
        if (text == null) {
          label.put("show", false);
        } else {
          // The first line level with the point, the rest below it.
          label
              .put("formatter", text)
              .put("position", onTheRight(f) ? "right" : "left")
              .put("verticalAlign", "top")
              .putArray("offset")
              .add(0)
              .add(-7);
        }
      }
      if (data.isEmpty()) {
        continue;
      }
      ObjectNode s = series.addObject();
      s.put("type", "scatter")
          .put("name", category.label())
          .put("symbolSize", 12)
          .put("color", colour(category))
          .set("data", data);
      s.putObject("label").put("show", true).put("distance", 8);
      s.putObject("tooltip").put("formatter", "{b}<br/>|worse| {c0}, better {c1}");
    }
    // The quadrant lines belong to no category.
    ObjectNode quadrants = series.addObject();
    quadrants.put("type", "scatter").put("name", "quadrants").set("data", Charts.NODES.arrayNode());
    quadrants.put("legendHoverLink", false);
    ArrayNode lines = quadrants.putObject("markLine").put("symbol", "none").putArray("data");
    lines.addObject().put("xAxis", 0.5);
    lines.addObject().put("yAxis", 0.5);
    ArrayNode legend = ((ObjectNode) option.get("legend")).putArray("data");
    for (KanoCategory category : KanoCategory.values()) {
      if (features.stream().anyMatch(f -> f.category() == category)) {
        legend.add(category.label());
      }
    }
    sections.add(
        ReportSection.of(
            "Kano better / worse grid",
            "Berger et al. (1993): top left attractive, top right one-dimensional, bottom right must-be, bottom left indifferent.",
            option,
            List.of("#", "feature", "category", "better", "worse"),
            java.util.stream.IntStream.range(0, features.size())
                .mapToObj(
                    i ->
                        List.of(
                            String.valueOf(i + 1),
                            features.get(i).feature(),
                            features.get(i).category().label(),
                            Charts.fixed(features.get(i).better()),
                            Charts.fixed(features.get(i).worse())))
                .collect(Collectors.toList())));
    return sections;
  }

  /**
   * Whether a point's label goes to its right: on the left part of the grid, where there is room.
   */
  private static boolean onTheRight(KanoFeatureResult f) {
    return -f.worse() <= 0.6;
  }

  /**
   * The label of each point that carries one, by feature index. Labels hang down from their point
   * (their first line level with it); taking the points from the top, a point whose label would
   * meet a label already placed on its side (within a label's width in worse, and above that
   * label's last line) joins that label instead, so that every feature is named once and no two
   * labels meet. Names go one per line; numbers {@value #NUMBERS_PER_LINE} to a line.
   */
  static Map<Integer, String> labels(List<KanoFeatureResult> features, boolean named) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < features.size(); i++) {
      order.add(i);
    }
    order.sort(
        java.util.Comparator.comparing((Integer i) -> -features.get(i).better())
            .thenComparing(i -> -features.get(i).worse())
            .thenComparing(i -> i));
    List<List<Integer>> groups = new ArrayList<>();
    for (int i : order) {
      KanoFeatureResult f = features.get(i);
      List<Integer> joined = null;
      for (List<Integer> group : groups) {
        KanoFeatureResult first = features.get(group.get(0));
        if (onTheRight(first) == onTheRight(f)
            && Math.abs(first.worse() - f.worse()) < LABEL_WIDTH
            && f.better() > first.better() - LINE_HEIGHT * lines(group.size() + 1, named)) {
          joined = group;
          break;
        }
      }
      if (joined == null) {
        joined = new ArrayList<>();
        groups.add(joined);
      }
      joined.add(i);
    }
    Map<Integer, String> labels = new java.util.TreeMap<>();
    for (List<Integer> group : groups) {
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < group.size(); k++) {
        int i = group.get(k);
        if (k > 0) {
          text.append(named || k % NUMBERS_PER_LINE == 0 ? "\n" : ", ");
        }
        text.append(named ? features.get(i).feature() : String.valueOf(i + 1));
      }
      labels.put(group.get(0), text.toString());
    }
    return labels;
  }

  private static int lines(int members, boolean named) {
    return named ? members : (members + NUMBERS_PER_LINE - 1) / NUMBERS_PER_LINE;
  }

  /** Numbers on one line of a label that names points by number. */
  static final int NUMBERS_PER_LINE = 5;

  /** A line of label text, in units of better on the chart's 420-pixel height. */
  private static final double LINE_HEIGHT = 0.075;

  /** A label's width, in units of worse on a chart about 900 pixels wide. */
  private static final double LABEL_WIDTH = 0.2;

  /** Up to this many features, points are labelled by name; beyond, by their number. */
  static final int NAMED_FEATURES = 12;

  /** A colour per category, told apart also by readers with red-green colour blindness. */
  private static String colour(KanoCategory category) {
    switch (category) {
      case ATTRACTIVE:
        return "#009e73";
      case ONE_DIMENSIONAL:
        return "#0072b2";
      case MUST_BE:
        return "#d55e00";
      case INDIFFERENT:
        return "#999999";
      case REVERSE:
        return "#cc79a7";
      default:
        return "#e69f00";
    }
  }
}
