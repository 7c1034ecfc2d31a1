package io.motkit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.journey.analysis.KeyDriver;
import io.motkit.journey.analysis.KeyDriverModel;
import io.motkit.journey.analysis.KeyDriverResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** Key drivers, as a report section: its chart, caption and table. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class KeyDriverSection {

  private KeyDriverSection() {}

  /**
   * Key drivers: importance (share of explained variance) against performance (mean rating).
   *
   * @param result the key-driver result (its whole population)
   * @return key drivers: importance (share of explained variance) against performance (mean rating)
   */
  public static List<ReportSection> of(KeyDriverResult result) {
    KeyDriverModel report = result.model();
    List<ReportSection> sections = new ArrayList<>();
    ObjectNode option = Charts.NODES.objectNode();
    option.putObject("tooltip");
    option
        .putObject("xAxis")
        .put("type", "value")
        .put("name", "performance (mean rating)")
        .put("nameLocation", "middle")
        .put("nameGap", 30)
        .put("scale", true)
        .put("offset", Charts.LABEL_ROOM);
    option
        .putObject("yAxis")
        .put("type", "value")
        .put("name", "importance (share of R²)")
        .put("nameLocation", "middle")
        .put("nameGap", 48);
    option
        .putObject("grid")
        .put("left", 70)
        .put("right", 60)
        .put("bottom", 40 + Charts.LABEL_ROOM + 30);
    ArrayNode data = Charts.NODES.arrayNode();
    double meanPerformance = 0;
    for (KeyDriver d : report.drivers()) {
      ObjectNode point = data.addObject();
      point.put("name", d.touchpoint());
      point.putArray("value").add(d.performance()).add(d.share());
      meanPerformance += d.performance() / report.drivers().size();
    }
    ObjectNode series = option.putArray("series").addObject();
    series.put("type", "scatter").put("symbolSize", 16).set("data", data);
    series.putObject("label").put("show", true).put("formatter", "{b}").put("position", "right");
    // Labels that would collide are hidden, not stacked: a stack of shifted labels runs into the
    // axis. The table under the chart names every point.
    series.putObject("labelLayout").put("hideOverlap", true);
    ArrayNode lines = series.putObject("markLine").put("symbol", "none").putArray("data");
    lines.addObject().put("xAxis", meanPerformance);
    double equalShare = 1.0 / Math.max(1, report.drivers().size());
    double performanceLine = meanPerformance;
    lines.addObject().put("yAxis", equalShare);
    sections.add(
        ReportSection.of(
            "Key drivers of " + report.outcome(),
            String.format(
                Locale.ROOT,
                "Relative weights (Johnson 2000) over %d journeys, R² = %.3f. The dashed lines are the mean performance"
                    + " (%.2f on the rating scale) and an equal share of R² (%.3f); top left: important and weak, fix first.",
                report.journeys(),
                report.rSquared(),
                performanceLine,
                equalShare),
            option,
            List.of(
                "touchpoint",
                "quadrant",
                "share of R²",
                "relative weight",
                "performance (mean rating)",
                "coverage (share of journeys)"),
            report.drivers().stream()
                .map(
                    d ->
                        List.of(
                            d.touchpoint(),
                            quadrant(d.share() >= equalShare, d.performance() >= performanceLine),
                            Charts.fixed(d.share()),
                            Charts.fixed(d.weight()),
                            Charts.fixed(d.performance()),
                            Charts.fixed(d.coverage())))
                .collect(Collectors.toList())));
    return sections;
  }

  /** The importance-performance quadrant (Martilla and James 1977) of a driver. */
  static String quadrant(boolean important, boolean strong) {
    if (important) {
      return strong ? "important, strong: keep up" : "important, weak: fix first";
    }
    return strong
        ? "less important, strong: possible overkill"
        : "less important, weak: low priority";
  }
}
