package io.motkit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.core.scoring.ParameterSpec;
import io.motkit.core.scoring.ScorerProvider;
import io.motkit.core.scoring.ScorerRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code motkit scorers}: every registered scorer with its parameters. */
@Command(
    name = "scorers",
    mixinStandardHelpOptions = true,
    description = "List every registered scorer with its id, description, reference and parameters.",
    footer = {"", "Examples:", "  motkit scorers", "  motkit scorers --format json"})
final class ScorersCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).", defaultValue = "text")
  String format;

  @Override
  public Integer call() {
    Motkit.requireOneOf(spec, "--format", format, "text", "json");
    PrintWriter out = spec.commandLine().getOut();
    ScorerRegistry registry = ScorerRegistry.load();
    if (format.equals("json")) {
      ArrayNode scorers = Json.MAPPER.createArrayNode();
      for (ScorerProvider p : registry.providers()) {
        ObjectNode scorer = scorers.addObject().put("id", p.id()).put("description", p.description()).put("reference", p.reference());
        ArrayNode parameters = scorer.putArray("parameters");
        for (ParameterSpec s : p.parameters()) {
          ObjectNode parameter = parameters.addObject().put("name", s.name()).put("description", s.description());
          s.defaultValue().ifPresent(d -> parameter.put("default", d));
          if (!s.choices().isEmpty()) {
            s.choices().forEach(parameter.putArray("choices")::add);
          }
        }
      }
      Json.print(out, scorers);
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
  }
}
