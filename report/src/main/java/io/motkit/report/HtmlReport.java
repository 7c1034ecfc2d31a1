package io.motkit.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.Scale;
import io.motkit.journey.analysis.KeyDriver;
import io.motkit.journey.analysis.KeyDriverModel;
import io.motkit.journey.analysis.TouchpointExperience;
import io.motkit.journey.map.JourneyMap;
import io.motkit.journey.map.MapEdge;
import io.motkit.journey.map.MapNode;
import io.motkit.scoring.kano.KanoFeatureResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One self-contained HTML page of charts and tables that works offline: the charts are drawn by
 * Apache ECharts (Apache-2.0), whose script is inlined from its WebJar. Build one with {@link
 * #builder(String)}, adding the sections you have. Immutable once built.
 */
public final class HtmlReport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /**
   * Page script run before the charts are drawn. ECharts takes the height of a text line to be the
   * width of one CJK glyph; where no CJK font is installed that glyph falls back to a narrow box and
   * every label is laid out as if a few pixels tall, so labels pass the overlap check and are drawn
   * over each other. The platform hook measures a line as at least its font size. Series label
   * layouts given as plain objects are not applied to every series type (scatter ignores them), so
   * each becomes the equivalent function, which all series types honour.
   */
  private static final String LABEL_LAYOUT =
      "var probe = document.createElement('canvas').getContext('2d');\n"
          + "echarts.setPlatformAPI({measureText: function (text, font) {\n"
          + "  probe.font = font || '12px sans-serif';\n"
          + "  var width = probe.measureText(text).width;\n"
          + "  var size = /([0-9.]+)px/.exec(probe.font);\n"
          + "  return {width: text === '\\u56fd' && size ? Math.max(width, 1.2 * parseFloat(size[1])) : width};\n"
          + "}});\n"
          + "function draw(id, option) {\n"
          + "  (option.series || []).forEach(function (s) {\n"
          + "    var layout = s.labelLayout;\n"
          + "    if (layout && typeof layout === 'object') {\n"
          + "      s.labelLayout = function (p) { return Object.assign({x: p.rect.x, y: p.rect.y}, layout); };\n"
          + "    }\n"
          + "  });\n"
          + "  echarts.init(document.getElementById(id)).setOption(option);\n"
          + "}\n";

  /**
   * Pixels between the plot and the x axis of the labelled scatter charts, so that the label of a
   * point on the bottom edge does not run into the axis' tick labels.
   */
  private static final int LABEL_ROOM = 28;

  /** The inlined script, in the webjar whose version the build writes into echarts.properties. */
  private static final String ECHARTS = "META-INF/resources/webjars/echarts/" + echartsVersion() + "/echarts.min.js";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final String title;
  private final List<String[]> headlines;
  private final List<Section> sections;

  private HtmlReport(String title, List<String[]> headlines, List<Section> sections) {
    this.title = title;
    this.headlines = List.copyOf(headlines);
    this.sections = List.copyOf(sections);
  }

  /** A report titled {@code title}. */
  public static Builder builder(String title) {
    return new Builder(title);
  }

  /** One part of the page: a chart (an ECharts option) or a table. */
  private static final class Section {
    final String title;
    final String note;
    final ObjectNode chart;
    final List<String> header;
    final List<List<String>> rows;

    Section(String title, String note, ObjectNode chart, List<String> header, List<List<String>> rows) {
      this.title = title;
      this.note = note;
      this.chart = chart;
      this.header = header;
      this.rows = rows;
    }
  }

  /** Collects the sections of a report; not thread-safe. */
  public static final class Builder {
    private final String title;
    private final List<String[]> headlines = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();

    private Builder(String title) {
      checkArgument(!title.isBlank(), "report title is blank");
      this.title = title;
    }

    /** A headline figure shown at the top, such as "owners" and "3,000". */
    public Builder headline(String label, String value) {
      headlines.add(new String[] {label, value});
      return this;
    }

    /** A table with a header row. */
    public Builder table(String title, String note, List<String> header, List<List<String>> rows) {
      sections.add(new Section(title, note, null, List.copyOf(header), List.copyOf(rows)));
      return this;
    }

    /**
     * The emotion curve of one journey: its values in time order, with the moments the score names
     * as peak and end marked, and the neutral level as a line.
     */
    public Builder emotionCurve(Journey journey, JourneyScore score) {
      ObjectNode option = NODES.objectNode();
      option.putObject("tooltip").put("trigger", "axis");
      ArrayNode labels = NODES.arrayNode();
      ArrayNode values = NODES.arrayNode();
      for (int i = 0; i < journey.size(); i++) {
        labels.add(journey.moment(i).touchpoint().name() + "\n" + DAY.format(journey.moment(i).start()));
        values.add(journey.moment(i).value());
      }
      ObjectNode x = option.putObject("xAxis").put("type", "category");
      x.set("data", labels);
      // Every moment is labelled where there is room; where there is not, the labels that would
      // collide are hidden (the tooltip still names each point) rather than drawn over each other.
      x.putObject("axisLabel").put("rotate", 35).put("hideOverlap", true).put("fontSize", 10);
      ObjectNode y = option.putObject("yAxis").put("type", "value").put("min", journey.scale().min()).put("max", journey.scale().max());
      y.put("name", journey.scale().higherIsBetter() ? "experience (higher is better)" : "experience (lower is better)");
      y.put("nameLocation", "middle").put("nameGap", 38);
      option.putObject("grid").put("bottom", 120).put("left", 60).put("right", 130);
      ObjectNode series = option.putArray("series").addObject();
      series.put("type", "line").put("name", journey.id()).put("smooth", false).put("symbolSize", 9).set("data", values);
      ArrayNode marks = series.putObject("markPoint").putArray("data");
      // One mark per moment: a moment that is both the peak and the end gets one pin naming both,
      // not two pins drawn on top of each other.
      Map<Integer, List<String>> rolesByMoment = new TreeMap<>();
      for (String role : List.of(JourneyScore.PEAK, JourneyScore.END)) {
        for (int index : score.roles().get(role)) {
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
            mark.putObject("itemStyle").put("color", roles.size() > 1 ? "#7b3294" : roles.get(0).equals(JourneyScore.PEAK) ? "#c0392b" : "#2c7fb8");
          });
      series.putObject("labelLayout").put("hideOverlap", true);
      ArrayNode neutral = series.putObject("markLine").put("symbol", "none").putArray("data");
      // Both lines are labelled, at opposite ends, so that neither is mistaken for the other and
      // their labels cannot meet when the remembered value is close to neutral; the remembered
      // value's label sits right of the plot, clear of the peak and end pins.
      ObjectNode neutralLine = neutral.addObject().put("name", "neutral").put("yAxis", journey.scale().neutral());
      neutralLine.putObject("label").put("formatter", "neutral").put("position", "insideStartBottom");
      neutralLine.putObject("lineStyle").put("color", "#888888");
      // A remembered value off the experience scale (a sum, a count) has no place on this axis.
      double low = Math.min(journey.scale().min(), journey.scale().max());
      double high = Math.max(journey.scale().min(), journey.scale().max());
      if (score.value() >= low && score.value() <= high) {
        ObjectNode remembered = neutral.addObject().put("name", "remembered").put("yAxis", score.value());
        remembered.putObject("label").put("formatter", String.format(Locale.ROOT, "remembered %.3f", score.value())).put("position", "end");
        remembered.putObject("lineStyle").put("color", "#7b3294").put("type", "solid");
      }
      sections.add(
          new Section(
              "Emotion curve of journey " + journey.id(),
              String.format(
                  Locale.ROOT,
                  "Remembered value %.3f by %s (the solid line); the peak and the end are marked, the dashed line is the neutral level.",
                  score.value(),
                  score.scorerId()),
              option,
              List.of(),
              List.of()));
      return this;
    }

    /** Pain and delight points: per touchpoint the share of moments below adequate and above desired. */
    public Builder painPoints(List<TouchpointExperience> points) {
      ObjectNode option = NODES.objectNode();
      option.putObject("tooltip").put("trigger", "axis");
      option.putObject("legend").putArray("data").add("pain: below adequate (%)").add("delight: above desired (%)");
      ArrayNode names = NODES.arrayNode();
      ArrayNode pain = NODES.arrayNode();
      ArrayNode delight = NODES.arrayNode();
      for (TouchpointExperience p : points) {
        names.add(p.touchpoint());
        pain.add(100 * p.painShare().orElse(0));
        delight.add(100 * p.delightShare().orElse(0));
      }
      option.putObject("grid").put("left", 140).put("right", 30).put("bottom", 60);
      option.putObject("xAxis").put("type", "value").put("name", "% of moments").put("nameLocation", "middle").put("nameGap", 28);
      option.putObject("yAxis").put("type", "category").put("inverse", true).set("data", names);
      ArrayNode series = option.putArray("series");
      series.addObject().put("type", "bar").put("name", "pain: below adequate (%)").put("color", "#d7301f").set("data", pain);
      series.addObject().put("type", "bar").put("name", "delight: above desired (%)").put("color", "#1a9850").set("data", delight);
      sections.add(new Section("Pain and delight points", "Touchpoints ranked with the most painful first.", option, List.of(), List.of()));
      return this;
    }

    /** Key drivers: importance (share of explained variance) against performance (mean rating). */
    public Builder drivers(KeyDriverModel report) {
      ObjectNode option = NODES.objectNode();
      option.putObject("tooltip");
      option.putObject("xAxis").put("type", "value").put("name", "performance (mean rating)").put("nameLocation", "middle").put("nameGap", 30).put("scale", true).put("offset", LABEL_ROOM);
      option.putObject("yAxis").put("type", "value").put("name", "importance (share of R²)").put("nameLocation", "middle").put("nameGap", 48);
      option.putObject("grid").put("left", 70).put("right", 60).put("bottom", 40 + LABEL_ROOM + 30);
      ArrayNode data = NODES.arrayNode();
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
      lines.addObject().put("yAxis", 1.0 / Math.max(1, report.drivers().size()));
      sections.add(
          new Section(
              "Key drivers of " + report.outcome(),
              String.format(Locale.ROOT, "Relative weights (Johnson 2000) over %d journeys, R² = %.3f. Top left: important and weak.", report.journeys(), report.rSquared()),
              option,
              List.of("touchpoint", "share of R²", "relative weight", "performance", "coverage"),
              report.drivers().stream()
                  .map(d -> List.of(d.touchpoint(), fixed(d.share()), fixed(d.weight()), fixed(d.performance()), fixed(d.coverage())))
                  .collect(Collectors.toList())));
      return this;
    }

    /**
     * A memory-model fit: the best model's out-of-fold predictions against the observed ratings
     * (at most 2,000 journeys drawn, evenly spaced), and every model's out-of-fold RMSE with its
     * bootstrap interval, R², AIC and the comparison with the best.
     */
    public Builder memoryFit(io.motkit.journey.fit.FitReport report) {
      ObjectNode scatter = NODES.objectNode();
      scatter.putObject("tooltip");
      scatter.putObject("grid").put("left", 70).put("right", 40).put("bottom", 60);
      scatter.putObject("xAxis").put("type", "value").put("name", "predicted out of fold").put("nameLocation", "middle").put("nameGap", 30).put("scale", true);
      scatter.putObject("yAxis").put("type", "value").put("name", "observed rating").put("nameLocation", "middle").put("nameGap", 45).put("scale", true);
      ArrayNode points = NODES.arrayNode();
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
      ObjectNode dots = scatter.putArray("series").addObject();
      dots.put("type", "scatter").put("symbolSize", 5).put("name", report.best()).set("data", points);
      ArrayNode diagonal = dots.putObject("markLine").put("symbol", "none").putArray("data").addArray();
      diagonal.addObject().putArray("coord").add(low).add(low);
      diagonal.addObject().putArray("coord").add(high).add(high);
      sections.add(
          new Section(
              "Remembered experience: " + report.best() + " predicts the ratings best",
              String.format(
                  Locale.ROOT,
                  "Each dot a journey, predicted by the model fitted on the other %d folds; on the line, prediction equals rating. %d journeys, seed %d.",
                  report.folds() - 1,
                  report.journeys(),
                  report.seed()),
              scatter,
              List.of(),
              List.of()));

      ObjectNode bars = NODES.objectNode();
      bars.putObject("tooltip").put("trigger", "axis");
      bars.putObject("grid").put("left", 140).put("right", 40);
      bars.putObject("xAxis").put("type", "value").put("name", "RMSE out of fold").put("nameLocation", "middle").put("nameGap", 30);
      ArrayNode names = NODES.arrayNode();
      ArrayNode rmse = NODES.arrayNode();
      List<List<String>> rows = new ArrayList<>();
      for (io.motkit.journey.fit.ModelFit m : report.models()) {
        names.add(m.model());
        rmse.add(m.rmse());
        rows.add(
            List.of(
                m.model(),
                String.format(Locale.ROOT, "%.4f", m.rmse()),
                m.rmseInterval().map(ci -> String.format(Locale.ROOT, "%.4f to %.4f", ci.low(), ci.high())).orElse("-"),
                fixed(m.rSquared()),
                String.format(Locale.ROOT, "%.1f", m.aic()),
                m.comparison().map(c -> String.format(Locale.ROOT, "%.4f", c.pValue())).orElse("best")));
      }
      bars.putObject("yAxis").put("type", "category").put("inverse", true).set("data", names);
      bars.putArray("series").addObject().put("type", "bar").put("name", "RMSE").put("color", "#4575b4").set("data", rmse);
      sections.add(
          new Section(
              "Memory models compared",
              "Out-of-fold RMSE (lower is better) with its percentile bootstrap interval; p is the one-sided bootstrap"
                  + " p-value that a model does as well as the best (small: the best is better).",
              bars,
              List.of("model", "RMSE", "interval", "R²", "AIC", "p vs best"),
              rows));
      return this;
    }

    /** The Kano grid: better against the size of worse for each feature, with its category. */
    public Builder kano(List<KanoFeatureResult> features) {
      ObjectNode option = NODES.objectNode();
      option.putObject("tooltip");
      option.putObject("xAxis").put("type", "value").put("name", "|worse| (dissatisfaction when absent)").put("nameLocation", "middle").put("nameGap", 30).put("min", 0).put("max", 1).put("offset", LABEL_ROOM);
      option.putObject("yAxis").put("type", "value").put("name", "better (satisfaction when present)").put("nameLocation", "middle").put("nameGap", 42).put("min", 0).put("max", 1);
      option.putObject("grid").put("left", 70).put("right", 60).put("bottom", 40 + LABEL_ROOM + 30);
      ArrayNode data = NODES.arrayNode();
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
          new Section(
              "Kano better / worse grid",
              "Berger et al. (1993): top left attractive, top right one-dimensional, bottom right must-be, bottom left indifferent.",
              option,
              List.of("feature", "category", "better", "worse"),
              features.stream()
                  .map(f -> List.of(f.feature(), f.category().label(), fixed(f.better()), fixed(f.worse())))
                  .collect(Collectors.toList())));
      return this;
    }

    /**
     * The journey map without colouring by experience: see {@link #journeyMap(JourneyMap, Scale,
     * double)}; arrows below a share of 5% are left out.
     */
    public Builder journeyMap(JourneyMap map) {
      return journeyMap(map, Optional.empty(), DEFAULT_MIN_SHARE);
    }

    /**
     * The journey map drawn as a flow: touchpoints left to right in the order of their typical
     * position in the journeys (the map's node order), alternating between two lanes so that arrows
     * do not run through nodes; each sized by its moments and coloured by its mean experience on a
     * diverging scale around the scale's neutral point (red worse, green better); each labelled
     * with the share of journeys that end there (drop-off). Arrow widths show the share of a
     * touchpoint's moments followed by the next, listed in a table under the chart; arrows below
     * {@code minShare} are left out of both.
     *
     * @throws IllegalArgumentException if {@code minShare} is not in [0, 1]
     */
    public Builder journeyMap(JourneyMap map, Scale scale, double minShare) {
      return journeyMap(map, Optional.of(scale), minShare);
    }

    private Builder journeyMap(JourneyMap map, Optional<Scale> scale, double minShare) {
      checkArgument(minShare >= 0 && minShare <= 1, "minimum arrow share %s is not in [0, 1]", minShare);
      ObjectNode option = NODES.objectNode();
      option.putObject("tooltip");
      ObjectNode series = option.putArray("series").addObject();
      series.put("type", "graph").put("layout", "none").put("roam", true);
      series.put("left", 90).put("right", 90).put("top", 100).put("bottom", 90).put("nodeScaleRatio", 0);
      series.set("edgeSymbol", NODES.arrayNode().add("none").add("arrow"));
      series.putObject("label").put("show", true);
      series.putObject("labelLayout").put("hideOverlap", true);
      long most = map.nodes().stream().mapToLong(MapNode::moments).max().orElse(1);
      ArrayNode nodes = series.putArray("data");
      for (int i = 0; i < map.nodes().size(); i++) {
        MapNode n = map.nodes().get(i);
        boolean upper = i % 2 == 0;
        ObjectNode node = nodes.addObject();
        node.put("name", n.touchpoint());
        node.put("value", n.moments());
        // The lanes are as far apart as the plot's shape allows, so that the drawing is not
        // stretched when ECharts fits the coordinates to the chart.
        node.put("x", i * 100).put("y", upper ? 0 : Math.max(100, 28 * (map.nodes().size() - 1)));
        node.put("symbolSize", 14 + 30 * Math.sqrt(n.moments() / (double) most));
        node.putObject("itemStyle").put("color", scale.map(sc -> experienceColour(n.meanExperience(), sc)).orElse("#4575b4")).put("borderColor", "#555555");
        String label = n.endProbability() >= 0.005 ? String.format(Locale.ROOT, "%s%nends %.0f%%", n.touchpoint(), 100 * n.endProbability()) : n.touchpoint();
        node.putObject("label").put("position", upper ? "top" : "bottom").put("formatter", label);
      }
      ArrayNode links = series.putArray("links");
      List<List<String>> arrows = new ArrayList<>();
      for (MapEdge e : map.edges()) {
        if (e.probability() < minShare) {
          continue;
        }
        ObjectNode link = links.addObject();
        link.put("source", e.from()).put("target", e.to()).put("value", e.count());
        link.putObject("lineStyle").put("width", 1 + 6 * e.probability()).put("curveness", 0.2).put("opacity", 0.6).put("color", "#888888");
        // Shares are in the tooltip and the table: labels on curved arrows land far from them.
        link.putObject("tooltip").put("formatter", String.format(Locale.ROOT, "%s \u2192 %s: %.0f%% (%d)", e.from(), e.to(), 100 * e.probability(), e.count()));
        arrows.add(List.of(e.from(), e.to(), String.valueOf(e.count()), String.format(Locale.ROOT, "%.1f%%", 100 * e.probability())));
      }
      sections.add(
          new Section(
              "Journey map",
              String.format(
                  Locale.ROOT,
                  "%d journeys, %d distinct paths. Touchpoints left to right by their typical position, sized by moments%s,"
                      + " with the share of journeys ending there; %d of %d arrows (those with at least %.0f%% of a touchpoint's"
                      + " moments followed by the next).",
                  map.journeys(),
                  map.variantCount(),
                  scale.isPresent() ? ", coloured by mean experience (red below neutral, green above)" : "",
                  arrows.size(),
                  map.edges().size(),
                  100 * minShare),
              option,
              List.of("from", "to", "moments followed", "share of the from touchpoint's moments"),
              arrows));
      return this;
    }

    /** The report. */
    public HtmlReport build() {
      return new HtmlReport(title, headlines, sections);
    }
  }

  /** The page as HTML. */
  public String render() {
    StringBuilder html = new StringBuilder(1 << 20);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(title))
        .append("</title>\n<style>\n")
        .append("body{font-family:system-ui,-apple-system,Segoe UI,Helvetica,Arial,sans-serif;margin:24px auto;max-width:1100px;color:#222;padding:0 16px}")
        .append("h1{font-size:26px;margin-bottom:8px}h2{font-size:19px;margin:28px 0 4px}p.note{color:#555;margin:0 0 8px}")
        .append(".headlines{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0 8px}")
        .append(".headline{border:1px solid #ddd;border-radius:8px;padding:10px 14px;min-width:140px}")
        .append(".headline .v{font-size:22px;font-weight:600}.headline .l{font-size:13px;color:#555}")
        .append(".chart{width:100%;height:420px;border:1px solid #eee;border-radius:8px}")
        .append("table{border-collapse:collapse;font-size:14px}td,th{border-bottom:1px solid #eee;padding:4px 10px;text-align:right}")
        .append("td:first-child,th:first-child{text-align:left}\n</style>\n<script>\n")
        .append(echarts())
        .append("\n</script>\n</head>\n<body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n<div class=\"headlines\">\n");
    for (String[] headline : headlines) {
      html.append("<div class=\"headline\"><div class=\"v\">").append(escape(headline[1]))
          .append("</div><div class=\"l\">").append(escape(headline[0])).append("</div></div>\n");
    }
    html.append("</div>\n");
    List<String> scripts = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      html.append("<h2>").append(escape(s.title)).append("</h2>\n");
      if (!s.note.isEmpty()) {
        html.append("<p class=\"note\">").append(escape(s.note)).append("</p>\n");
      }
      if (s.chart != null) {
        html.append("<div class=\"chart\" id=\"chart").append(i).append("\"></div>\n");
        scripts.add("draw('chart" + i + "', " + json(s.chart) + ");");
      }
      // A section may have a chart, a table, or both (the chart first).
      if (!s.header.isEmpty()) {
        html.append("<table>\n<tr>");
        s.header.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr>\n");
        for (List<String> row : s.rows) {
          html.append("<tr>");
          row.forEach(c -> html.append("<td>").append(escape(c)).append("</td>"));
          html.append("</tr>\n");
        }
        html.append("</table>\n");
      }
    }
    html.append("<p class=\"note\">Made with motkit. Charts by Apache ECharts.</p>\n<script>\n");
    html.append(LABEL_LAYOUT);
    scripts.forEach(s -> html.append(s).append('\n'));
    return html.append("</script>\n</body>\n</html>\n").toString();
  }

  /**
   * Writes the page to {@code file}, creating its folder if needed.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, render(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Arrows below this share of a touchpoint's moments are left off the map by default. */
  public static final double DEFAULT_MIN_SHARE = 0.05;

  /**
   * A colour on a diverging red-yellow-green scale (ColorBrewer RdYlGn end points): neutral is pale
   * yellow, the worse end of the scale red, the better end green, whatever the scale's direction.
   */
  static String experienceColour(double mean, Scale scale) {
    double halfRange = scale.higherIsBetter() ? scale.max() - scale.neutral() : scale.neutral() - scale.min();
    double lowHalf = scale.higherIsBetter() ? scale.neutral() - scale.min() : scale.max() - scale.neutral();
    double signed = scale.higherIsBetter() ? mean - scale.neutral() : scale.neutral() - mean;
    double t = signed >= 0 ? signed / Math.max(halfRange, 1e-12) : signed / Math.max(lowHalf, 1e-12);
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

  private static String fixed(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  private static String echartsVersion() {
    Properties properties = new Properties();
    try (InputStream in = HtmlReport.class.getResourceAsStream("echarts.properties")) {
      if (in == null) {
        throw new IllegalStateException("echarts.properties is not beside " + HtmlReport.class.getName());
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read echarts.properties", e);
    }
    return properties.getProperty("version");
  }

  private static String echarts() {
    try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(ECHARTS)) {
      if (in == null) {
        throw new IllegalStateException("the ECharts script " + ECHARTS + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the ECharts script", e);
    }
  }

  private static String json(ObjectNode node) {
    try {
      // Inside a script element no name may close the element or open a comment: <, > and & are
      // written as JSON escapes (they only occur inside strings), as are the JavaScript line
      // separators.
      return JSON.writeValueAsString(node)
          .replace("<", "\\u003c")
          .replace(">", "\\u003e")
          .replace("&", "\\u0026")
          .replace("\u2028", "\\u2028")
          .replace("\u2029", "\\u2029");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a chart option", e);
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
