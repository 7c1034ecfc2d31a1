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
