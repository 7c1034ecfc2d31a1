package io.motkit.cli;

import io.motkit.core.Scale;
import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.analysis.InputSummary;
import io.motkit.core.csv.CsvInput;
import io.motkit.scoring.servqual.ServqualAnalysis;
import io.motkit.scoring.servqual.ServqualCsv;
import io.motkit.scoring.servqual.ServqualDimensionResult;
import io.motkit.scoring.servqual.ServqualImportance;
import io.motkit.scoring.servqual.ServqualInstrument;
import io.motkit.scoring.servqual.ServqualResponse;
import io.motkit.scoring.servqual.ServqualResult;
import io.motkit.scoring.servqual.ServqualSurvey;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code motkit servqual}: the SERVQUAL analysis of a questionnaire. */
@Command(
    name = "servqual",
    mixinStandardHelpOptions = true,
    description =
        "SERVQUAL gaps per item and dimension, unweighted and weighted scores, SERVPERF, Cronbach's alpha.",
    footer = {
      "",
      "Examples:",
      "  motkit servqual responses.csv",
      "  motkit servqual responses.csv --instrument property-instrument.csv \\",
      "      --weights points.csv --scale 1..5 --format csv --table items"
    })
final class ServqualCommand implements Callable<Integer>, RunFiles.Declaring {

  @Override
  public void declare(RunFiles files) {
    files
        .input("RESPONSES", responses)
        .input("--instrument", instrument)
        .input("--weights", weights);
    files.output("--out", output.out);
  }

  @Spec CommandSpec spec;

  @Mixin OutputOption output = new OutputOption();

  @Parameters(
      index = "0",
      paramLabel = "RESPONSES.csv",
      description =
          "respondent,item,expectation,perception[,adequate,desired][,segment]; - for standard input.")
  String responses;

  @Option(
      names = "--instrument",
      paramLabel = "standard-22|FILE",
      description =
          "The instrument: standard-22 or a CSV file item,dimension,reverse (default: ${DEFAULT-VALUE}).",
      defaultValue = "standard-22")
  String instrument;

  @Option(
      names = "--weights",
      paramLabel = "FILE",
      description = "Importance points: respondent,dimension,points.")
  String weights;

  @Mixin ScaleOptions scale = new ScaleOptions();

  @Option(
      names = "--confidence",
      paramLabel = "C",
      description = "Level of the gap intervals (default: ${DEFAULT-VALUE}).",
      defaultValue = "0.95")
  double confidence;

  @Mixin FormatOptions format = new FormatOptions();

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() throws java.io.IOException {
    format.check(spec, List.of("dimensions", "items", "scores"));
    Motkit.requireLevel(spec, "--confidence", confidence);
    if (scale.neutral != null) {
      // Gaps are differences between two answers, so no neutral point enters any SERVQUAL figure.
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--neutral does not apply to servqual: gaps are differences between answers and have no"
              + " neutral point (--lower-is-better does apply: it turns every gap around)");
    }
    java.io.PrintWriter err = spec.commandLine().getErr();
    ServqualInstrument items;
    if (instrument.equals("standard-22")) {
      items = ServqualInstrument.standard22();
    } else {
      try (CsvInput csv = Inputs.csv(instrument, true, err)) {
        items = ServqualInstrument.read(csv);
      }
    }
    Scale answerScale = scale.scale(spec);
    List<ServqualResponse> answers;
    List<InputSummary> sources = new java.util.ArrayList<>();
    try (CsvInput csv = Inputs.csv(responses, quiet, err)) {
      answers = ServqualCsv.readResponses(csv, items, answerScale);
      sources.add(Inputs.summary(responses, csv.rowsRead(), 0));
    }
    List<ServqualImportance> points = List.of();
    if (weights != null) {
      try (CsvInput csv = Inputs.csv(weights, true, err)) {
        points = ServqualCsv.readImportance(csv, items);
        sources.add(Inputs.summary(weights, csv.rowsRead(), 0));
      }
    }
    ServqualResult report =
        ServqualAnalysis.builder()
            .instrument(items)
            .scale(answerScale)
            .confidenceLevel(confidence)
            .build()
            .run(AnalysisInput.of(ServqualSurvey.of(answers, points), sources));
    for (ServqualDimensionResult d : report.dimensions()) {
      if (d.lowReliability()) {
        err.printf(
            java.util.Locale.ROOT,
            "motkit: warning: %s has Cronbach's alpha below %.1f; its items may not measure one dimension, so read its gap with care%n",
            d.dimension(),
            ServqualDimensionResult.RELIABLE_ALPHA);
      }
    }
    err.flush();
    return output.write(spec, out -> format.write(out, report));
  }
}
