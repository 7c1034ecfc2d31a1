package io.motkit.scoring.composite;

import static java.util.Objects.requireNonNullElse;
import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.AspectWeights;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ParameterSpec;
import io.motkit.core.scoring.ScorerParameters;
import io.motkit.core.scoring.ScorerProvider;
import io.motkit.core.scoring.ScorerRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Provides the composite scorer under the id {@code composite}: each moment's aspect ratings are
 * combined by aspect weights (the weighted mean of the first-impression preset, appearance 0.52,
 * behaviour 0.33 and communication 0.15, from the property-management literature on moments of
 * truth, or weights of your own), then another registered scorer aggregates the journey.
 *
 * <p>Parameters: {@code scorer} (the id of the aggregating scorer, mean unless given), {@code
 * weights} ({@code moment} for each moment's own aspect weights, {@code first-impression}, or
 * {@code aspect:weight} pairs summing to 1), and any parameter of the aggregating scorer prefixed
 * with {@code scorer.}, such as {@code scorer.peak=worst}.
 */
@API(status = STABLE, since = "0.1")
public final class CompositeScorerProvider implements ScorerProvider {

  /** The scorer id. */
  public static final String ID = "composite";

  private static final String PREFIX = "scorer.";

  private static final List<ParameterSpec> PARAMETERS =
      List.of(
          ParameterSpec.of("scorer", "id of the scorer that aggregates the composites", "mean"),
          ParameterSpec.of(
              "weights",
              "moment (each moment's own aspect weights), first-impression (appearance 0.52,"
                  + " behaviour 0.33, communication 0.15) or aspect:weight pairs summing to 1",
              "moment"),
          ParameterSpec.of(
              "scorer.<name>",
              "a parameter of the aggregating scorer, e.g. scorer.peak=worst",
              "(none)"));

  /** A provider; the ServiceLoader calls this. */
  public CompositeScorerProvider() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "aspect-weighted composite of each moment (appearance/behaviour/communication), then"
        + " another scorer";
  }

  @Override
  public String reference() {
    return "first-impression weights 0.52/0.33/0.15 from the property-management MOT training"
        + " literature; aggregation per the chosen scorer";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return PARAMETERS;
  }

  @Override
  public JourneyScorer create(Map<String, String> parameters) {
    Map<String, String> own = new LinkedHashMap<>();
    Map<String, String> forwarded = new TreeMap<>();
    for (Map.Entry<String, String> e : parameters.entrySet()) {
      if (e.getKey().startsWith(PREFIX)) {
        forwarded.put(e.getKey().substring(PREFIX.length()), e.getValue());
      } else {
        own.put(e.getKey(), e.getValue());
      }
    }
    ScorerParameters p = ScorerParameters.parse(ID, PARAMETERS.subList(0, 2), own);
    String innerId = p.get("scorer");
    if (innerId.equals(ID)) {
      throw p.error("scorer", "a composite cannot aggregate with another composite");
    }
    JourneyScorer inner;
    try {
      inner =
          ScorerRegistry.load(CompositeScorerProvider.class.getClassLoader())
              .create(innerId, forwarded);
    } catch (IllegalArgumentException e) {
      throw p.error("scorer", requireNonNullElse(e.getMessage(), "cannot be created"));
    }
    Optional<AspectWeights> weights;
    String text = p.get("weights").trim();
    if (text.equals("moment")) {
      weights = Optional.empty();
    } else if (text.equals("first-impression")) {
      weights = Optional.of(AspectWeights.firstImpression());
    } else {
      Map<String, Double> explicit = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : p.getMap("weights").entrySet()) {
        try {
          explicit.put(e.getKey(), Double.parseDouble(e.getValue()));
        } catch (NumberFormatException bad) {
          throw p.error(
              "weights", "aspect '" + e.getKey() + "': '" + e.getValue() + "' is not a number");
        }
      }
      try {
        weights = Optional.of(AspectWeights.of(explicit));
      } catch (IllegalArgumentException bad) {
        throw p.error("weights", requireNonNullElse(bad.getMessage(), "malformed"));
      }
    }
    Map<String, String> provenance = new TreeMap<>(p.asMap());
    inner.parameters().forEach((k, v) -> provenance.put(PREFIX + k, v));
    return new CompositeScorer(provenance, weights, inner);
  }
}
