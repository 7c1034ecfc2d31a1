package io.motkit.cli;

import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.analysis.InputSummary;
import io.motkit.core.csv.CsvInput;
import io.motkit.journey.EventLog;
import io.motkit.journey.EventLogReader;
import io.motkit.journey.fit.FitReport;
import io.motkit.journey.fit.FitReportWriter;
import io.motkit.journey.fit.MemoryModelFit;
import io.motkit.journey.fit.ModelFit;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code motkit fit}: which memory model predicts the retrospective ratings best. */
@Command(
    name = "fit",
    mixinStandardHelpOptions = true,
    description =
        "Fit memory models (peak-end, recency, duration-weighted, trend, the baselines, and the regression on peak,"
            + " end, mean and duration) to a retrospective rating per journey, and compare them by seeded k-fold"
            + " cross-validation, with bootstrap intervals and paired comparisons with the best. Method: docs/fit.md.",
    footer = {
      "",
      "Examples:",
      "  motkit fit events.csv --ratings ratings.csv --rating rating --scale 1..7",
      "  motkit fit events.csv --ratings ratings.csv --rating rating --scale 1..7 \\",
      "      --models peak-end,mean,intercept --folds 10 --bootstrap 1000 --seed 7 --format csv > fit.csv"
    })
final class FitCommand implements Callable<Integer>, RunFiles.Declaring {

  @Override
  public void declare(RunFiles files) {
    log.declare(files);
    files.input("--ratings", ratings).output("--out", output.out);
  }

  @Spec CommandSpec spec;

  @Mixin OutputOption output = new OutputOption();

  @Mixin LogOptions log = new LogOptions();

  @Option(
      names = "--ratings",
      required = true,
      paramLabel = "FILE",
      description = "The retrospective ratings: journey,<rating column>.")
  String ratings;

  @Option(
      names = "--rating",
      paramLabel = "COLUMN",
      description = "The rating column of --ratings (default: ${DEFAULT-VALUE}).",
      defaultValue = "rating")
  String rating;

  @Option(
      names = "--models",
      split = ",",
      paramLabel = "MODEL",
      description =
          "The candidates to fit (default: all): peak-end, peak, end, mean, weakest-link, duration-weighted, recency-time, recency-position, trend, regression, intercept.")
  List<String> models = new ArrayList<>();

  @Option(
      names = "--folds",
      paramLabel = "K",
      description = "Folds of the cross-validation (default: ${DEFAULT-VALUE}).",
      defaultValue = "10")
  int folds;

  @Option(
      names = "--bootstrap",
      paramLabel = "B",
      description = "Bootstrap resamples, 0 for none (default: ${DEFAULT-VALUE}).",
      defaultValue = "1000")
  int bootstrap;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Seed of the folds and the resamples (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  long seed;

  @Option(
      names = "--confidence",
      paramLabel = "C",
      description = "Level of the intervals (default: ${DEFAULT-VALUE}).",
      defaultValue = "0.95")
  double confidence;

  @Option(
      names = "--format",
      description = "json, csv or table (default: ${DEFAULT-VALUE}).",
      defaultValue = "json")
  String format;

  @Option(
      names = "--table",
      paramLabel = "NAME",
      description =
          "With --format csv: models (one row per model) or parameters (one row per model and parameter, with its interval) (default: ${DEFAULT-VALUE}).",
      defaultValue = "models")
  String table;

  @Override
  public Integer call() throws java.io.IOException {
    Motkit.requireLevel(spec, "--confidence", confidence);
    Motkit.requireOneOf(spec, "--format", format, "json", "csv", "table");
    Motkit.requireOneOf(spec, "--table", table, "models", "parameters");
    MemoryModelFit.Builder settings =
        MemoryModelFit.builder()
            .folds(folds)
            .resamples(bootstrap)
            .seed(seed)
            .confidenceLevel(confidence)
            .addAllModels(models);
    try {
      settings.build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    AnalysisInput<EventLog> logInput = log.input(spec);
    EventLog events = logInput.data();
    Map<String, Map<String, Double>> byJourney;
    java.util.List<InputSummary> sources = new java.util.ArrayList<>(logInput.sources());
    try (CsvInput csv = Inputs.csv(ratings, true, err)) {
      csv.requireColumns(rating);
      byJourney = EventLogReader.readOutcomes(csv);
      sources.add(Inputs.summary(ratings, csv.rowsRead(), 0));
    }
    // Named ones only (each checked to be a touchpoint of the log); the fit's default is to see
    // every moment.
    log.measurements(events);
    java.util.Set<String> measurements = new java.util.TreeSet<>(log.measurements);
    FitReport report =
        settings
            .rating(rating)
            .addAllMeasurements(measurements)
            .build()
            .run(AnalysisInput.of(events.withOutcomes(byJourney), sources));
    return output.write(
        spec,
        out -> {
          switch (format) {
            case "csv":
              out.print(
                  table.equals("parameters")
                      ? FitReportWriter.parametersCsv(report)
                      : FitReportWriter.csv(report));
              break;
            case "table":
              Table table =
                  new Table(
                      "model",
                      "R² (out of fold)",
                      "RMSE",
                      "RMSE interval",
                      "MAE",
                      "AIC",
                      "BIC",
                      "Δ MSE vs best",
                      "p",
                      "MCS p");
              for (ModelFit m : report.models()) {
                table.row(
                    m.model(),
                    m.rSquared(),
                    m.rmse(),
                    m.rmseInterval()
                        .map(ci -> String.format(Locale.ROOT, "[%.4f, %.4f]", ci.low(), ci.high()))
                        .orElse("-"),
                    m.mae(),
                    m.aic(),
                    m.bic(),
                    m.comparison()
                        .map(c -> String.format(Locale.ROOT, "%.4f", c.meanDifference()))
                        .orElse("-"),
                    m.comparison()
                        .map(
                            c ->
                                // At the floor 1 / (B + 1) the resamples cannot tell more.
                                c.pValue() <= 1.0 / (report.resamples() + 1) + 1e-15
                                    ? String.format(
                                        Locale.ROOT, "<=%.4f", 1.0 / (report.resamples() + 1))
                                    : String.format(Locale.ROOT, "%.4f", c.pValue()))
                        .orElse("-"),
                    m.confidenceSetPValue().isPresent()
                        ? String.format(Locale.ROOT, "%.4f", m.confidenceSetPValue().getAsDouble())
                        : "-");
              }
              table.print(out);
              ModelFit best = report.models().get(0);
              out.printf(
                  Locale.ROOT, "best: %s %s %s%n", best.model(), best.choices(), best.estimates());
              if (best.estimates().getOrDefault("slope", 1.0) <= 0) {
                out.println(
                    "warning: the best model's slope is not positive: a higher score predicts a"
                        + " lower rating, which no memory model means; the data may be noise");
              }
              if (best.confidenceSetPValue().isPresent()) {
                out.printf(
                    Locale.ROOT,
                    "confidence set (%.0f %%, Hansen, Lunde and Nason 2011): %s%n",
                    100 * report.confidenceLevel(),
                    report.models().stream()
                        .filter(
                            m -> m.confidenceSetPValue().orElse(0) >= 1 - report.confidenceLevel())
                        .map(ModelFit::model)
                        .collect(java.util.stream.Collectors.joining(", ")));
              }
              report
                  .skipped()
                  .forEach((model, reason) -> out.printf("skipped %s: %s%n", model, reason));
              break;
            default:
              out.println(FitReportWriter.json(report));
              break;
          }
          out.flush();
          return 0;
        });
  }
}
