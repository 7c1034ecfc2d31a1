package io.motkit.journey.fit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.motkit.core.ConfidenceInterval;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A model against the best one, journey by journey: the mean over journeys of this model's squared
 * out-of-fold error minus the best model's, with a bootstrap interval (journeys resampled, seeded)
 * and a one-sided bootstrap p-value, the share of resamples in which this model did at least as
 * well as the best ({@code (count + 1) / (resamples + 1)}). A small p-value means the best model is
 * better beyond resampling noise.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class FitComparison {

  FitComparison() {}

  /**
   * The model compared against: the best.
   *
   * @return the model compared against: the best
   */
  public abstract String against();

  /**
   * Mean squared-error difference, this model minus the best; positive when the best is better.
   *
   * @return mean squared-error difference, this model minus the best; positive when the best is
   *     better
   */
  public abstract double meanDifference();

  /**
   * The percentile bootstrap interval of {@link #meanDifference()}.
   *
   * @return the percentile bootstrap interval of {@link #meanDifference()}
   */
  public abstract ConfidenceInterval interval();

  /**
   * The one-sided bootstrap p-value.
   *
   * @return the one-sided bootstrap p-value
   */
  public abstract double pValue();
}
