package io.motkit.cli;

import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.csv.CsvInput;
import io.motkit.scoring.nps.NpsAnalysis;
import io.motkit.scoring.nps.NpsCsv;
import io.motkit.scoring.nps.NpsResponse;
import io.motkit.scoring.nps.NpsResult;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code motkit nps}: the Net Promoter Score with its interval. */
@Command(
    name = "nps",
    mixinStandardHelpOptions = true,
    description =
        "Net Promoter Score with standard error and a Wald, adjusted-Wald or seeded bootstrap interval.",
    footer = {
      "",
      "Examples:",
      "  motkit nps scores.csv",
      "  motkit nps scores.csv --interval adjusted-wald --confidence 0.9",
      "  motkit nps scores.csv --interval bootstrap --seed 42",
      "  motkit nps scores.csv --compare web phone --format csv --table comparison"
    })
final class NpsCommand implements Callable<Integer>, RunFiles.Declaring {

  @Override
  public void declare(RunFiles files) {
    files.input("SCORES", scores).output("--out", output.out);
  }

  @Spec CommandSpec spec;

  @Mixin OutputOption output = new OutputOption();

  @Parameters(
      index = "0",
      paramLabel = "SCORES.csv",
      description = "respondent,score[,segment]; - for standard input.")
  String scores;

  @Option(
      names = "--interval",
      paramLabel = "METHOD",
      description = "wald, adjusted-wald or bootstrap (default: ${DEFAULT-VALUE}).",
      defaultValue = "wald")
  String interval;

  @Option(
      names = "--confidence",
      paramLabel = "C",
      description = "Confidence level (default: ${DEFAULT-VALUE}).",
      defaultValue = "0.95")
  double confidence;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Seed of the bootstrap (with --interval bootstrap; default 1).")
  Long seed;

  @Option(
      names = "--resamples",
      paramLabel = "B",
      description = "Resamples of the bootstrap (with --interval bootstrap; default 2000).")
  Integer resamples;

  @Option(
      names = "--compare",
      arity = "2",
      paramLabel = "SEGMENT",
      description =
          "Compare two segments: the difference of their scores (first minus second), its interval and the p-value of a two-sample z test.")
  List<String> compare = new java.util.ArrayList<>();

  @Mixin FormatOptions format = new FormatOptions();

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() throws java.io.IOException {
    format.check(spec, compare.isEmpty() ? List.of("scores") : List.of("scores", "comparison"));
    NpsAnalysis.Method method;
    try {
      method = NpsAnalysis.Method.parse(interval);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--interval: " + e.getMessage());
    }
    if (method != NpsAnalysis.Method.BOOTSTRAP && (seed != null || resamples != null)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          (seed != null ? "--seed" : "--resamples")
              + " applies to --interval bootstrap only, not "
              + method.label());
    }
    Motkit.requireLevel(spec, "--confidence", confidence);
    if (resamples != null) {
      Motkit.requireBetween(spec, "--resamples", resamples, 100, 10_000_000);
    }
    NpsAnalysis.Builder analysis =
        NpsAnalysis.builder()
            .method(method)
            .confidenceLevel(confidence)
            .addAllComparedSegments(compare);
    if (seed != null) {
      analysis.seed(seed);
    }
    if (resamples != null) {
      analysis.resamples(resamples);
    }
    NpsAnalysis settings = analysis.build();
    NpsResult report;
    try (CsvInput csv = Inputs.csv(scores, quiet, spec.commandLine().getErr())) {
      List<NpsResponse> responses = NpsCsv.read(csv);
      report = settings.run(AnalysisInput.of(responses, Inputs.summary(scores, csv.rowsRead(), 0)));
    }
    return output.write(spec, out -> format.write(out, report));
  }
}
