package io.motkit.cli;

import io.motkit.core.csv.CsvTable;
import io.motkit.core.json.ScorerCatalogJson;
import io.motkit.core.scoring.ParameterSpec;
import io.motkit.core.scoring.ScorerProvider;
import io.motkit.core.scoring.ScorerRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code motkit scorers}: every registered scorer with its parameters. */
@Command(
    name = "scorers",
    mixinStandardHelpOptions = true,
    description =
        "List every registered scorer with its id, description, reference and parameters.",
    footer = {
      "",
      "Examples:",
      "  motkit scorers",
      "  motkit scorers --format json",
      "  motkit scorers --format csv --out scorers.csv"
    })
final class ScorersCommand implements Callable<Integer>, RunFiles.Declaring {

  @Override
  public void declare(RunFiles files) {
    files.output("--out", output.out);
  }

  @Spec CommandSpec spec;

  @Mixin OutputOption output = new OutputOption();

  @Option(
      names = "--format",
      description =
          "table (each scorer with its parameters, for reading), json (the catalogue) or csv (one row per scorer and parameter) (default: ${DEFAULT-VALUE}).",
      defaultValue = "table")
  String format;

  @Override
  public Integer call() throws java.io.IOException {
    Motkit.requireOneOf(spec, "--format", format, "table", "json", "csv");
    return output.write(
        spec,
        out -> {
          ScorerRegistry registry = ScorerRegistry.load();
          if (format.equals("json")) {
            Json.print(out, Json.MAPPER.readTree(ScorerCatalogJson.write(registry.providers())));
            return 0;
          }
          if (format.equals("csv")) {
            CsvTable table =
                CsvTable.of(
                    "scorer", "parameter", "type", "default", "range", "choices", "description");
            for (ScorerProvider p : registry.providers()) {
              for (ParameterSpec s : p.parameters()) {
                table.row(
                    p.id(),
                    s.name(),
                    s.type().label(),
                    s.defaultValue(),
                    s.range(),
                    String.join("|", s.choices()),
                    s.description());
              }
            }
            out.print(table.write());
            out.flush();
            return 0;
          }
          for (ScorerProvider p : registry.providers()) {
            out.println(p.id() + ": " + p.description());
            out.println("    reference: " + p.reference());
            for (ParameterSpec s : p.parameters()) {
              out.println("    --param " + s + "    " + s.description());
            }
          }
          out.flush();
          return 0;
        });
  }
}
