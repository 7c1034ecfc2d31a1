package io.motkit.cli;

import io.motkit.core.csv.CsvInput;
import io.motkit.scoring.kano.KanoAnalysis;
import io.motkit.scoring.kano.KanoCategory;
import io.motkit.scoring.kano.KanoCsv;
import io.motkit.scoring.kano.KanoFeatureResult;
import io.motkit.scoring.kano.KanoReport;
import io.motkit.scoring.kano.KanoReportJson;
import java.io.PrintWriter;
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
    description = "Classify features with the Kano model: counts, category, better/worse, Fong's test, continuous scores.",
    footer = {
      "",
      "Examples:",
      "  motkit kano answers.csv",
      "  motkit kano answers.csv --tie-threshold 0.1 --max-questionable 0.3 --segment --format table"
    })
final class KanoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin OutputOption output = new OutputOption();

  @Parameters(index = "0", paramLabel = "ANSWERS.csv", description = "respondent,feature,functional,dysfunctional[,importance][,segment]; - for standard input.")
  String answers;

  @Option(names = "--tie-threshold", paramLabel = "T", description = "Top two shares closer than this are decided by M > O > A > I (default: ${DEFAULT-VALUE}).", defaultValue = "0.06")
  double tieThreshold;

  @Option(names = "--max-questionable", paramLabel = "SHARE", description = "Drop respondents with a larger share of Q answers.")
  Double maxQuestionable;

  @Option(names = "--max-indifferent", paramLabel = "SHARE", description = "Drop respondents with a larger share of I answers.")
  Double maxIndifferent;

  @Option(names = "--segment", description = "Also report every segment.")
  boolean segment;

  @Option(names = "--format", description = "json, csv (tidy: one row per feature and segment) or table (default: ${DEFAULT-VALUE}).", defaultValue = "json")
  String format;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() throws java.io.IOException {
    Motkit.requireOneOf(spec, "--format", format, "json", "csv", "table");
    KanoAnalysis.Builder analysis = KanoAnalysis.builder().tieThreshold(tieThreshold);
    if (maxQuestionable != null) {
      analysis.maxQuestionableShare(maxQuestionable);
    }
    if (maxIndifferent != null) {
      analysis.maxIndifferentShare(maxIndifferent);
    }
    KanoReport report;
    try (CsvInput csv = Inputs.csv(answers, quiet, spec.commandLine().getErr())) {
      report = analysis.build().analyze(KanoCsv.read(csv));
    }
    return output.write(spec, List.of(answers), out -> {
      if (format.equals("csv")) {
        out.print(KanoReportJson.csv(report));
        return 0;
      }
      if (format.equals("table")) {
        table(report.features()).print(out);
        if (segment) {
          report.segments().forEach((name, features) -> {
            out.println();
            out.println("segment " + name);
            table(features).print(out);
          });
        }
        return 0;
      }
      out.println(KanoReportJson.write(report, segment));
      out.flush();
      return 0;
    });
  }

  private static Table table(List<KanoFeatureResult> features) {
    Table table = new Table("feature", "n", "A", "O", "M", "I", "R", "Q", "category", "better", "worse", "fong", "functional", "dysfunctional");
    for (KanoFeatureResult f : features) {
      table.row(
          f.feature(), f.n(), f.counts().get(KanoCategory.ATTRACTIVE), f.counts().get(KanoCategory.ONE_DIMENSIONAL),
          f.counts().get(KanoCategory.MUST_BE), f.counts().get(KanoCategory.INDIFFERENT), f.counts().get(KanoCategory.REVERSE),
          f.counts().get(KanoCategory.QUESTIONABLE), f.category().label(), f.better(), f.worse(),
          f.fongSignificant() ? "significant" : "-", f.functionalMean(), f.dysfunctionalMean());
    }
    return table;
  }
}
