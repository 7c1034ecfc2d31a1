package io.motkit.core.json;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.core.scoring.ParameterSpec;
import io.motkit.core.scoring.ScorerProvider;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The JSON form of a list of scorers, as {@code motkit scorers --format json} and the scoring
 * server's {@code GET /v1/scorers} give it: per scorer its id, description and reference, and per
 * parameter its name, description, type ({@code text}, {@code choice}, {@code number}, {@code
 * integer} or {@code pairs}), default, choices and range, all from the parameter's declaration.
 */
@API(status = STABLE, since = "0.1")
public final class ScorerCatalogJson {

  private ScorerCatalogJson() {}

  /**
   * The providers as a compact JSON array.
   *
   * @param providers the providers
   * @return the providers as a compact JSON array
   */
  public static String write(List<ScorerProvider> providers) {
    ArrayNode scorers = JsonNodeFactory.instance.arrayNode();
    for (ScorerProvider provider : providers) {
      ObjectNode node = scorers.addObject();
      node.put("id", provider.id());
      node.put("description", provider.description());
      node.put("reference", provider.reference());
      ArrayNode parameters = node.putArray("parameters");
      for (ParameterSpec spec : provider.parameters()) {
        ObjectNode p = parameters.addObject();
        p.put("name", spec.name());
        p.put("description", spec.description());
        p.put("type", spec.type().label());
        spec.defaultValue().ifPresent(d -> p.put("default", d));
        if (!spec.choices().isEmpty()) {
          ArrayNode choices = p.putArray("choices");
          spec.choices().forEach(choices::add);
        }
        if (!spec.range().isEmpty()) {
          p.put("range", spec.range());
        }
        // JSON has no infinity: an unbounded side is left out and shows only in the range text.
        spec.minimum().ifPresent(m -> p.put("minimum", m));
        if (spec.minimumExclusive()) {
          p.put("minimum_exclusive", true);
        }
        spec.maximum()
            .ifPresent(
                m -> {
                  if (Double.isFinite(m)) {
                    p.put("maximum", m);
                  }
                });
      }
    }
    return Mapper.write(scorers);
  }
}
