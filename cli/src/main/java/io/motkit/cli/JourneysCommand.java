package io.motkit.cli;

import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.analysis.InputSummary;
import io.motkit.journey.EventLog;
import io.motkit.journey.analysis.KeyDriverAnalysis;
import io.motkit.journey.analysis.MomentsOfTruthAnalysis;
import io.motkit.journey.analysis.PainPointAnalysis;
import io.motkit.journey.analysis.ResponsePair;
import io.motkit.journey.analysis.TimelineAnalysis;
import io.motkit.journey.map.JourneyMapAnalysis;
import io.motkit.journey.map.JourneyMapResult;
import io.motkit.journey.markov.MarkovAnalysis;
import io.motkit.journey.markov.MarkovSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code motkit journeys}: analyses of an event log. */
@Command(
    name = "journeys",
    mixinStandardHelpOptions = true,
    description =
        "Analyse an event log: journey map, pain and delight points, key drivers, moments of truth, Markov model, one journey's timeline.",
    subcommands = {
      JourneysCommand.MapCommand.class,
      JourneysCommand.PainPointsCommand.class,
      JourneysCommand.DriversCommand.class,
      JourneysCommand.MomentsCommand.class,
      JourneysCommand.MarkovCommand.class,
      JourneysCommand.TimelineCommand.class
    })
