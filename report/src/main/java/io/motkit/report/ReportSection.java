package io.motkit.report;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One part of a report: a title, a caption, an optional chart (an Apache ECharts option) and an
 * optional table under it. Each analysis contributes its sections ({@link PainPointSection}, {@link
 * KanoSection}, ...); a new analysis adds its own section class and {@link
 * HtmlReport.Builder#section(ReportSection)} takes it. Immutable.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReportSection {

  private static final ObjectMapper JSON = io.motkit.core.internal.JsonText.mapper();

  private final String title;
  private final String caption;
  private final @Nullable ObjectNode chart;
  private final List<String> header;
  private final List<List<String>> rows;

  private ReportSection(
      String title,
      String caption,
      @Nullable ObjectNode chart,
      List<String> header,
      List<List<String>> rows) {
    checkArgument(!title.isBlank(), "a section needs a title");
    this.title = title;
    this.caption = caption;
    this.chart = chart == null ? null : chart.deepCopy();
    this.header = List.copyOf(header);
    this.rows = rows.stream().map(List::copyOf).toList();
    for (List<String> row : this.rows) {
      checkArgument(
          row.size() == this.header.size(),
          "section '%s': a row has %s cells for %s columns",
          title,
          row.size(),
          this.header.size());
    }
  }

  /**
   * A section with a chart given as the JSON text of an ECharts option, and a table (an empty
   * header for none).
   *
   * @param title the title
   * @param caption the caption
   * @param chartOption the chart option
   * @param header the header's column names
   * @param rows the rows
   * @return a section with a chart given as the JSON text of an ECharts option, and a table (an
   *     empty header for none)
   * @throws IllegalArgumentException if the chart is not a JSON object, or a row has not one cell
   *     per column
   */
  public static ReportSection of(
      String title,
      String caption,
      Optional<String> chartOption,
      List<String> header,
      List<List<String>> rows) {
    @Nullable ObjectNode chart = null;
    if (chartOption.isPresent()) {
      JsonNode node;
      try {
        node = JSON.readTree(chartOption.get());
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(
            "section '" + title + "': the chart is not JSON: " + e.getOriginalMessage(), e);
      }
      checkArgument(
          node != null && node.isObject(),
          "section '%s': the chart must be a JSON object (an ECharts option)",
          title);
      chart = (ObjectNode) node;
    }
    return new ReportSection(title, caption, chart, header, rows);
  }

  /** A section of the report's own sections, whose chart is already a tree. */
  static ReportSection of(
      String title,
      String caption,
      @Nullable ObjectNode chart,
      List<String> header,
      List<List<String>> rows) {
    return new ReportSection(title, caption, chart, header, rows);
  }

  /**
   * The heading.
   *
   * @return the heading
   */
  public String title() {
    return title;
  }

  /**
   * The line under the heading; may be empty.
   *
   * @return the line under the heading; may be empty
   */
  public String caption() {
    return caption;
  }

  /**
   * The chart's ECharts option as JSON text, if the section has a chart.
   *
   * @return the chart's ECharts option as JSON text, if the section has a chart
   */
  public Optional<String> chartOption() {
    return Optional.ofNullable(chart).map(ObjectNode::toString);
  }

  /**
   * The table's header; empty when the section has no table.
   *
   * @return the table's header; empty when the section has no table
   */
  public List<String> header() {
    return header;
  }

  /**
   * The table's rows.
   *
   * @return the table's rows
   */
  public List<List<String>> rows() {
    return rows;
  }

  Optional<ObjectNode> chart() {
    return Optional.ofNullable(chart);
  }
}
