package io.motkit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.scoring.kano.KanoFeatureResult;
import io.motkit.scoring.kano.KanoResult;
import java.util.ArrayList;
import java.util.List;
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
        .put("bottom", 40 + Charts.LABEL_ROOM + 30);
    ArrayNode data = Charts.NODES.arrayNode();
    for (KanoFeatureResult f : features) {
      ObjectNode point = data.addObject();
      point.put("name", f.feature() + " (" + f.category().letter() + ")");
      point.putArray("value").add(-f.worse()).add(f.better());
    }
    ObjectNode series = option.putArray("series").addObject();
    series.put("type", "scatter").put("symbolSize", 14).set("data", data);
    series.putObject("label").put("show", true).put("formatter", "{b}").put("position", "right");
    // Labels that would collide are hidden, not stacked: a stack of shifted labels runs into the
    // axis. The table under the chart names every point.
    series.putObject("labelLayout").put("hideOverlap", true);
    ArrayNode lines = series.putObject("markLine").put("symbol", "none").putArray("data");
    lines.addObject().put("xAxis", 0.5);
    lines.addObject().put("yAxis", 0.5);
    sections.add(
        ReportSection.of(
            "Kano better / worse grid",
            "Berger et al. (1993): top left attractive, top right one-dimensional, bottom right must-be, bottom left indifferent.",
            option,
            List.of("feature", "category", "better", "worse"),
            features.stream()
                .map(
                    f ->
                        List.of(
                            f.feature(),
                            f.category().label(),
                            Charts.fixed(f.better()),
                            Charts.fixed(f.worse())))
                .collect(Collectors.toList())));
    return sections;
  }
}
