package io.motkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A two-sided confidence interval: its bounds, its level (0.95 for 95 %), and the method that
 * produced it, such as {@code t}, {@code wald}, {@code adjusted-wald}, {@code wilson} or {@code
 * bootstrap}.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class ConfidenceInterval {

  ConfidenceInterval() {}

  /**
   * The lower bound.
   *
   * @return the lower bound
   */
  @Value.Parameter
  public abstract double low();

  /**
   * The upper bound.
   *
   * @return the upper bound
   */
  @Value.Parameter
  public abstract double high();

  /**
   * The confidence level, strictly between 0 and 1.
   *
   * @return the confidence level, strictly between 0 and 1
   */
  @Value.Parameter
  public abstract double level();

  /**
   * How the interval was computed.
   *
   * @return how the interval was computed
   */
  @Value.Parameter
  public abstract String method();

  /**
   * An interval from {@code low} to {@code high}.
   *
   * @param low the lower bound
   * @param high the upper bound
   * @param level the confidence level, strictly between 0 and 1
   * @param method the method
   * @return an interval from {@code low} to {@code high}
   * @throws IllegalArgumentException if a bound is not finite, {@code low > high}, or the level is
   *     not strictly between 0 and 1
   */
  public static ConfidenceInterval of(double low, double high, double level, String method) {
    return ImmutableConfidenceInterval.of(low, high, level, method);
  }

  /**
   * Student's t interval of a mean (Student 1908): {@code mean ± t * standardError}, with {@code t}
   * the {@code 1 - (1 - level) / 2} quantile of the t distribution with {@code n - 1} degrees of
   * freedom; empty for fewer than two values, where it is undefined. The one place motkit computes
   * it, for survey means, paired differences and touchpoint means alike.
   *
   * @param mean the sample mean
   * @param standardError the standard error of the mean, {@code s / sqrt(n)}
   * @param n the number of values
   * @param level the confidence level, strictly between 0 and 1
   * @return the interval, method {@code t}; empty for fewer than two values
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1
   */
  public static java.util.Optional<ConfidenceInterval> studentT(
      double mean, double standardError, long n, double level) {
    com.google.common.base.Preconditions.checkArgument(
        level > 0 && level < 1,
        "confidence level must be strictly between 0 and 1, found %s",
        level);
    if (n < 2) {
      return java.util.Optional.empty();
    }
    double t =
        new org.hipparchus.distribution.continuous.TDistribution(n - 1)
            .inverseCumulativeProbability(1 - (1 - level) / 2);
    double half = t * standardError;
    return java.util.Optional.of(of(mean - half, mean + half, level, "t"));
  }

  /**
   * Whether {@code value} lies within the bounds, inclusive.
   *
   * @param value the value
   * @return whether {@code value} lies within the bounds, inclusive
   */
  public final boolean contains(double value) {
    return value >= low() && value <= high();
  }

  /**
   * {@code high - low}.
   *
   * @return {@code high - low}
   */
  public final double width() {
    return high() - low();
  }

  @Value.Check
  final void check() {
    checkArgument(
        Double.isFinite(low()) && Double.isFinite(high()),
        "interval bounds must be finite, found [%s, %s]",
        low(),
        high());
    checkArgument(
        low() <= high(), "interval lower bound %s is above upper bound %s", low(), high());
    checkArgument(
        level() > 0 && level() < 1,
        "confidence level must be strictly between 0 and 1, found %s",
        level());
  }

  @Override
  public String toString() {
    return "[" + low() + ", " + high() + "] (" + level() + ", " + method() + ")";
  }
}