final class JourneysCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "choose map, pain-points, drivers, moments, markov or timeline");
  }

  /** The option every analysis of a whole log has: one result per value of a journey attribute. */
  static final class SegmentOption {
    @Option(
        names = "--segment",
        paramLabel = "ATTRIBUTE",
        description =
            "Also analyse each value of this journey attribute (in long format: column segment).")
    String segment;

    Optional<String> attribute() {
      return Optional.ofNullable(segment);
    }
  }

  /** {@code motkit journeys map}. */
  @Command(
      name = "map",
      mixinStandardHelpOptions = true,
      description =
          "The journey map: directly-follows graph, layered layout, variants, drop-off per stage. Tables: edges, nodes, variants, stages; also Graphviz DOT.",
      footer = {
        "",
        "Examples:",
        "  motkit journeys map events.csv --scale 1..7",
        "  motkit journeys map events.csv --scale 1..7 --format csv --table nodes",
        "  motkit journeys map events.csv --scale 1..7 --format dot | dot -Tsvg > map.svg"
      })
  static final class MapCommand implements Callable<Integer>, RunFiles.Declaring {

    @Override
    public void declare(RunFiles files) {
      log.declare(files);
      files.output("--out", output.out);
    }

    @Spec CommandSpec spec;

    @Mixin OutputOption output = new OutputOption();

    @Mixin LogOptions log = new LogOptions();

    @Mixin FormatOptions format = new FormatOptions();

    @Mixin ScorerOptions.Defaulted scorerOption = new ScorerOptions.Defaulted();

    @Mixin SegmentOption segment = new SegmentOption();

    @Mixin UnscorableOption unscorable = new UnscorableOption();

    @Option(
        names = "--top",
        paramLabel = "N",
        description = "Variants to list (default: ${DEFAULT-VALUE}).",
        defaultValue = "10")
    int top;

    @Option(
        names = "--stages",
        split = ",",
        paramLabel = "STAGE",
        description =
            "The stages in journey order, such as before,during,after (default: ordered by their typical position in the journeys).")
    List<String> stages = new ArrayList<>();

    @Override
    public Integer call() throws java.io.IOException {
      format.check(spec, List.of("edges", "nodes", "variants", "stages"), "dot");
      Motkit.requireBetween(spec, "--top", top, 0, Integer.MAX_VALUE);
      unscorable.check(spec);
      if (format.format.equals("dot") && segment.segment != null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--format dot draws one map; leave out --segment or choose json, csv or table");
      }
      var journeyScorer = scorerOption.create();
      JourneyMapAnalysis analysis =
          JourneyMapAnalysis.builder()
              .scorer(journeyScorer)
              .topVariants(top)
              .addAllStageOrder(stages)
              .segmentBy(segment.attribute())
              .build();
      AnalysisInput<EventLog> input = log.input(spec);
      EventLog scorable =
          unscorable.apply(spec, input.data(), journeyScorer, input.sources().get(0).name());
      JourneyMapResult report = analysis.run(AnalysisInput.of(scorable, input.sources()));
      return output.write(
          spec,
          out -> {
            if (format.format.equals("dot")) {
              out.print(report.map().toDot());
              out.flush();
              return 0;
            }
            return format.write(out, report);
          });
    }
  }

  /** {@code motkit journeys pain-points}. */
  @Command(
      name = "pain-points",
      mixinStandardHelpOptions = true,
      description =
          "Pain and delight points per touchpoint: mean experience, gap to expectation, shares below adequate and above desired.",
      footer = {
        "",
        "Examples:",
        "  motkit journeys pain-points events.csv --scale 1..7 --format table",
        "  motkit journeys pain-points events.csv --scale 1..7 --segment building --format csv"
      })
  static final class PainPointsCommand implements Callable<Integer>, RunFiles.Declaring {

    @Override
    public void declare(RunFiles files) {
      log.declare(files);
      files.output("--out", output.out);
    }

    @Spec CommandSpec spec;

    @Mixin OutputOption output = new OutputOption();

    @Mixin LogOptions log = new LogOptions();

    @Mixin FormatOptions format = new FormatOptions();

    @Mixin SegmentOption segment = new SegmentOption();

    @Option(
        names = "--confidence",
        paramLabel = "C",
        description = "Interval level (default: ${DEFAULT-VALUE}).",
        defaultValue = "0.95")
    double confidence;

    @Override
    public Integer call() throws java.io.IOException {
      format.check(spec, List.of("touchpoints"));
      Motkit.requireLevel(spec, "--confidence", confidence);
      PainPointAnalysis analysis =
          PainPointAnalysis.builder()
              .confidenceLevel(confidence)
              .segmentBy(segment.attribute())
              .build();
      var report = analysis.run(log.input(spec));
      return output.write(spec, out -> format.write(out, report));
    }
  }

  /** {@code motkit journeys drivers}. */
  @Command(
      name = "drivers",
      mixinStandardHelpOptions = true,
      description =
          "Key drivers of a journey outcome by relative weights (Johnson 2000), with each touchpoint's performance.",
      footer = {
        "",
        "Examples:",
        "  motkit journeys drivers events.csv --scale 1..7 \\",
        "      --outcomes outcomes.csv --outcome paid --format table"
      })
  static final class DriversCommand implements Callable<Integer>, RunFiles.Declaring {

    @Override
    public void declare(RunFiles files) {
      log.declare(files);
      files.output("--out", output.out);
    }

    @Spec CommandSpec spec;

    @Mixin OutputOption output = new OutputOption();

    @Mixin LogOptions log = new LogOptions();

    @Mixin FormatOptions format = new FormatOptions();

    @Mixin SegmentOption segment = new SegmentOption();

    @Option(
        names = "--outcome",
        required = true,
        paramLabel = "NAME",
        description = "The outcome column to explain.")
    String outcome;

    @Override
    public Integer call() throws java.io.IOException {
      format.check(spec, List.of("drivers"));
      if (log.outcomes == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--outcome needs --outcomes FILE");
      }
      var input = log.input(spec);
      log.measurements(input.data());
      KeyDriverAnalysis analysis =
          KeyDriverAnalysis.builder()
              .outcome(outcome)
              .addAllMeasurements(log.measurements)
              .segmentBy(segment.attribute())
              .build();
      var report = analysis.run(input);
      return output.write(spec, out -> format.write(out, report));
    }
  }

  /** {@code motkit journeys moments}. */
  @Command(
      name = "moments",
      mixinStandardHelpOptions = true,
      description =
          "Moments of truth: per touchpoint, how often it is the peak or the end of a journey under a scorer, and the lift in the mean remembered score if it were one point better.",
      footer = {
        "",
        "Examples:",
        "  motkit journeys moments events.csv --scale 1..7 --format table",
        "  motkit journeys moments events.csv --scale 1..7 --scorer peak-end --param peak=worst"
      })
  static final class MomentsCommand implements Callable<Integer>, RunFiles.Declaring {

    @Override
    public void declare(RunFiles files) {
      log.declare(files);
      files.output("--out", output.out);
    }

    @Spec CommandSpec spec;

    @Mixin OutputOption output = new OutputOption();

    @Mixin LogOptions log = new LogOptions();

    @Mixin FormatOptions format = new FormatOptions();

    @Mixin ScorerOptions.Defaulted scorerOption = new ScorerOptions.Defaulted();

    @Mixin SegmentOption segment = new SegmentOption();

    @Override
    public Integer call() throws java.io.IOException {
      format.check(spec, List.of("impacts"));
      var input = log.input(spec);
      log.measurements(input.data());
      MomentsOfTruthAnalysis analysis =
          MomentsOfTruthAnalysis.builder()
              .scorer(scorerOption.create())
              .addAllMeasurements(log.measurements)
              .segmentBy(segment.attribute())
              .build();
      var report = analysis.run(input);
      return output.write(spec, out -> format.write(out, report));
    }
  }

  /** {@code motkit journeys markov}. */
  @Command(
      name = "markov",
      mixinStandardHelpOptions = true,
      description =
          "Markov journey model of a binary outcome: success probability and removal effects, exact. Tables: touchpoints, transitions.",
      footer = {
        "",
        "Examples:",
        "  motkit journeys markov events.csv --scale 1..7 \\",
        "      --outcomes outcomes.csv --outcome paid --order 2",
        "  motkit journeys markov events.csv --scale 1..7 --conversion checkout --format table"
      })
  static final class MarkovCommand implements Callable<Integer>, RunFiles.Declaring {

    @Override
    public void declare(RunFiles files) {
      log.declare(files);
      files.output("--out", output.out);
    }

    @Spec CommandSpec spec;

    @Mixin OutputOption output = new OutputOption();

    @Mixin LogOptions log = new LogOptions();

    @Mixin FormatOptions format = new FormatOptions();

    @Mixin SegmentOption segment = new SegmentOption();

    @Option(
        names = "--outcome",
        paramLabel = "NAME",
        description = "The binary (0/1) outcome column of --outcomes; or use --conversion.")
    String outcome;

    @Option(
        names = "--conversion",
        paramLabel = "TOUCHPOINT",
        description =
            "A journey converts when it first reaches this touchpoint; later moments are not part of its path. No outcomes file needed.")
    String conversion;

    @Option(
        names = "--outcome-time",
        paramLabel = "COLUMN",
        description =
            "A column of --outcomes with the time of the outcome (ISO-8601, such as 2024-03-09T10:00:00Z): moments that start later are not part of the path.")
    String outcomeTime;

    @Option(
        names = "--value",
        paramLabel = "COLUMN",
        description =
            "A column of --outcomes with the value of a conversion, for the value attributed to each touchpoint.")
    String value;

    @Option(
        names = "--include-measurements",
        description = "Keep measurement touchpoints (see --measurement) in the paths.")
    boolean includeMeasurements;

    @Option(
        names = "--order",
        paramLabel = "K",
        description = "Touchpoints per state, 1 to 4 (default: ${DEFAULT-VALUE}).",
        defaultValue = "1")
    int order;

    @Override
    public Integer call() throws java.io.IOException {
      format.check(spec, List.of("touchpoints", "transitions"));
      Motkit.requireBetween(spec, "--order", order, 1, 4);
      if ((outcome == null) == (conversion == null)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "give either --outcome (with --outcomes) or --conversion TOUCHPOINT, not "
                + (outcome == null ? "neither" : "both"));
      }
      if (outcomeTime != null && outcome == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--outcome-time cuts paths at an --outcome; with --conversion the path ends at the conversion already");
      }
      if (outcome != null && log.outcomes == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--outcome needs --outcomes FILE");
      }
      if (value != null && log.outcomes == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--value needs --outcomes FILE");
      }
      if (outcomeTime != null) {
        log.outcomeTimeColumns.add(outcomeTime);
      }
      AnalysisInput<EventLog> input = log.input(spec);
      MarkovSettings.Builder settings =
          MarkovSettings.builder()
              .order(order)
              .includeMeasurements(includeMeasurements)
              .addAllMeasurements(log.measurements(input.data()));
      if (outcome != null) {
        settings.outcome(outcome);
      } else {
        settings.conversion(conversion);
      }
      if (outcomeTime != null) {
        settings.outcomeTime(outcomeTime);
      }
      if (value != null) {
        settings.value(value);
      }
      var report =
          MarkovAnalysis.builder()
              .settings(settings.build())
              .segmentBy(segment.attribute())
              .build()
              .run(input);
      return output.write(spec, out -> format.write(out, report));
    }
  }

  /** {@code motkit journeys timeline}. */
  @Command(
      name = "timeline",
      mixinStandardHelpOptions = true,
      description =
          "One journey's contact timeline: its moments in order with stage, gap and role (peak, end), and response times between pairs of touchpoints. Tables: moments, responses.",
      footer = {
        "",
        "Examples:",
        "  motkit journeys timeline events.csv --scale 1..7 --journey owner-17 --format table",
        "  motkit journeys timeline events.csv --scale 1..7 --journey owner-17 \\",
        "      --pair repair-request:repair-visit --format csv --table responses"
      })
  static final class TimelineCommand implements Callable<Integer>, RunFiles.Declaring {

    @Override
    public void declare(RunFiles files) {
      log.declare(files);
      files.output("--out", output.out);
    }

    @Spec CommandSpec spec;

    @Mixin OutputOption output = new OutputOption();

    @Mixin LogOptions log = new LogOptions();

    @Mixin FormatOptions format = new FormatOptions();

    @Mixin ScorerOptions.Defaulted scorerOption = new ScorerOptions.Defaulted();

    @Option(names = "--journey", required = true, paramLabel = "ID", description = "The journey.")
    String journey;

    @Option(
        names = "--pair",
        paramLabel = "FROM:TO",
        description =
            "Measure the response time from each moment of touchpoint FROM to the next moment of TO; repeatable.")
    List<String> pairs = new ArrayList<>();

    @Override
    public Integer call() throws java.io.IOException {
      format.check(spec, List.of("moments", "responses"));
      TimelineAnalysis.Builder analysis = TimelineAnalysis.builder().scorer(scorerOption.create());
      for (String pair : pairs) {
        String[] ends = pair.split(":", -1);
        if (ends.length != 2 || ends[0].isBlank() || ends[1].isBlank()) {
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              "--pair must be FROM:TO, two touchpoint ids, found '" + pair + "'");
        }
        analysis.addPair(ResponsePair.of(ends[0], ends[1]));
      }
      AnalysisInput<EventLog> input = log.input(spec);
      EventLog events = input.data();
      int index =
          events
              .indexOf(journey)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "journey '" + journey + "' is not in " + input.sources().get(0).name()));
      List<InputSummary> sources = input.sources();
      var report = analysis.build().run(AnalysisInput.of(events.journey(index), sources));
      return output.write(spec, out -> format.write(out, report));
    }
  }
}
