package io.motkit.cli;

import io.motkit.core.csv.CsvInput;
import io.motkit.scoring.nps.NpsAnalysis;
import io.motkit.scoring.nps.NpsCsv;
import io.motkit.scoring.nps.NpsReport;
import io.motkit.scoring.nps.NpsReportJson;
import io.motkit.scoring.nps.NpsResult;
import java.io.PrintWriter;
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
    description = "Net Promoter Score with standard error and a Wald, adjusted-Wald or seeded bootstrap interval.",
    footer = {
      "",
      "Examples:",
      "  motkit nps scores.csv",
      "  motkit nps scores.csv --interval adjusted-wald --confidence 0.9",
      "  motkit nps scores.csv --interval bootstrap --seed 42 --segment"
    })
final class NpsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin OutputOption output = new OutputOption();

  @Parameters(index = "0", paramLabel = "SCORES.csv", description = "respondent,score[,segment]; - for standard input.")
  String scores;

  @Option(names = "--interval", paramLabel = "METHOD", description = "wald, adjusted-wald or bootstrap (default: ${DEFAULT-VALUE}).", defaultValue = "wald")
  String interval;

  @Option(names = "--confidence", paramLabel = "C", description = "Confidence level (default: ${DEFAULT-VALUE}).", defaultValue = "0.95")
  double confidence;

  @Option(names = "--seed", paramLabel = "S", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).", defaultValue = "1")
  long seed;

  @Option(names = "--resamples", paramLabel = "B", description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).", defaultValue = "2000")
  int resamples;

  @Option(names = "--segment", description = "Also report every segment.")
  boolean segment;

  @Option(names = "--format", description = "json, csv (tidy: the whole sample, then one row per segment) or table (default: ${DEFAULT-VALUE}).", defaultValue = "json")
  String format;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() throws java.io.IOException {
    Motkit.requireOneOf(spec, "--format", format, "json", "csv", "table");
    NpsAnalysis.Method method;
    try {
      method = NpsAnalysis.Method.parse(interval);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--interval: " + e.getMessage());
    }
    NpsAnalysis analysis = NpsAnalysis.builder().method(method).confidenceLevel(confidence).seed(seed).resamples(resamples).build();
    NpsReport report;
    try (CsvInput csv = Inputs.csv(scores, quiet, spec.commandLine().getErr())) {
      report = analysis.analyze(NpsCsv.read(csv));
    }
    return output.write(spec, List.of(scores), out -> {
      if (format.equals("csv")) {
        out.print(NpsReportJson.csv(report));
        return 0;
      }
      if (format.equals("table")) {
        Table table = new Table("segment", "n", "promoters", "passives", "detractors", "nps", "standard error", "ci low", "ci high");
        row(table, "(all)", report.overall());
        if (segment) {
          report.segments().forEach((name, result) -> row(table, name, result));
        }
        table.print(out);
        return 0;
      }
      out.println(NpsReportJson.write(report, segment));
      out.flush();
      return 0;
    });
  }

  private static void row(Table table, String name, NpsResult r) {
    table.row(name, r.n(), r.promoters(), r.passives(), r.detractors(), r.nps(), r.standardError(), r.interval().low(), r.interval().high());
  }
}
