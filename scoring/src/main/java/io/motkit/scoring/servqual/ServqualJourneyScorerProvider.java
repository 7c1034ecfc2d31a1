package io.motkit.scoring.servqual;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.scoring.DeclaredScorerProvider;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ParameterSpec;
import io.motkit.core.scoring.ScorerParameterException;
import io.motkit.core.scoring.ScorerParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Provides the SERVQUAL journey scorer under the id {@code servqual}: the mean of the dimension
 * gaps (perceived minus expected) of a journey's moments, unweighted or weighted, with the zone of
 * tolerance per moment (Parasuraman, Zeithaml and Berry 1988, 1994).
 *
 * <p>Parameters: {@code dimensions} (required: {@code touchpoint:dimension} pairs), {@code
 * weighting} (unweighted; importance, the mean importance of the moments' expectations per
 * dimension; or points, from {@code weights}) and {@code weights} ({@code dimension:points} pairs,
 * normalised to sum to 1 over the dimensions a journey visits). Every moment needs an expectation.
 */
@API(status = STABLE, since = "0.1")
public final class ServqualJourneyScorerProvider extends DeclaredScorerProvider {

  /** The scorer id. */
  public static final String ID = "servqual";

  private static final List<ParameterSpec> PARAMETERS =
      List.of(
          ParameterSpec.requiredPairs(
              "dimensions",
              "SERVQUAL dimension per touchpoint, as touchpoint:dimension pairs separated by commas,"
                  + " e.g. fee-notice:reliability,repair-visit:responsiveness"),
          ParameterSpec.choice(
              "weighting",
              "unweighted mean of dimension gaps, or weighted by the expectations' importance, or"
                  + " by points given in weights",
              "unweighted",
              "unweighted",
              "importance",
              "points"),
          ParameterSpec.pairs(
              "weights",
              "importance points per dimension for weighting=points, e.g."
                  + " reliability:32,responsiveness:22",
              ""));

  /** A provider; the ServiceLoader calls this. */
  public ServqualJourneyScorerProvider() {
    super(
        ID,
        "SERVQUAL gap model: mean of dimension gaps (perceived - expected), with the zone of"
            + " tolerance per moment",
        "Parasuraman, Zeithaml & Berry (1988), Journal of Retailing 64(1); (1994), Journal of"
            + " Retailing 70(3)",
        PARAMETERS);
  }

  /**
   * An unweighted SERVQUAL journey scorer for these touchpoint dimensions.
   *
   * @param dimensions the SERVQUAL dimension of each touchpoint id
   * @return a scorer whose provenance lists the dimensions
   * @throws ScorerParameterException if a touchpoint id or dimension contains a comma or colon
   */
  public static JourneyScorer forDimensions(Map<String, String> dimensions) {
    String text =
        dimensions.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(
                e -> {
                  if ((e.getKey() + e.getValue()).matches(".*[,:].*")) {
                    throw new ScorerParameterException(
                        ID,
                        "dimensions",
                        "entry '"
                            + e.getKey()
                            + ":"
                            + e.getValue()
                            + "' contains a comma or colon");
                  }
                  return e.getKey() + ":" + e.getValue();
                })
            .collect(Collectors.joining(","));
    return new ServqualJourneyScorerProvider().create(Map.of("dimensions", text));
  }

  @Override
  protected JourneyScorer create(ScorerParameters p) {
    Map<String, String> dimensions = p.getMap("dimensions");
    if (dimensions.isEmpty()) {
      throw p.error("dimensions", "no touchpoint has a dimension");
    }
    ServqualJourneyScorer.Weighting weighting =
        ServqualJourneyScorer.Weighting.valueOf(
            p.get("weighting").toUpperCase(java.util.Locale.ROOT));
    Map<String, Double> points = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : p.getMap("weights").entrySet()) {
      double value;
      try {
        value = Double.parseDouble(e.getValue());
      } catch (NumberFormatException bad) {
        throw p.error(
            "weights", "dimension '" + e.getKey() + "': '" + e.getValue() + "' is not a number");
      }
      if (!(value >= 0) || Double.isInfinite(value)) {
        throw p.error(
            "weights",
            "dimension '"
                + e.getKey()
                + "': points must be a finite number >= 0, found "
                + e.getValue());
      }
      points.put(e.getKey(), value);
    }
    if (weighting == ServqualJourneyScorer.Weighting.POINTS && points.isEmpty()) {
      throw p.error(
          "weights", "weighting=points needs points per dimension, e.g. reliability:32,empathy:18");
    }
    return new ServqualJourneyScorer(p, dimensions, weighting, points);
  }
}
