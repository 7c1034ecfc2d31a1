package io.motkit.report;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.Scale;
import io.motkit.journey.analysis.KeyDriverResult;
import io.motkit.journey.analysis.PainPointResult;
import io.motkit.journey.map.JourneyMapResult;
import io.motkit.journey.map.MapNode;
import io.motkit.scoring.kano.KanoResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apiguardian.api.API;

/**
 * One self-contained HTML page of charts and tables that works offline: the charts are drawn by
 * Apache ECharts (Apache-2.0), whose script is inlined from its WebJar. Build one with {@link
 * #builder(String)}, adding the sections you have. Immutable once built.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HtmlReport {

  private static final ObjectMapper JSON = io.motkit.core.internal.JsonText.mapper();

  /**
   * Page script run before the charts are drawn. ECharts takes the height of a text line to be the
   * width of one CJK glyph; where no CJK font is installed that glyph falls back to a narrow box
   * and every label is laid out as if a few pixels tall, so labels pass the overlap check and are
   * drawn over each other. The platform hook measures a line as at least its font size. Series
   * label layouts given as plain objects are not applied to every series type (scatter ignores
   * them), so each becomes the equivalent function, which all series types honour.
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
          + "    if (layout && typeof layout === 'object' && s.type === 'scatter') {\n"
          + "      s.labelLayout = function (p) { return Object.assign({x: p.rect.x, y: p.rect.y}, layout); };\n"
          + "    }\n"
          + "  });\n"
          // Every chart can be saved as a picture, as it is drawn.
          + "  if (!option.toolbox) {\n"
          + "    option.toolbox = {right: 8, top: 0, feature: {saveAsImage: {title: 'save as image', name: id}}};\n"
          + "  }\n"
          + "  var el = document.getElementById(id);\n"
          + "  var chart = echarts.init(el);\n"
          // ECharts says when a chart has finished rendering (animations included): the page marks
          // it, so that whatever looks at the page (a browser test, a screenshot) can wait for it.
          + "  chart.on('finished', function () { el.setAttribute('data-finished', 'true'); });\n"
          + "  chart.setOption(option);\n"
          + "}\n";

  /**
   * Pixels between the plot and the x axis of the labelled scatter charts, so that the label of a
   * point on the bottom edge does not run into the axis' tick labels.
   */

  /** The inlined script, in the webjar whose version the build writes into echarts.properties. */
  private static final String ECHARTS =
      "META-INF/resources/webjars/echarts/" + echartsVersion() + "/echarts.min.js";

  private final String title;
  private final List<String[]> headlines;
  private final List<ReportSection> sections;

  private HtmlReport(String title, List<String[]> headlines, List<ReportSection> sections) {
    this.title = title;
    this.headlines = List.copyOf(headlines);
    this.sections = List.copyOf(sections);
  }

  /**
   * A report titled {@code title}.
   *
   * @param title the title
   * @return a new builder
   */
  public static Builder builder(String title) {
    return new Builder(title);
  }

  /** Collects the sections of a report; not thread-safe. */
  public static final class Builder {
    private final String title;
    private final List<String[]> headlines = new ArrayList<>();
    private final List<ReportSection> sections = new ArrayList<>();

    private Builder(String title) {
      checkArgument(!title.isBlank(), "report title is blank");
      this.title = title;
    }

    /**
     * Adds a section, such as one an analysis contributes.
     *
     * @param section the section
     * @return this builder
     */
    public Builder section(ReportSection section) {
      sections.add(section);
      return this;
    }

    /**
     * Adds sections in order.
     *
     * @param more the sections to add, in order
     * @return this builder
     */
    public Builder sections(List<ReportSection> more) {
      sections.addAll(more);
      return this;
    }

    /**
     * A headline figure shown at the top, such as "owners" and "3,000".
     *
     * @param label the label
     * @param value the value
     * @return this builder
     */
    public Builder headline(String label, String value) {
      headlines.add(new String[] {label, value});
      return this;
    }

    /**
     * A table with a header row.
     *
     * @param title the title
     * @param note the note
     * @param header the header's column names
     * @param rows the rows
     * @return this builder
     */
    public Builder table(String title, String note, List<String> header, List<List<String>> rows) {
      sections.add(ReportSection.of(title, note, (ObjectNode) null, header, rows));
      return this;
    }

    /**
     * The emotion curve of one journey: its values in time order, with the moments the score names
     * as peak and end marked, and the neutral level as a line.
     *
     * @param journey the journey
     * @param score the score
     * @return this builder
     */
    public Builder emotionCurve(Journey journey, JourneyScore score) {
      sections.addAll(EmotionCurveSection.of(journey, score));
      return this;
    }

    /**
     * Pain and delight points: per touchpoint the share of moments below adequate and above
     * desired.
     *
     * @param result the pain-point result
     * @return this builder
     */
    public Builder painPoints(PainPointResult result) {
      sections.addAll(PainPointSection.of(result));
      return this;
    }

    /**
     * Key drivers: importance (share of explained variance) against performance (mean rating).
     *
     * @param result the key-driver result
     * @return this builder
     */
    public Builder drivers(KeyDriverResult result) {
      sections.addAll(KeyDriverSection.of(result));
      return this;
    }

    /**
     * A memory-model fit: the best model's out-of-fold predictions against the observed ratings (at
     * most 2,000 journeys drawn, evenly spaced), and every model's out-of-fold RMSE with its
     * bootstrap interval, R², AIC and the comparison with the best.
     *
     * @param report the report
     * @return this builder
     */
    public Builder memoryFit(io.motkit.journey.fit.FitReport report) {
      sections.addAll(MemoryFitSection.of(report));
      return this;
    }

    /**
     * The Kano grid: better against the size of worse for each feature, with its category.
     *
     * @param result the Kano result
     * @return this builder
     */
    public Builder kano(KanoResult result) {
      sections.addAll(KanoSection.of(result));
      return this;
    }

    /**
     * The journey map without colouring by experience: see {@link #journeyMap(JourneyMapResult,
     * Scale, double)}; arrows below a share of 5% are left out.
     *
     * @param result the journey-map result
     * @return this builder
     */
    public Builder journeyMap(JourneyMapResult result) {
      return journeyMap(result, Optional.empty(), DEFAULT_MIN_SHARE);
    }

    /**
     * The journey map drawn as a flow in the map's layered layout ({@link MapNode#layer()} left to
     * right by typical position, {@link MapNode#lane()} top to bottom, so that arrows do not run
     * through nodes); each sized by its moments and coloured by its mean experience on a diverging
     * scale around the scale's neutral point (red worse, green better); each labelled with the
     * share of journeys that end there (drop-off). Arrow widths show the share of a touchpoint's
     * moments followed by the next, listed in a table under the chart; arrows below {@code
     * minShare} are left out of both.
     *
     * @param result the journey-map result
     * @param scale the scale the values are on
     * @param minShare the smallest share of journeys a path must have to be shown
     * @return this builder
     * @throws IllegalArgumentException if {@code minShare} is not in [0, 1]
     */
    public Builder journeyMap(JourneyMapResult result, Scale scale, double minShare) {
      return journeyMap(result, Optional.of(scale), minShare);
    }

    private Builder journeyMap(JourneyMapResult result, Optional<Scale> scale, double minShare) {
      sections.addAll(JourneyMapSection.of(result, scale, minShare));
      return this;
    }

    /**
     * The report.
     *
     * @return the report
     */
    public HtmlReport build() {
      return new HtmlReport(title, headlines, sections);
    }
  }

  /**
   * The page as HTML.
   *
   * @return the page as HTML
   */
  public String render() {
    StringBuilder html = new StringBuilder(1 << 20);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(title))
        .append("</title>\n<style>\n")
        .append(
            "body{font-family:system-ui,-apple-system,Segoe UI,Helvetica,Arial,sans-serif;margin:24px auto;max-width:1100px;color:#222;padding:0 16px}")
        .append(
            "h1{font-size:26px;margin-bottom:8px}h2{font-size:19px;margin:28px 0 4px}p.note{color:#555;margin:0 0 8px}")
        .append(".headlines{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0 8px}")
        .append(
            ".headline{border:1px solid #ddd;border-radius:8px;padding:10px 14px;min-width:140px}")
        .append(
            ".headline .v{font-size:22px;font-weight:600}.headline .l{font-size:13px;color:#555}")
        .append(".chart{width:100%;height:420px;border:1px solid #eee;border-radius:8px}")
        .append(
            "table{border-collapse:collapse;font-size:14px}td,th{border-bottom:1px solid #eee;padding:4px 10px;text-align:right}")
        .append("td:first-child,th:first-child{text-align:left}\n</style>\n<script>\n")
        .append(echarts())
        .append("\n</script>\n</head>\n<body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n<div class=\"headlines\">\n");
    for (String[] headline : headlines) {
      html.append("<div class=\"headline\"><div class=\"v\">")
          .append(escape(headline[1]))
          .append("</div><div class=\"l\">")
          .append(escape(headline[0]))
          .append("</div></div>\n");
    }
    html.append("</div>\n");
    List<String> scripts = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      ReportSection s = sections.get(i);
      html.append("<h2>").append(escape(s.title())).append("</h2>\n");
      if (!s.caption().isEmpty()) {
        html.append("<p class=\"note\">").append(escape(s.caption())).append("</p>\n");
      }
      if (s.chart().isPresent()) {
        html.append("<div class=\"chart\" id=\"chart").append(i).append("\"></div>\n");
        scripts.add("draw('chart" + i + "', " + json(s.chart().get()) + ");");
      }
      // A section may have a chart, a table, or both (the chart first).
      if (!s.header().isEmpty()) {
        html.append("<table>\n<tr>");
        s.header().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr>\n");
        for (List<String> row : s.rows()) {
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
   * @param file the file
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

  private static String echartsVersion() {
    Properties properties = new Properties();
    try (InputStream in = HtmlReport.class.getResourceAsStream("echarts.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "echarts.properties is not beside " + HtmlReport.class.getName());
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
        throw new IllegalStateException(
            "the ECharts script " + ECHARTS + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("</script", "<\\/script");
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
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
