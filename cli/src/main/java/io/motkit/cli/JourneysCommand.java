package io.motkit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.EventLog;
import io.motkit.journey.analysis.KeyDriver;
import io.motkit.journey.analysis.KeyDriverAnalysis;
import io.motkit.journey.analysis.KeyDriverReport;
import io.motkit.journey.analysis.PainPointAnalysis;
import io.motkit.journey.analysis.TouchpointExperience;
import io.motkit.journey.map.JourneyMap;
import io.motkit.journey.map.MapEdge;
import io.motkit.journey.markov.MarkovModel;
import io.motkit.journey.markov.MarkovSettings;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
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
    description = "Analyse an event log: journey map, pain and delight points, key drivers, Markov model.",
    subcommands = {
      JourneysCommand.MapCommand.class,
      JourneysCommand.PainPointsCommand.class,
      JourneysCommand.DriversCommand.class,
      JourneysCommand.MarkovCommand.class
    })
final class JourneysCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "choose map, pain-points, drivers or markov");
  }

  /** Runs {@code analysis} on the whole log, or on each segment when {@code --segment} is given. */
  static ObjectNode perSegment(EventLog log, String segment, Function<EventLog, ObjectNode> analysis) {
    if (segment == null) {
      return analysis.apply(log);
    }
    ObjectNode root = Json.object();
    root.put("segment_attribute", segment);
    ObjectNode segments = root.putObject("segments");
    for (Map.Entry<String, EventLog> s : log.segments(segment).entrySet()) {
      segments.set(s.getKey(), analysis.apply(s.getValue()));
    }
    return root;
  }

  /** {@code motkit journeys map}. */
  @Command(
      name = "map",
      mixinStandardHelpOptions = true,
      description = "The journey map: directly-follows graph, variants, drop-off per stage; JSON, table or Graphviz DOT.",
      footer = {"", "Examples:", "  motkit journeys map events.csv --scale 1..7", "  motkit journeys map events.csv --scale 1..7 --format dot | dot -Tsvg > map.svg"})
  static final class MapCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin OutputOption output = new OutputOption();

    @Mixin LogOptions log = new LogOptions();

    @Option(names = "--scorer", paramLabel = "ID", description = "Scorer for the variants' mean remembered score (default: ${DEFAULT-VALUE}).", defaultValue = "peak-end")
    String scorer;

    @Option(names = "--top", paramLabel = "N", description = "Variants to list (default: ${DEFAULT-VALUE}).", defaultValue = "10")
    int top;

    @Option(names = "--segment", paramLabel = "ATTRIBUTE", description = "One map per value of this journey attribute.")
    String segment;

    @Option(
        names = "--stages",
        split = ",",
        paramLabel = "STAGE",
        description = "The stages in journey order, such as before,during,after (default: ordered by their typical position in the journeys).")
    List<String> stages = new ArrayList<>();

    @Option(names = "--format", description = "json, csv (the edges), table or dot (default: ${DEFAULT-VALUE}).", defaultValue = "json")
    String format;

    @Override
    public Integer call() throws java.io.IOException {
      Motkit.requireOneOf(spec, "--format", format, "json", "csv", "table", "dot");
      var journeyScorer = ScorerRegistry.load().create(scorer);
      EventLog events = log.read(spec.commandLine().getErr());
      return output.write(spec, java.util.Arrays.asList(log.events, log.outcomes), out -> {
        if (format.equals("dot")) {
          out.print(JourneyMap.of(events, Optional.of(journeyScorer), top, stages).toDot());
          out.flush();
          return 0;
        }
        if (format.equals("csv")) {
          // The directly-follows graph as a tidy edge list; nodes, variants and stages are in the JSON.
          JourneyMap map = JourneyMap.of(events, Optional.of(journeyScorer), top, stages);
          io.motkit.core.csv.CsvTable table = io.motkit.core.csv.CsvTable.of("from", "to", "count", "probability", "median_seconds");
          for (MapEdge e : map.edges()) {
            table.row(e.from(), e.to(), e.count(), e.probability(), e.medianSeconds());
          }
          out.print(table.write());
          return 0;
        }
        if (format.equals("table")) {
          JourneyMap map = JourneyMap.of(events, Optional.of(journeyScorer), top, stages);
          Table table = new Table("from", "to", "count", "probability", "median seconds");
          for (MapEdge e : map.edges()) {
            table.row(e.from(), e.to(), e.count(), e.probability(), e.medianSeconds());
          }
          table.print(out);
          return 0;
        }
        Json.print(out, perSegment(events, segment, l -> JourneyMap.of(l, Optional.of(journeyScorer), top, stages).toJson()));
        return 0;
      });
    }
  }

  /** {@code motkit journeys pain-points}. */
  @Command(
      name = "pain-points",
      mixinStandardHelpOptions = true,
      description = "Pain and delight points per touchpoint: mean experience, gap to expectation, shares below adequate and above desired.",
      footer = {"", "Examples:", "  motkit journeys pain-points events.csv --scale 1..7 --format table", "  motkit journeys pain-points events.csv --scale 1..7 --segment building"})
  static final class PainPointsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin OutputOption output = new OutputOption();

    @Mixin LogOptions log = new LogOptions();

    @Option(names = "--confidence", paramLabel = "C", description = "Interval level (default: ${DEFAULT-VALUE}).", defaultValue = "0.95")
    double confidence;

    @Option(names = "--segment", paramLabel = "ATTRIBUTE", description = "One analysis per value of this journey attribute.")
    String segment;

    @Option(names = "--format", description = "json, csv (tidy, one row per result and segment) or table (default: ${DEFAULT-VALUE}).", defaultValue = "json")
    String format;

    @Override
    public Integer call() throws java.io.IOException {
      Motkit.requireOneOf(spec, "--format", format, "json", "csv", "table");
      EventLog events = log.read(spec.commandLine().getErr());
      return output.write(spec, java.util.Arrays.asList(log.events, log.outcomes), out -> {
        if (format.equals("csv")) {
          Map<String, List<TouchpointExperience>> bySegment = new java.util.LinkedHashMap<>();
          if (segment == null) {
            bySegment.put("all", PainPointAnalysis.analyze(events, confidence));
          } else {
            events.segments(segment).forEach((name, part) -> bySegment.put(name, PainPointAnalysis.analyze(part, confidence)));
          }
          out.print(io.motkit.journey.analysis.AnalysisJson.painPointsCsv(bySegment));
          return 0;
        }
        if (format.equals("table")) {
          Table table = new Table("touchpoint", "moments", "mean", "mean gap", "pain", "delight");
          for (TouchpointExperience p : PainPointAnalysis.analyze(events, confidence)) {
            table.row(p.touchpoint(), p.moments(), p.meanExperience(), p.meanGap().orElse(Double.NaN), p.painShare().orElse(Double.NaN), p.delightShare().orElse(Double.NaN));
          }
          table.print(out);
          return 0;
        }
        Json.print(out, perSegment(events, segment, l -> json(PainPointAnalysis.analyze(l, confidence))));
        return 0;
      });
    }

    private static ObjectNode json(List<TouchpointExperience> points) {
      return io.motkit.journey.analysis.AnalysisJson.painPointsTree(points);
    }
  }

  /** {@code motkit journeys drivers}. */
  @Command(
      name = "drivers",
      mixinStandardHelpOptions = true,
      description = "Key drivers of a journey outcome by relative weights (Johnson 2000), with each touchpoint's performance.",
      footer = {"", "Examples:", "  motkit journeys drivers events.csv --scale 1..7 --outcomes outcomes.csv --outcome paid"})
  static final class DriversCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin OutputOption output = new OutputOption();

    @Mixin LogOptions log = new LogOptions();

    @Option(names = "--outcome", required = true, paramLabel = "NAME", description = "The outcome column to explain.")
    String outcome;

    @Option(names = "--segment", paramLabel = "ATTRIBUTE", description = "One analysis per value of this journey attribute.")
    String segment;

    @Option(names = "--format", description = "json, csv (tidy, one row per result and segment) or table (default: ${DEFAULT-VALUE}).", defaultValue = "json")
    String format;

    @Override
    public Integer call() throws java.io.IOException {
      Motkit.requireOneOf(spec, "--format", format, "json", "csv", "table");
      EventLog events = log.read(spec.commandLine().getErr());
      return output.write(spec, java.util.Arrays.asList(log.events, log.outcomes), out -> {
        if (format.equals("csv")) {
          Map<String, KeyDriverReport> bySegment = new java.util.LinkedHashMap<>();
          if (segment == null) {
            bySegment.put("all", KeyDriverAnalysis.analyze(events, outcome, log.measurements(events)));
          } else {
            events.segments(segment).forEach((name, part) -> bySegment.put(name, KeyDriverAnalysis.analyze(part, outcome, log.measurements(part))));
          }
          out.print(io.motkit.journey.analysis.AnalysisJson.keyDriversCsv(bySegment));
          return 0;
        }
        if (format.equals("table")) {
          KeyDriverReport report = KeyDriverAnalysis.analyze(events, outcome, log.measurements(events));
          Table table = new Table("touchpoint", "weight", "share", "performance", "coverage");
          for (KeyDriver d : report.drivers()) {
            table.row(d.touchpoint(), d.weight(), d.share(), d.performance(), d.coverage());
          }
          table.print(out);
          out.printf(java.util.Locale.ROOT, "R² = %.4f over %d journeys%n", report.rSquared(), report.journeys());
          out.flush();
          return 0;
        }
        Json.print(out, perSegment(events, segment, l -> json(KeyDriverAnalysis.analyze(l, outcome, log.measurements(l)))));
        return 0;
      });
    }

    private static ObjectNode json(KeyDriverReport report) {
      return io.motkit.journey.analysis.AnalysisJson.keyDriversTree(report);
    }
  }

  /** {@code motkit journeys markov}. */
  @Command(
      name = "markov",
      mixinStandardHelpOptions = true,
      description = "Markov journey model of a binary outcome: success probability and removal effects, exact.",
      footer = {"", "Examples:", "  motkit journeys markov events.csv --scale 1..7 --outcomes outcomes.csv --outcome paid --order 2"})
  static final class MarkovCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin OutputOption output = new OutputOption();

    @Mixin LogOptions log = new LogOptions();

    @Option(names = "--outcome", paramLabel = "NAME", description = "The binary (0/1) outcome column of --outcomes; or use --conversion.")
    String outcome;

    @Option(
        names = "--conversion",
        paramLabel = "TOUCHPOINT",
        description = "A journey converts when it first reaches this touchpoint; later moments are not part of its path. No outcomes file needed.")
    String conversion;

    @Option(
        names = "--outcome-time",
        paramLabel = "COLUMN",
        description = "A column of --outcomes with the time of the outcome (ISO-8601, such as 2024-03-09T10:00:00Z): moments that start later are not part of the path.")
    String outcomeTime;

    @Option(names = "--value", paramLabel = "COLUMN", description = "A column of --outcomes with the value of a conversion, for the value attributed to each touchpoint.")
    String value;

    @Option(names = "--include-measurements", description = "Keep measurement touchpoints (see --measurement) in the paths.")
    boolean includeMeasurements;

    @Option(names = "--order", paramLabel = "K", description = "Touchpoints per state, 1 to 4 (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    int order;

    @Option(names = "--segment", paramLabel = "ATTRIBUTE", description = "One model per value of this journey attribute.")
    String segment;

    @Option(names = "--format", description = "json, csv (tidy, one row per result and segment) or table (default: ${DEFAULT-VALUE}).", defaultValue = "json")
    String format;

    @Override
    public Integer call() throws java.io.IOException {
      Motkit.requireOneOf(spec, "--format", format, "json", "csv", "table");
      if ((outcome == null) == (conversion == null)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "give either --outcome (with --outcomes) or --conversion TOUCHPOINT, not " + (outcome == null ? "neither" : "both"));
      }
      if (outcomeTime != null && outcome == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--outcome-time cuts paths at an --outcome; with --conversion the path ends at the conversion already");
      }
      if (outcome != null && log.outcomes == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--outcome needs --outcomes FILE");
      }
      if (outcomeTime != null) {
        log.outcomeTimeColumns.add(outcomeTime);
      }
      EventLog events = log.read(spec.commandLine().getErr());
      return output.write(spec, java.util.Arrays.asList(log.events, log.outcomes), out -> {
        if (format.equals("csv")) {
          MarkovModel model = MarkovModel.fit(events, settings(events));
          io.motkit.core.csv.CsvTable table =
              io.motkit.core.csv.CsvTable.of("outcome", "touchpoint", "removal_effect", "attributed_conversions", "attributed_value", "success_probability", "journeys");
          Map<String, Double> attributed = model.attributedConversions();
          Optional<Map<String, Double>> valued = model.attributedValue();
          model.removalEffects()
              .forEach((t, e) -> table.row(model.outcome(), t, e, attributed.get(t), valued.map(v -> v.get(t)), model.successProbability(), model.journeys()));
          out.print(table.write());
          return 0;
        }
        if (format.equals("table")) {
          MarkovModel model = MarkovModel.fit(events, settings(events));
          Table table = new Table("touchpoint", "removal effect", "attributed conversions");
          Map<String, Double> attributed = model.attributedConversions();
          model.removalEffects().forEach((t, e) -> table.row(t, e, attributed.get(t)));
          table.print(out);
          out.printf(
              java.util.Locale.ROOT,
              "P(%s) = %.4f over %d journeys (equal to the observed conversion rate by construction)%n",
              model.outcome(),
              model.successProbability(),
              model.journeys());
          out.flush();
          return 0;
        }
        Json.print(out, perSegment(events, segment, l -> MarkovModel.fit(l, settings(l)).toJson()));
        return 0;
      });
    }

    private MarkovSettings settings(EventLog events) {
      MarkovSettings.Builder settings =
          MarkovSettings.builder().order(order).includeMeasurements(includeMeasurements).addAllMeasurements(log.measurements(events));
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
      return settings.build();
    }
  }
}
