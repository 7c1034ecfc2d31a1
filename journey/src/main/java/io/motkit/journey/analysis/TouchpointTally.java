package io.motkit.journey.analysis;

import org.immutables.value.Value;

/**
 * What the pain and delight analysis counts for one touchpoint, before it draws conclusions: the
 * moments, the sum of their ratings and the sum of squared deviations from their mean; the same for
 * the gaps to expectation; and how many moments fell below adequate and rose above desired. Tallies
 * of parts of a log (or of a cluster's partitions) are computed where the data is and finished by
 * {@link PainPointAnalysis#fromTallies}.
 */
@Value.Immutable
public abstract class TouchpointTally {

  TouchpointTally() {}

  /**
   * The touchpoint id.
   *
   * @return the touchpoint id
   */
  public abstract String touchpoint();

  /**
   * Moments of the touchpoint.
   *
   * @return moments of the touchpoint
   */
  public abstract long moments();

  /**
   * The sum of their ratings.
   *
   * @return the sum of their ratings
   */
  public abstract double sum();

  /**
   * The sum of the squared deviations of the ratings from their mean.
   *
   * @return the sum of the squared deviations of the ratings from their mean
   */
  public abstract double squaredDeviations();

  /**
   * Moments with an expectation.
   *
   * @return moments with an expectation
   */
  public abstract long withExpectation();

  /**
   * The sum of their gaps (rating minus expected, turned around where lower is better).
   *
   * @return the sum of their gaps (rating minus expected, turned around where lower is better)
   */
  public abstract double gapSum();

  /**
   * The sum of the squared deviations of the gaps from their mean.
   *
   * @return the sum of the squared deviations of the gaps from their mean
   */
  public abstract double gapSquaredDeviations();

  /**
   * Moments with an adequate level.
   *
   * @return moments with an adequate level
   */
  public abstract long withAdequate();

  /**
   * Of those, the moments below it.
   *
   * @return how many of those moments were below the adequate level
   */
  public abstract long belowAdequate();

  /**
   * Moments with a desired level.
   *
   * @return moments with a desired level
   */
  public abstract long withDesired();

  /**
   * Of those, the moments above it.
   *
   * @return how many of those moments were above the desired level
   */
  public abstract long aboveDesired();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TouchpointTally}. */
  public static final class Builder extends ImmutableTouchpointTally.Builder {
    Builder() {}
  }
}
