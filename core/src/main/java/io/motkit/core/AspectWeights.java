package io.motkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Weights that combine a moment's aspect ratings into one composite value: a weighted mean whose
 * weights are non-negative and sum to 1.
 *
 * <p>The preset {@link #firstImpression()} weighs a contact's appearance 0.52, behaviour 0.33 and
 * communication 0.15, the split that the property-management training literature on moments of
 * truth gives for a first impression. It is a named convention, not a law: supply your own weights
 * where a study gives them.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class AspectWeights {

  /** Weights may miss 1 by this much, to allow for decimal fractions such as 0.52 + 0.33 + 0.15. */
  static final double SUM_TOLERANCE = 1e-9;

  AspectWeights() {}

  /**
   * The weight of each aspect, by aspect name.
   *
   * @return the weight of each aspect, by aspect name
   */
  public abstract Map<String, Double> weights();

  /**
   * Weights from a map of aspect name to weight.
   *
   * @param weights the weights
   * @return weights from a map of aspect name to weight
   * @throws IllegalArgumentException if the map is empty, a weight is negative or not finite, or
   *     the weights do not sum to 1
   */
  public static AspectWeights of(Map<String, Double> weights) {
    return ImmutableAspectWeights.builder().putAllWeights(weights).build();
  }

  /**
   * Appearance 0.52, behaviour 0.33, communication 0.15.
   *
   * @return appearance 0.52, behaviour 0.33, communication 0.15
   */
  public static AspectWeights firstImpression() {
    return of(ImmutableMap.of("appearance", 0.52, "behaviour", 0.33, "communication", 0.15));
  }

  /**
   * The weighted mean of {@code ratings}: {@code sum(w * r) / sum(w)}, clamped to the range of the
   * ratings. Weights sum to 1 only within a tolerance and floating-point products round, so without
   * the division and the clamp three ratings of 7 weighted 0.6, 0.3 and 0.1 would give
   * 7.000000000000001, off a 1..7 scale; a weighted mean never leaves the range of what it
   * averages.
   *
   * @param ratings the ratings
   * @return the weighted mean of {@code ratings}: {@code sum(w * r) / sum(w)}, clamped to the range
   *     of the ratings
   * @throws IllegalArgumentException naming the aspect if a weighted aspect has no rating or a
   *     rating names an aspect without a weight
   */
  public final double composite(Map<String, Double> ratings) {
    requireSameAspects(ratings);
    double sum = 0;
    double totalWeight = 0;
    double lowest = Double.POSITIVE_INFINITY;
    double highest = Double.NEGATIVE_INFINITY;
    for (Map.Entry<String, Double> weight : weights().entrySet()) {
      double rating = requireNonNull(ratings.get(weight.getKey()));
      sum += weight.getValue() * rating;
      totalWeight += weight.getValue();
      lowest = Math.min(lowest, rating);
      highest = Math.max(highest, rating);
    }
    return Math.max(lowest, Math.min(highest, sum / totalWeight));
  }

  /**
   * Checks that {@code ratings} rates exactly the weighted aspects.
   *
   * @param ratings the ratings
   * @throws IllegalArgumentException naming the first aspect that is missing or not weighted
   */
  public final void requireSameAspects(Map<String, Double> ratings) {
    for (String aspect : weights().keySet()) {
      checkArgument(
          ratings.containsKey(aspect),
          "aspect '%s' has a weight but no rating; rated aspects are %s",
          aspect,
          ratings.keySet());
    }
    for (String aspect : ratings.keySet()) {
      checkArgument(
          weights().containsKey(aspect),
          "aspect '%s' is rated but has no weight; weighted aspects are %s",
          aspect,
          weights().keySet());
    }
  }

  @Value.Check
  final void check() {
    checkArgument(!weights().isEmpty(), "aspect weights are empty");
    double sum = 0;
    for (Map.Entry<String, Double> e : weights().entrySet()) {
      checkArgument(!e.getKey().isBlank(), "an aspect name is blank");
      double w = e.getValue();
      checkArgument(
          Double.isFinite(w) && w >= 0,
          "weight of aspect '%s' must be a finite number >= 0, found %s",
          e.getKey(),
          w);
      sum += w;
    }
    checkArgument(
        Math.abs(sum - 1.0) <= SUM_TOLERANCE, "aspect weights must sum to 1, found %s", sum);
  }
}
