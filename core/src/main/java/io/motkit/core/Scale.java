package io.motkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A bounded numeric rating scale: its minimum, maximum, neutral point, and whether higher values
 * are better.
 *
 * <p>Presets cover the usual survey scales: {@link #likert5()}, {@link #likert7()}, {@link
 * #zeroToTen()} and the valence scale {@link #valence()} (-3..+3). A pain rating, where higher is
 * worse, is {@code Scale.of(0, 10, 0, false)}.
 *
 * <p>Two normalisations are offered: {@link #normalize(double)} maps the scale linearly onto [0, 1]
 * in its own direction, and {@link #valence(double)} maps it onto [-1, 1] around the neutral point
 * so that +1 is always the best end, whichever direction the scale runs.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class Scale {

  Scale() {}

  /**
   * The lowest value on the scale.
   *
   * @return the lowest value on the scale
   */
  @Value.Parameter
  public abstract double min();

  /**
   * The highest value on the scale.
   *
   * @return the highest value on the scale
   */
  @Value.Parameter
  public abstract double max();

  /**
   * The neutral point, neither good nor bad; between {@link #min()} and {@link #max()}.
   *
   * @return the neutral point, neither good nor bad; between {@link #min()} and {@link #max()}
   */
  @Value.Parameter
  public abstract double neutral();

  /**
   * Whether higher values are better experiences (false for pain or effort scales).
   *
   * @return whether higher values are better experiences (false for pain or effort scales)
   */
  @Value.Parameter
  public abstract boolean higherIsBetter();

  /**
   * A scale from {@code min} to {@code max}.
   *
   * @param min the smallest value
   * @param max the largest value
   * @param neutral the neutral point
   * @param higherIsBetter whether a higher value is a better experience
   * @return a scale from {@code min} to {@code max}
   * @throws IllegalArgumentException if a bound is not finite, {@code min >= max}, or the neutral
   *     point lies outside the bounds
   */
  public static Scale of(double min, double max, double neutral, boolean higherIsBetter) {
    return ImmutableScale.of(min, max, neutral, higherIsBetter);
  }

  /**
   * The 1..5 Likert scale, neutral 3, higher is better.
   *
   * @return the 1..5 Likert scale, neutral 3, higher is better
   */
  public static Scale likert5() {
    return of(1, 5, 3, true);
  }

  /**
   * The 1..7 scale SERVQUAL uses, neutral 4, higher is better.
   *
   * @return the 1..7 scale SERVQUAL uses, neutral 4, higher is better
   */
  public static Scale likert7() {
    return of(1, 7, 4, true);
  }

  /**
   * The 0..10 scale of likelihood-to-recommend questions, neutral 5, higher is better.
   *
   * @return the 0..10 scale of likelihood-to-recommend questions, neutral 5, higher is better
   */
  public static Scale zeroToTen() {
    return of(0, 10, 5, true);
  }

  /**
   * The -3..+3 valence (emotion) scale, neutral 0, higher is better.
   *
   * @return the -3..+3 valence (emotion) scale, neutral 0, higher is better
   */
  public static Scale valence() {
    return of(-3, 3, 0, true);
  }

  /**
   * Whether {@code value} is a finite number within the bounds, inclusive.
   *
   * @param value the value
   * @return whether {@code value} is a finite number within the bounds, inclusive
   */
  public final boolean contains(double value) {
    return value >= min() && value <= max();
  }

  /**
   * Returns {@code value} if it lies on this scale.
   *
   * @param value the value
   * @return {@code value}, when it is on the scale
   * @throws IllegalArgumentException naming the value and the scale if it is NaN, infinite or out
   *     of bounds
   */
  public final double require(double value) {
    checkArgument(contains(value), "value %s is outside the scale %s", value, this);
    return value;
  }

  /**
   * The width of the scale, {@code max - min}.
   *
   * @return the width of the scale, {@code max - min}
   */
  public final double range() {
    return max() - min();
  }

  /**
   * Maps a value linearly onto [0, 1]: {@code min} to 0, {@code max} to 1.
   *
   * @param value the value
   * @return the value mapped to [0, 1], 1 the best end
   * @throws IllegalArgumentException if the value is not on the scale
   */
  public final double normalize(double value) {
    require(value);
    return (value - min()) / range();
  }

  /**
   * Maps a value onto [-1, 1] around the neutral point, with +1 the best end of the scale: the
   * neutral point goes to 0 and each side is stretched separately, so an asymmetric scale (pain
   * 0..10 with neutral 0) still reaches both ends. A side of zero width maps to 0.
   *
   * @param value the value
   * @return the valence, from -1 to 1
   * @throws IllegalArgumentException if the value is not on the scale
   */
  public final double valence(double value) {
    require(value);
    double above = max() - neutral();
    double below = neutral() - min();
    double signed;
    if (value >= neutral()) {
      signed = above == 0 ? 0 : (value - neutral()) / above;
    } else {
      signed = below == 0 ? 0 : (value - neutral()) / below;
    }
    return higherIsBetter() ? signed : -signed;
  }

  /**
   * How intense a value is: its distance from the neutral point, in scale units. Used to find the
   * most intense moment of an episode (Kahneman et al. 1993).
   *
   * @param value the value
   * @return how intense a value is: its distance from the neutral point, in scale units
   */
  public final double intensity(double value) {
    return Math.abs(value - neutral());
  }

  /**
   * Whether {@code a} is a better experience than {@code b} on this scale.
   *
   * @param a one value on this scale
   * @param b another value on this scale
   * @return whether {@code a} is a better experience than {@code b} on this scale
   */
  public final boolean isBetter(double a, double b) {
    return higherIsBetter() ? a > b : a < b;
  }

  @Value.Check
  final void check() {
    checkArgument(Double.isFinite(min()), "scale minimum is not finite: %s", min());
    checkArgument(Double.isFinite(max()), "scale maximum is not finite: %s", max());
    checkArgument(min() < max(), "scale minimum %s is not below its maximum %s", min(), max());
    checkArgument(
        neutral() >= min() && neutral() <= max(),
        "neutral point %s is outside the scale bounds [%s, %s]",
        neutral(),
        min(),
        max());
  }

  @Override
  public String toString() {
    return "["
        + min()
        + ".."
        + max()
        + ", neutral "
        + neutral()
        + (higherIsBetter() ? ", higher is better]" : ", lower is better]");
  }
}
