package io.motkit.cli;

import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.csv.CsvInput;
import io.motkit.scoring.kano.KanoAnalysis;
import io.motkit.scoring.kano.KanoCsv;
import io.motkit.scoring.kano.KanoResponse;
import io.motkit.scoring.kano.KanoResult;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code motkit kano}: the Kano analysis of a questionnaire. */
@Command(
    name = "kano",
    mixinStandardHelpOptions = true,
    description =
        "Classify features with the Kano model: counts, category, better/worse, Fong's test, continuous scores.",
    footer = {
      "",
      "Examples:",
      "  motkit kano answers.csv",
      "  motkit kano answers.csv --tie-threshold 0.1 \\",
      "      --max-questionable 0.3 --format table"
    })
final class KanoCommand implements Callable<Integer>, RunFiles.Declaring {

  @Override
  public void declare(RunFiles files) {
    files.input("ANSWERS", answers).output("--out", output.out);
  }

  @Spec CommandSpec spec;

  @Mixin OutputOption output = new OutputOption();

  @Parameters(
      index = "0",
      paramLabel = "ANSWERS.csv",
      description =
          "respondent,feature,functional,dysfunctional[,importance][,segment]; - for standard input.")
  String answers;

  @Option(
      names = "--tie-threshold",
      paramLabel = "T",
      description =
          "Top two shares closer than this are decided by M > O > A > I (default: ${DEFAULT-VALUE}).",
      defaultValue = "0.06")
  double tieThreshold;

  @Option(
      names = "--max-questionable",
      paramLabel = "SHARE",
      description = "Drop respondents with a larger share of Q answers.")
  Double maxQuestionable;

  @Option(
      names = "--max-indifferent",
      paramLabel = "SHARE",
      description = "Drop respondents with a larger share of I answers.")
  Double maxIndifferent;

  @Mixin FormatOptions format = new FormatOptions();

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() throws java.io.IOException {
    format.check(spec, List.of("features"));
    Motkit.requireBetween(spec, "--tie-threshold", tieThreshold, 0, 1);
    if (maxQuestionable != null) {
      Motkit.requireBetween(spec, "--max-questionable", maxQuestionable, 0, 1);
    }
    if (maxIndifferent != null) {
      Motkit.requireBetween(spec, "--max-indifferent", maxIndifferent, 0, 1);
    }
    KanoAnalysis.Builder analysis = KanoAnalysis.builder().tieThreshold(tieThreshold);
    if (maxQuestionable != null) {
      analysis.maxQuestionableShare(maxQuestionable);
    }
    if (maxIndifferent != null) {
      analysis.maxIndifferentShare(maxIndifferent);
    }
    KanoResult report;
    try (CsvInput csv = Inputs.csv(answers, quiet, spec.commandLine().getErr())) {
      List<KanoResponse> responses = KanoCsv.read(csv);
      report =
          analysis
              .build()
              .run(AnalysisInput.of(responses, Inputs.summary(answers, csv.rowsRead(), 0)));
    }
    return output.write(spec, out -> format.write(out, report));
  }
}
