package io.motkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The demo reports and the README's report in a real browser (Debian's chromium with chromedriver,
 * headless): no console errors, every chart drawn (its canvas not blank), and no two visible text
 * labels of a chart overlapping and no label cut off at the chart's edge, read from the laid-out
 * label boxes through ECharts. Skipped, with the reason, where no browser is installed, except on
 * CI ({@code CI} set), where {@code .ci/run} installs one and its absence fails the test.
 */
final class ReportInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path dir;

  private static ChromeDriver browser;

  @BeforeAll
  static void start() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String install =
        "no browser here: apt-get install -y chromium chromium-driver (as .ci/run does) to run this test";
    // On CI the browser is installed by .ci/run, so a missing one is a failure, not a skip.
    assertThat(installed || System.getenv("CI") == null).as(install).isTrue();
    assumeTrue(installed, install);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1200,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    // A bound on waiting for the charts' 'finished' events, not a time they are expected to take.
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** The three demo reports, the report of the README's command and two crowded Kano grids. */
  private static List<Path> reports() throws Exception {
    List<Path> reports = new ArrayList<>();
    for (String demo : List.of("property", "hotel", "retail")) {
      Path folder = dir.resolve(demo);
      MotkitCommandTest.Run run = MotkitCommandTest.run("demo", demo, "--out", folder.toString());
      assertThat(run.exit()).as(run.err()).isZero();
      try (Stream<Path> files = Files.list(folder)) {
        reports.addAll(
            files.filter(f -> f.toString().endsWith(".html")).collect(Collectors.toList()));
      }
    }
    Path readme = dir.resolve("report.html");
    MotkitCommandTest.Run run =
        MotkitCommandTest.run(
            "report",
            MotkitCommandTest.sample("events.csv"),
            "--outcomes",
            MotkitCommandTest.sample("outcomes.csv"),
            "--outcome",
            "paid",
            "--kano",
            MotkitCommandTest.sample("kano-answers.csv"),
            "--html",
            readme.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    reports.add(readme);
    // Kano grids crowded on purpose: ten features, five of them on one point (labelled by name),
    // and twenty-four answered at random (labelled by number).
    reports.add(kanoReport("kano-named", 10, true));
    reports.add(kanoReport("kano-numbered", 24, false));
    reports.add(fitReport());
    return reports;
  }

  private static Path kanoReport(String name, int features, boolean clustered) throws Exception {
    String[] answers = {"like", "must-be", "neutral", "live-with", "dislike"};
    java.util.Random random = new java.util.Random(features);
    StringBuilder csv = new StringBuilder("respondent,feature,functional,dysfunctional\n");
    for (int r = 0; r < 40; r++) {
      for (int f = 0; f < features; f++) {
        boolean same = clustered && f < features / 2;
        String functional = same ? "like" : answers[random.nextInt(answers.length)];
        String dysfunctional = same ? "neutral" : answers[random.nextInt(answers.length)];
        csv.append("r")
            .append(r)
            .append(",feature-")
            .append(f)
            .append(',')
            .append(functional)
            .append(',')
            .append(dysfunctional)
            .append('\n');
      }
    }
    Path answersFile = Files.writeString(dir.resolve(name + ".csv"), csv);
    Path html = dir.resolve(name + ".html");
    MotkitCommandTest.Run run =
        MotkitCommandTest.run(
            "report",
            MotkitCommandTest.sample("events.csv"),
            "--kano",
            answersFile.toString(),
            "--html",
            html.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    return html;
  }

  /**
   * Calls back once every chart of the page carries the mark its 'finished' event sets, checking
   * again whenever an attribute of the page changes.
   */
  private static final String AWAIT_FINISHED =
      "var done = arguments[arguments.length - 1];"
          + "function finished() { var charts = document.querySelectorAll('div.chart');"
          + "  return charts.length > 0 && Array.prototype.every.call(charts,"
          + "    function (c) { return c.getAttribute('data-finished') === 'true'; }); }"
          + "if (finished()) { done(); return; }"
          + "var observer = new MutationObserver(function () {"
          + "  if (finished()) { observer.disconnect(); done(); } });"
          + "observer.observe(document.body, {attributes: true, subtree: true});";

  /**
   * For every chart: [index, canvas painted, overlapping label pairs, label count, labels cut off
   * at the chart's edge, whether it can be saved as an image].
   */
  private static final String INSPECT =
      "var out = [];"
          + "document.querySelectorAll('div.chart').forEach(function (el, i) {"
          + "  var chart = echarts.getInstanceByDom(el);"
          + "  if (!chart) { out.push([i, false, 'not initialised']); return; }"
          + "  var canvas = el.querySelector('canvas');"
          + "  var painted = false;"
          + "  if (canvas) {"
          + "    var data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;"
          + "    for (var p = 3; p < data.length; p += 4 * 97) { if (data[p] !== 0) { painted = true; break; } }"
          + "  }"
          + "  var byLabel = {};"
          + "  chart.getZr().storage.getDisplayList(true).forEach(function (e) {"
          + "    if (e.type !== 'tspan' || e.ignore || e.invisible || !e.style || !e.style.text) { return; }"
          + "    if (e.style.opacity === 0) { return; }"
          + "    var r = e.getBoundingRect().clone();"
          + "    if (!(r.width > 0 && r.height > 0)) { return; }"
          + "    var m = e.getComputedTransform() || [1, 0, 0, 1, 0, 0];"
          // Glyphs are as tall as the font whatever box the text engine reports, so measure them
          // so.
          + "    var px = /([0-9.]+)px/.exec(e.style.font || '');"
          + "    var tall = px ? parseFloat(px[1]) : r.height;"
          + "    if (tall > r.height) { r.y -= (tall - r.height) / 2; r.height = tall; }"
          // The box as drawn: its four corners through the text's transform, so that a rotated
          // axis label is the slanted box it occupies, not the upright box around that.
          + "    var corners = [[r.x, r.y], [r.x + r.width, r.y], [r.x + r.width, r.y + r.height], [r.x, r.y + r.height]]"
          + "      .map(function (c) { return [m[0] * c[0] + m[2] * c[1] + m[4], m[1] * c[0] + m[3] * c[1] + m[5]]; });"
          // The lines of one label are one label: a label is the text element holding them.
          + "    var key = e.parent ? e.parent.id : e.id;"
          + "    var b = byLabel[key];"
          + "    if (!b) { byLabel[key] = {text: String(e.style.text), boxes: [corners]}; return; }"
          + "    b.text = b.text + ' ' + e.style.text; b.boxes.push(corners);"
          + "  });"
          + "  var labels = Object.keys(byLabel).map(function (k) { return byLabel[k]; });"
          + "  var W = chart.getWidth(), H = chart.getHeight(), cut = [];"
          + "  labels.forEach(function (l) { if (l.boxes.some(function (q) { return q.some(function (c) {"
          + "    return c[0] < -1 || c[1] < -1 || c[0] > W + 1 || c[1] > H + 1; }); })) { cut.push(l.text); } });"
          // Two convex boxes overlap unless some edge's normal separates them (by more than a
          // pixel's tolerance).
          + "  function project(q, n) { var lo = Infinity, hi = -Infinity;"
          + "    q.forEach(function (c) { var d = c[0] * n[0] + c[1] * n[1]; lo = Math.min(lo, d); hi = Math.max(hi, d); });"
          + "    return [lo, hi]; }"
          + "  function meet(p, q) { var quads = [p, q];"
          + "    for (var s = 0; s < 2; s++) { var k = quads[s]; for (var j = 0; j < 4; j++) {"
          + "      var dx = k[(j + 1) % 4][0] - k[j][0], dy = k[(j + 1) % 4][1] - k[j][1], len = Math.hypot(dx, dy);"
          + "      if (len === 0) { continue; } var n = [-dy / len, dx / len];"
          + "      var a = project(p, n), b = project(q, n);"
          + "      if (Math.min(a[1], b[1]) - Math.max(a[0], b[0]) <= 1) { return false; } } }"
          + "    return true; }"
          + "  var overlaps = [];"
          + "  for (var a = 0; a < labels.length; a++) { for (var b = a + 1; b < labels.length; b++) {"
          + "    var A = labels[a], B = labels[b];"
          + "    if (A.boxes.some(function (p) { return B.boxes.some(function (q) { return meet(p, q); }); })) {"
          + "      overlaps.push(A.text + ' / ' + B.text); }"
          + "  } }"
          + "  var tools = chart.getOption().toolbox;"
          + "  var saveable = !!(tools && tools[0] && tools[0].feature && tools[0].feature.saveAsImage);"
          + "  out.push([i, painted, overlaps.join(' | '), labels.length, cut.join(' | '), saveable]);"
          + "});"
          + "return out;";

  /** The fit section's diagonal runs corner to corner inside its plot; every interval is drawn. */
  @Test
  void theFitSectionDrawsItsDiagonalAndTheIntervalsItNames() throws Exception {
    browser.get(fitReport().toUri().toString());
    ((JavascriptExecutor) browser).executeAsyncScript(AWAIT_FINISHED);
    @SuppressWarnings("unchecked")
    List<Object> found =
        (List<Object>)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "var diagonals = 0, inside = 0, bars = 0, intervals = 0;"
                        + "document.querySelectorAll('div.chart').forEach(function (el) {"
                        + "  var chart = echarts.getInstanceByDom(el); var option = chart.getOption();"
                        + "  var s = option.series[0]; var lines = s.markLine && s.markLine.data;"
                        + "  if (s.type === 'scatter' && lines && lines.length === 1) {"
                        + "    diagonals++;"
                        + "    var grid = chart.getModel().getComponent('grid').coordinateSystem.getRect();"
                        + "    var ends = lines[0].map(function (p) { return chart.convertToPixel({seriesIndex: 0}, p.coord); });"
                        + "    if (ends.every(function (q) { return q[0] >= grid.x - 1 && q[0] <= grid.x + grid.width + 1"
                        + "        && q[1] >= grid.y - 1 && q[1] <= grid.y + grid.height + 1; })) { inside++; }"
                        + "  }"
                        + "  if (s.type === 'bar' && lines) { bars = option.yAxis[0].data.length; intervals = lines.length; }"
                        + "});"
                        + "return [diagonals, inside, bars, intervals];");
    assertThat(found).containsExactly(1L, 1L, 11L, 11L);
  }

  /** A report with a memory-model fit, from simulated ratings. */
  private static Path fitReport() throws Exception {
    Path events = dir.resolve("fit-events.csv");
    Path ratings = dir.resolve("fit-ratings.csv");
    MotkitCommandTest.Run simulate =
        MotkitCommandTest.run(
            "simulate",
            MotkitCommandTest.sample("property-model.json"),
            "--journeys",
            "300",
            "--seed",
            "5",
            "--out",
            events.toString(),
            "--ratings",
            ratings.toString());
    assertThat(simulate.exit()).as(simulate.err()).isZero();
    Path html = dir.resolve("fit-report.html");
    MotkitCommandTest.Run run =
        MotkitCommandTest.run(
            "report",
            events.toString(),
            "--ratings",
            ratings.toString(),
            "--html",
            html.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    return html;
  }

  @Test
  void everyReportDrawsEveryChartWithoutErrorsOrOverlappingLabels() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Path report : reports()) {
      browser.get(report.toUri().toString());
      // Wait for ECharts' own 'finished' event on every chart (the page marks each one).
      ((JavascriptExecutor) browser).executeAsyncScript(AWAIT_FINISHED);
      @SuppressWarnings("unchecked")
      List<List<Object>> charts =
          (List<List<Object>>) ((JavascriptExecutor) browser).executeScript(INSPECT);
      assertThat(charts).as(report.getFileName().toString()).isNotEmpty();
      for (List<Object> chart : charts) {
        String where = report.getFileName() + " chart " + chart.get(0);
        if (!Boolean.TRUE.equals(chart.get(1))) {
          problems.add(where + " is not painted");
        }
        if (!"".equals(chart.get(2))) {
          problems.add(where + " has overlapping labels: " + chart.get(2));
        }
        if (!"".equals(chart.get(4))) {
          problems.add(where + " has labels cut off at its edge: " + chart.get(4));
        }
        if (!Boolean.TRUE.equals(chart.get(5))) {
          problems.add(where + " cannot be saved as an image");
        }
        if (((Number) chart.get(3)).intValue() == 0) {
          problems.add(where + " has no text labels at all");
        }
      }
      List<String> errors = new ArrayList<>();
      for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
        if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
          errors.add(entry.getMessage());
        }
      }
      errors.forEach(e -> problems.add(report.getFileName() + " console error: " + e));
    }
    assertThat(problems).isEmpty();
  }
}
