package io.motkit.cli;

import io.motkit.core.csv.CsvInput;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.EventLog;
import io.motkit.journey.analysis.KeyDriverAnalysis;
import io.motkit.journey.analysis.PainPointAnalysis;
import io.motkit.journey.map.JourneyMap;
import io.motkit.report.HtmlReport;
import io.motkit.scoring.kano.KanoAnalysis;
import io.motkit.scoring.kano.KanoCsv;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code motkit report}: the visual report of an event log. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Write a self-contained HTML report: emotion curve, pain and delight points, key drivers, Kano grid, journey map.",
    footer = {
      "",
      "Examples:",
      "  motkit report events.csv --scale 1..7 --html report.html",
      "  motkit report events.csv --scale 1..7 --outcomes outcomes.csv --outcome paid --kano answers.csv --journey o-0007 --html report.html"
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LogOptions log = new LogOptions();

  @Option(names = "--html", required = true, paramLabel = "OUT.html", description = "Where to write the report.")
  Path html;

  @Option(names = "--title", description = "The report's title (default: ${DEFAULT-VALUE}).", defaultValue = "Moments of truth")
  String title;

  @Option(names = "--scorer", paramLabel = "ID", description = "Scorer of the emotion curve and the variants (default: ${DEFAULT-VALUE}).", defaultValue = "peak-end")
  String scorer;

  @Option(names = "--journey", paramLabel = "ID", description = "The journey whose emotion curve is drawn (default: the first).")
  String journey;

  @Option(names = "--outcome", paramLabel = "NAME", description = "Outcome for the key drivers (needs --outcomes).")
  String outcome;

  @Option(names = "--kano", paramLabel = "ANSWERS.csv", description = "Kano answers for the better/worse grid.")
  String kano;

  @Override
  public Integer call() {
    JourneyScorer journeyScorer = ScorerRegistry.load().create(scorer);
    EventLog events = log.read(spec.commandLine().getErr());
    int featured = journey == null ? 0 : events.indexOf(journey).orElseThrow(() -> new IllegalArgumentException("journey '" + journey + "' is not in " + log.events));
    HtmlReport.Builder report = HtmlReport.builder(title);
    report.headline("journeys", String.valueOf(events.journeyCount()));
    report.headline("contacts", String.valueOf(events.eventCount()));
    report.emotionCurve(events.journey(featured), journeyScorer.score(events.journey(featured)));
    report.painPoints(PainPointAnalysis.analyze(events));
    if (outcome != null) {
      report.drivers(KeyDriverAnalysis.analyze(events, outcome, log.measurements(events)));
    }
    if (kano != null) {
      try (CsvInput csv = Inputs.csv(kano, true, spec.commandLine().getErr())) {
        report.kano(KanoAnalysis.defaults().analyze(KanoCsv.read(csv)).features());
      }
    }
    report.journeyMap(JourneyMap.of(events, Optional.of(journeyScorer), 10));
    report.build().write(html);
    spec.commandLine().getOut().println("report: " + html.toAbsolutePath().normalize());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
