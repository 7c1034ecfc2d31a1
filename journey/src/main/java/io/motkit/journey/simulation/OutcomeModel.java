package io.motkit.journey.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A binary journey outcome (paid, renewed, recommended) drawn with probability logistic(intercept +
 * slope * (m - neutral)), where m is the mean experience of the journey and neutral the scale's
 * neutral point.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class OutcomeModel {

  OutcomeModel() {}

  /**
   * The outcome's name, such as {@code paid}.
   *
   * @return the outcome's name, such as {@code paid}
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The log-odds at a neutral journey.
   *
   * @return the log-odds at a neutral journey
   */
  @Value.Parameter
  public abstract double intercept();

  /**
   * The change in log-odds per scale point of mean experience.
   *
   * @return the change in log-odds per scale point of mean experience
   */
  @Value.Parameter
  public abstract double slope();

  /**
   * An outcome model.
   *
   * @param name the name
   * @param intercept the intercept
   * @param slope the slope
   * @return an outcome model
   */
  public static OutcomeModel of(String name, double intercept, double slope) {
    return ImmutableOutcomeModel.of(name, intercept, slope);
  }

  /**
   * The probability of outcome 1 for a journey of mean experience {@code mean}.
   *
   * @param mean the mean
   * @param neutral the neutral point
   * @return the probability of outcome 1 for a journey of mean experience {@code mean}
   */
  public final double probability(double mean, double neutral) {
    return 1 / (1 + Math.exp(-(intercept() + slope() * (mean - neutral))));
  }

  @Value.Check
  final void check() {
    checkArgument(!name().isBlank(), "outcome name is blank");
    checkArgument(
        Double.isFinite(intercept()) && Double.isFinite(slope()),
        "outcome '%s': intercept and slope must be finite",
        name());
  }
}
