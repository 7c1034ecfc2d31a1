package io.motkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** The three demo reports and the report of the README's command. */
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
    return reports;
  }

  /**
   * For every chart: [index, canvas painted, overlapping label pairs, label count, labels cut off
   * at the chart's edge].
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
          + "    var r = e.getBoundingRect().clone(); r.applyTransform(e.getComputedTransform());"
          + "    if (!(r.width > 0 && r.height > 0)) { return; }"
          // Glyphs are as tall as the font whatever box the text engine reports, so measure them
          // so.
          + "    var px = /([0-9.]+)px/.exec(e.style.font || '');"
          + "    var tall = px ? parseFloat(px[1]) * e.getComputedTransform()[3] : r.height;"
          + "    if (tall > r.height) { r.y -= (tall - r.height) / 2; r.height = tall; }"
          // The lines of one label are one box: a label is the text element holding them.
          + "    var key = e.parent ? e.parent.id : e.id;"
          + "    var b = byLabel[key];"
          + "    if (!b) { byLabel[key] = [r.x, r.y, r.width, r.height, String(e.style.text)]; return; }"
          + "    var x = Math.min(b[0], r.x), y = Math.min(b[1], r.y);"
          + "    b[2] = Math.max(b[0] + b[2], r.x + r.width) - x; b[3] = Math.max(b[1] + b[3], r.y + r.height) - y;"
          + "    b[0] = x; b[1] = y; b[4] = b[4] + ' ' + e.style.text;"
          + "  });"
          + "  var boxes = Object.keys(byLabel).map(function (k) { return byLabel[k]; });"
          + "  var W = chart.getWidth(), H = chart.getHeight(), cut = [];"
          + "  boxes.forEach(function (b) { if (b[0] < -1 || b[1] < -1 || b[0] + b[2] > W + 1 || b[1] + b[3] > H + 1) { cut.push(b[4]); } });"
          + "  var overlaps = [];"
          + "  for (var a = 0; a < boxes.length; a++) { for (var b = a + 1; b < boxes.length; b++) {"
          + "    var A = boxes[a], B = boxes[b];"
          + "    var w = Math.min(A[0] + A[2], B[0] + B[2]) - Math.max(A[0], B[0]);"
          + "    var h = Math.min(A[1] + A[3], B[1] + B[3]) - Math.max(A[1], B[1]);"
          + "    if (w > 1 && h > 1) { overlaps.push(A[4] + ' / ' + B[4]); }"
          + "  } }"
          + "  out.push([i, painted, overlaps.join(' | '), boxes.length, cut.join(' | ')]);"
          + "});"
          + "return out;";

  @Test
  void everyReportDrawsEveryChartWithoutErrorsOrOverlappingLabels() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Path report : reports()) {
      browser.get(report.toUri().toString());
      Thread.sleep(1500);
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
