package io.motkit.cli;

import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.csv.CsvInput;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.journey.EventLog;
import io.motkit.journey.EventLogReader;
import io.motkit.journey.analysis.KeyDriverAnalysis;
import io.motkit.journey.analysis.PainPointAnalysis;
import io.motkit.journey.fit.MemoryModelFit;
import io.motkit.journey.map.JourneyMapAnalysis;
import io.motkit.report.HtmlReport;
import io.motkit.report.ServqualSection;
import io.motkit.scoring.kano.KanoAnalysis;
import io.motkit.scoring.kano.KanoCsv;
import io.motkit.scoring.kano.KanoResponse;
import io.motkit.scoring.servqual.ServqualAnalysis;
import io.motkit.scoring.servqual.ServqualCsv;
import io.motkit.scoring.servqual.ServqualInstrument;
import io.motkit.scoring.servqual.ServqualResponse;
import io.motkit.scoring.servqual.ServqualResult;
import io.motkit.scoring.servqual.ServqualSurvey;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code motkit report}: the visual report of an event log. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Write a self-contained HTML report: emotion curve, pain and delight points, key drivers, Kano grid, SERVQUAL reliability, journey map.",
    footer = {
      "",
      "Examples:",
      "  motkit report events.csv --scale 1..7 --html report.html",
      "  motkit report events.csv --scale 1..7 --outcomes outcomes.csv --outcome paid \\",
      "      --kano answers.csv --journey o-0007 --html report.html"
    })
final class ReportCommand implements Callable<Integer>, RunFiles.Declaring {

  @Override
  public void declare(RunFiles files) {
    log.declare(files);
    files.input("--kano", kano).input("--servqual", servqual).input("--ratings", ratings);
    files.output("--html", html);
  }

  @Spec CommandSpec spec;

  @Mixin LogOptions log = new LogOptions();

  @Mixin ScorerOptions.Defaulted scorerOption = new ScorerOptions.Defaulted();

  @Mixin UnscorableOption unscorable = new UnscorableOption();

  @Option(
      names = "--html",
      required = true,
      paramLabel = "OUT.html",
      description = "Where to write the report.")
  Path html;

  @Option(
      names = "--title",
      description = "The report's title (default: ${DEFAULT-VALUE}).",
      defaultValue = "Moments of truth")
  String title;

  @Option(
      names = "--journey",
      paramLabel = "ID",
      description = "The journey whose emotion curve is drawn (default: the first).")
  String journey;

  @Option(
      names = "--outcome",
      paramLabel = "NAME",
      description = "Outcome for the key drivers (needs --outcomes).")
  String outcome;

  @Option(
      names = "--kano",
      paramLabel = "ANSWERS.csv",
      description = "Kano answers for the better/worse grid.")
  String kano;

  @Option(
      names = "--ratings",
      paramLabel = "FILE",
      description =
          "Retrospective ratings (journey,rating) for a section comparing memory models fitted to them.")
  String ratings;

  @Option(
      names = "--rating",
      paramLabel = "COLUMN",
      description = "The rating column of --ratings (default: ${DEFAULT-VALUE}).",
      defaultValue = "rating")
  String rating;

  @Option(
      names = "--min-share",
      paramLabel = "SHARE",
      description =
          "Leave arrows of the journey map below this share of a touchpoint's moments off (0..1, default: ${DEFAULT-VALUE}).",
      defaultValue = "0.05")
  double minShare;

  @Option(
      names = "--servqual",
      paramLabel = "RESPONSES.csv",
      description =
          "SERVQUAL responses (standard 22 items, 1..7) for a table of dimension gaps with Cronbach's alpha, low reliability flagged.")
  String servqual;

  @Override
  public Integer call() {
    if (!(minShare >= 0 && minShare <= 1)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--min-share must be between 0 and 1, found " + minShare);
    }
    unscorable.check(spec);
    JourneyScorer journeyScorer = scorerOption.create();
    EventLog events =
        unscorable.apply(
            spec, log.read(spec), journeyScorer, log.events.equals("-") ? "<stdin>" : log.events);
    if (events.journeyCount() == 0) {
      throw new IllegalArgumentException(
          "no journeys to report: "
              + (log.events.equals("-") ? "<stdin>" : log.events)
              + " has no rows that could be used");
    }
    int featured =
        journey == null
            ? 0
            : events
                .indexOf(journey)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "journey '" + journey + "' is not in " + log.events));
    HtmlReport.Builder report = HtmlReport.builder(title);
    report.headline("journeys", String.valueOf(events.journeyCount()));
    report.headline("contacts", String.valueOf(events.eventCount()));
    report.emotionCurve(events.journey(featured), journeyScorer.score(events.journey(featured)));
    AnalysisInput<EventLog> input =
        AnalysisInput.inMemory(
            events, log.events.equals("-") ? "<stdin>" : log.events, events.eventCount());
    report.painPoints(PainPointAnalysis.defaults().run(input));
    if (outcome != null) {
      report.drivers(
          KeyDriverAnalysis.builder()
              .outcome(outcome)
              .addAllMeasurements(log.measurements(events))
              .build()
              .run(input));
    }
    if (kano != null) {
      try (CsvInput csv = Inputs.csv(kano, true, spec.commandLine().getErr())) {
        List<KanoResponse> responses = KanoCsv.read(csv);
        report.kano(
            KanoAnalysis.defaults().run(AnalysisInput.inMemory(responses, kano, responses.size())));
      }
    }
    if (servqual != null) {
      try (CsvInput csv = Inputs.csv(servqual, true, spec.commandLine().getErr())) {
        ServqualInstrument instrument = ServqualInstrument.standard22();
        List<ServqualResponse> responses =
            ServqualCsv.readResponses(csv, instrument, io.motkit.core.Scale.likert7());
        ServqualResult result =
            ServqualAnalysis.builder()
                .instrument(instrument)
                .build()
                .run(
                    AnalysisInput.inMemory(
                        ServqualSurvey.of(responses, List.of()), servqual, responses.size()));
        report.sections(ServqualSection.of(result));
      }
    }
    if (ratings != null) {
      Map<String, Map<String, Double>> byJourney;
      try (CsvInput csv = Inputs.csv(ratings, true, spec.commandLine().getErr())) {
        csv.requireColumns(rating);
        byJourney = EventLogReader.readOutcomes(csv);
      }
      report.memoryFit(
          MemoryModelFit.defaults().fit(events.withOutcomes(byJourney), rating, log.events));
    }
    report.journeyMap(
        JourneyMapAnalysis.builder().scorer(journeyScorer).build().run(input),
        events.scale(),
        minShare);
    HtmlReport built = report.build();
    OutputFile.write(
        html,
        out -> {
          out.write(built.render());
          return 0;
        });
    spec.commandLine().getOut().println("report: " + html.toAbsolutePath().normalize());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
