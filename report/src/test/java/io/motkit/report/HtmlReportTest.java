package io.motkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.Touchpoint;
import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.EventLog;
import io.motkit.journey.analysis.PainPointAnalysis;
import io.motkit.journey.map.JourneyMapAnalysis;
import io.motkit.journey.map.JourneyMapResult;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class HtmlReportTest {

  private static final Journey OWNER =
      Journey.builder()
          .id("owner-<1>")
          .scale(Scale.likert7())
          .addMoment(
              Moment.of(Touchpoint.of("fee-notice"), Instant.parse("2024-03-01T09:00:00Z"), 3))
          .addMoment(
              Moment.of(Touchpoint.of("repair</script>"), Instant.parse("2024-03-05T09:00:00Z"), 2))
          .addMoment(
              Moment.of(
                  Touchpoint.of("follow-up\"&<!--<script>"),
                  Instant.parse("2024-03-07T09:00:00Z"),
                  6))
          .build();

  @Test
  void pageCarriesItsChartsScriptAndSections() {
    EventLog log = EventLog.of(List.of(OWNER));
    String html =
        HtmlReport.builder("Owners & fees")
            .headline("owners", "1")
            .emotionCurve(OWNER, ScorerRegistry.load().create("peak-end").score(OWNER))
            .painPoints(PainPointAnalysis.defaults().run(input(log)))
            .journeyMap(JourneyMapAnalysis.builder().topVariants(5).build().run(input(log)))
            .table("Table", "", List.of("a", "b"), List.of(List.of("<x>", "1")))
            .build()
            .render();
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Owners &amp; fees</title>");
    // The chart library is inlined: the page needs no network.
    assertThat(html).contains("echarts").doesNotContain("src=\"http").doesNotContain("<link");
    assertThat(html)
        .contains("Emotion curve of journey owner-&lt;1&gt;")
        .contains("Pain and delight points")
        .contains("Journey map");
    assertThat(html).contains("<td>&lt;x&gt;</td>");
    // A touchpoint id cannot close the script element that holds the chart options.
    String scripts = html.substring(html.lastIndexOf("<script>"));
    assertThat(scripts).doesNotContain("repair</script>").contains("repair\\u003c/script\\u003e");
    // Nor open a comment or a script inside it: <, > and & in names are JSON escapes there.
    String options = scripts.substring(scripts.indexOf("draw('chart"));
    assertThat(options)
        .doesNotContain("<!--")
        .doesNotContain("<script")
        .contains("follow-up\\\"\\u0026\\u003c!--\\u003cscript\\u003e");
    assertThat(html.split("draw\\('chart", -1)).hasSize(4);
  }

  @Test
  void aSectionFromOutsideTheReportClassIsDrawnLikeItsOwn() {
    // What a new analysis does: build its own section, chart and table, and hand it over.
    ReportSection custom =
        ReportSection.of(
            "Queue lengths",
            "Mean customers waiting, by hour.",
            Optional.of(
                "{\"xAxis\":{\"type\":\"category\",\"data\":[\"9\",\"10\"]},\"yAxis\":{},\"series\":[{\"type\":\"bar\",\"data\":[3,5]}]}"),
            List.of("hour", "waiting"),
            List.of(List.of("9", "3"), List.of("10", "5")));
    String html = HtmlReport.builder("Queues").section(custom).build().render();
    assertThat(html).contains("<h2>Queue lengths</h2>").contains("<td>10</td><td>5</td>");
    assertThat(html).contains("draw('chart0', {\"xAxis\":{\"type\":\"category\"");
    assertThatThrownBy(
            () -> ReportSection.of("Bad", "", Optional.of("[1, 2"), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("section 'Bad': the chart is not JSON");
    assertThatThrownBy(
            () ->
                ReportSection.of(
                    "Rows", "", Optional.empty(), List.of("a", "b"), List.of(List.of("1"))))
        .hasMessageContaining("section 'Rows': a row has 1 cells for 2 columns");
  }

  @Test
  void mapColoursRunFromRedThroughPaleYellowToGreenInTheScalesDirection() {
    // ColorBrewer RdYlGn: #d73027 (worst), #ffffbf (neutral), #1a9850 (best).
    Scale likert = Scale.of(1, 5, 3, true);
    assertThat(JourneyMapSection.experienceColour(3, likert)).isEqualTo("#ffffbf");
    assertThat(JourneyMapSection.experienceColour(5, likert)).isEqualTo("#1a9850");
    assertThat(JourneyMapSection.experienceColour(1, likert)).isEqualTo("#d73027");
    assertThat(JourneyMapSection.experienceColour(9, likert)).isEqualTo("#1a9850");
    Scale pain = Scale.of(0, 10, 0, false);
    assertThat(JourneyMapSection.experienceColour(0, pain)).isEqualTo("#ffffbf");
    assertThat(JourneyMapSection.experienceColour(10, pain)).isEqualTo("#d73027");
    // Halfway from neutral to the best end: each channel halfway, rounded.
    assertThat(JourneyMapSection.experienceColour(4, likert)).isEqualTo("#8dcc88");
  }

  @Test
  void aMapArrowThresholdOutsideZeroToOneIsRejected() {
    JourneyMapResult map = JourneyMapAnalysis.defaults().run(input(EventLog.of(List.of(OWNER))));
    assertThatThrownBy(() -> HtmlReport.builder("t").journeyMap(map, OWNER.scale(), 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5");
  }

  /** Every arrow drawn carries its count, as the label of a point at the middle of its curve. */
  @Test
  void everyArrowOfTheMapCarriesItsCount() {
    EventLog log = EventLog.of(List.of(OWNER));
    var result = JourneyMapAnalysis.builder().topVariants(5).build().run(input(log));
    var option =
        JourneyMapSection.of(result, java.util.Optional.empty(), 0).get(0).chart().orElseThrow();
    var series = option.get("series").get(0);
    java.util.List<String> counts = new java.util.ArrayList<>();
    series
        .get("data")
        .forEach(
            node -> {
              if (node.get("name").asText().startsWith("\u0001arrow ")) {
                counts.add(node.at("/label/formatter").asText());
              }
            });
    java.util.List<String> expected = new java.util.ArrayList<>();
    series.get("links").forEach(link -> expected.add(link.get("value").asText()));
    assertThat(counts).isNotEmpty().containsExactlyElementsOf(expected);
  }

  @Test
  void blankTitleIsRejected() {
    assertThatThrownBy(() -> HtmlReport.builder(" ")).hasMessageContaining("report title is blank");
  }

  private static AnalysisInput<EventLog> input(EventLog log) {
    return AnalysisInput.inMemory(log, "owner", log.eventCount());
  }
}
