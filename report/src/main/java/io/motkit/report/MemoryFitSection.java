package io.motkit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/** A memory-model fit, as a report section: its chart, caption and table. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MemoryFitSection {

  private MemoryFitSection() {}

  /**
   * A memory-model fit: the best model's out-of-fold predictions against the observed ratings (at
   * most 2,000 journeys drawn, evenly spaced), and every model's out-of-fold RMSE with its
   * bootstrap interval, R², AIC and the comparison with the best.
   *
   * @param report the report
   * @return a memory-model fit: the best model's out-of-fold predictions against the observed
   *     ratings (at most 2,000 journeys drawn, evenly spaced), and every model's out-of-fold RMSE
   *     with its bootstrap interval, R², AIC and the comparison with the best
   */
  public static List<ReportSection> of(io.motkit.journey.fit.FitReport report) {
    List<ReportSection> sections = new ArrayList<>();
    ObjectNode scatter = Charts.NODES.objectNode();
    scatter.putObject("tooltip");
    scatter.putObject("grid").put("left", 70).put("right", 40).put("bottom", 60);
    scatter
        .putObject("xAxis")
        .put("type", "value")
        .put("name", "predicted out of fold")
        .put("nameLocation", "middle")
        .put("nameGap", 30)
        .put("scale", true);
    scatter
        .putObject("yAxis")
        .put("type", "value")
        .put("name", "observed rating")
        .put("nameLocation", "middle")
        .put("nameGap", 45)
        .put("scale", true);
    ArrayNode points = Charts.NODES.arrayNode();
    int n = report.observed().size();
    int step = Math.max(1, (n + 1_999) / 2_000);
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < n; j += step) {
      double predicted = report.bestPredictions().get(j);
      double observed = report.observed().get(j);
      points.addArray().add(predicted).add(observed);
      low = Math.min(low, Math.min(predicted, observed));
      high = Math.max(high, Math.max(predicted, observed));
    }
    // Both axes span the same range, so that the diagonal lies inside the plot from end
    // to end (with each axis fitted to its own data, one end fell outside and was not drawn).
    // Whole numbers at both ends, so that the axis labels stay short.
    double from = Math.floor(low);
    double to = Math.max(from + 1, Math.ceil(high));
    for (String axis : new String[] {"xAxis", "yAxis"}) {
      ((ObjectNode) scatter.get(axis)).put("scale", false).put("min", from).put("max", to);
    }
    ObjectNode dots = scatter.putArray("series").addObject();
    dots.put("type", "scatter").put("symbolSize", 5).put("name", report.best()).set("data", points);
    ObjectNode line = dots.putObject("markLine").put("symbol", "none").put("silent", true);
    line.putObject("label").put("show", false);
    line.putObject("lineStyle").put("color", "#555555").put("type", "dashed");
    ArrayNode diagonal = line.putArray("data").addArray();
    diagonal.addObject().putArray("coord").add(from).add(from);
    diagonal.addObject().putArray("coord").add(to).add(to);
    sections.add(
        ReportSection.of(
            "Remembered experience: " + report.best() + " predicts the ratings best",
            String.format(
                Locale.ROOT,
                "Each dot a journey, predicted by the model fitted on the other %d folds; on the dashed diagonal, prediction equals rating. %d journeys, seed %d.",
                report.folds() - 1,
                report.journeys(),
                report.seed()),
            scatter,
            List.of(),
            List.of()));

    ObjectNode bars = Charts.NODES.objectNode();
    bars.putObject("tooltip").put("trigger", "axis");
    bars.putObject("grid").put("left", 140).put("right", 40);
    bars.putObject("xAxis")
        .put("type", "value")
        .put("name", "RMSE out of fold")
        .put("nameLocation", "middle")
        .put("nameGap", 30);
    ArrayNode names = Charts.NODES.arrayNode();
    ArrayNode rmse = Charts.NODES.arrayNode();
    List<List<String>> rows = new ArrayList<>();
    for (io.motkit.journey.fit.ModelFit m : report.models()) {
      names.add(m.model());
      rmse.add(m.rmse());
      rows.add(
          List.of(
              m.model(),
              String.format(Locale.ROOT, "%.4f", m.rmse()),
              m.rmseInterval()
                  .map(ci -> String.format(Locale.ROOT, "%.4f to %.4f", ci.low(), ci.high()))
                  .orElse("-"),
              Charts.fixed(m.rSquared()),
              String.format(Locale.ROOT, "%.1f", m.aic()),
              m.comparison()
                  .map(c -> String.format(Locale.ROOT, "%.4f", c.pValue()))
                  .orElse("best")));
    }
    bars.putObject("yAxis").put("type", "category").put("inverse", true).set("data", names);
    ObjectNode series =
        bars.putArray("series")
            .addObject()
            .put("type", "bar")
            .put("name", "RMSE")
            .put("color", "#9bb7d4");
    series.set("data", rmse);
    // The interval of each model's RMSE as a bar across the end of its bar.
    ObjectNode errors = series.putObject("markLine").put("symbol", "none").put("silent", true);
    errors.putObject("label").put("show", false);
    errors.putObject("lineStyle").put("color", "#222222").put("width", 2).put("type", "solid");
    ArrayNode intervals = errors.putArray("data");
    for (io.motkit.journey.fit.ModelFit m : report.models()) {
      m.rmseInterval()
          .ifPresent(
              ci -> {
                ArrayNode segment = intervals.addArray();
                segment.addObject().putArray("coord").add(ci.low()).add(m.model());
                segment.addObject().putArray("coord").add(ci.high()).add(m.model());
              });
    }
    sections.add(
        ReportSection.of(
            "Memory models compared",
            "Out-of-fold RMSE (lower is better), the black line across each bar its percentile bootstrap interval; p is the one-sided bootstrap"
                + " p-value that a model does as well as the best (small: the best is better).",
            bars,
            List.of("model", "RMSE", "interval", "R²", "AIC", "p vs best"),
            rows));
    return sections;
  }
}
