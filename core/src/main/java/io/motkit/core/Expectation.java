package io.motkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What a customer expects of a touchpoint: the expected level, an optional zone of tolerance
 * between an adequate (minimum acceptable) and a desired level, and an importance weight.
 *
 * <p>Satisfaction follows from performance measured against expectation (Oliver 1980,
 * disconfirmation of expectations). The zone of tolerance is that of Parasuraman, Zeithaml and
 * Berry (1994): performance below the adequate level is a service failure, above the desired level
 * a delight. Levels are on the journey's {@link Scale}.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class Expectation {

  Expectation() {}

  /**
   * The expected level of the experience.
   *
   * @return the expected level of the experience
   */
  public abstract double expected();

  /**
   * The lowest level the customer finds acceptable, if known.
   *
   * @return the lowest level the customer finds acceptable, if known
   */
  public abstract OptionalDouble adequate();

  /**
   * The level the customer hopes for, if known.
   *
   * @return the level the customer hopes for, if known
   */
  public abstract OptionalDouble desired();

  /**
   * How much the touchpoint matters to the customer; 1 unless given, never negative.
   *
   * @return how much the touchpoint matters to the customer; 1 unless given, never negative
   */
  @Value.Default
  public double importance() {
    return 1.0;
  }

  /**
   * An expectation of {@code expected}, with no zone of tolerance and importance 1.
   *
   * @param expected the expected value
   * @return an expectation of {@code expected}, with no zone of tolerance and importance 1
   */
  public static Expectation of(double expected) {
    return builder().expected(expected).build();
  }

  /**
   * An expectation with a zone of tolerance from {@code adequate} to {@code desired}.
   *
   * @param expected the expected value
   * @param adequate the adequate level, the low edge of the zone of tolerance
   * @param desired the desired level, the high edge of the zone of tolerance
   * @return an expectation with a zone of tolerance from {@code adequate} to {@code desired}
   */
  public static Expectation of(double expected, double adequate, double desired) {
    return builder().expected(expected).adequate(adequate).desired(desired).build();
  }

  /**
   * A builder; {@code expected} is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Expectation}. */
  public static final class Builder extends ImmutableExpectation.Builder {
    Builder() {}
  }

  /**
   * Whether both ends of the zone of tolerance are known.
   *
   * @return whether both ends of the zone of tolerance are known
   */
  public final boolean hasZoneOfTolerance() {
    return adequate().isPresent() && desired().isPresent();
  }

  /**
   * Checks that every level lies on {@code scale}.
   *
   * @param scale the scale the values are on
   * @param where what this expectation belongs to, for the message (such as a touchpoint id)
   * @throws IllegalArgumentException naming the level, its value and the scale otherwise
   */
  public final void requireOn(Scale scale, String where) {
    requireLevel(scale, where, "expected", expected());
    adequate().ifPresent(v -> requireLevel(scale, where, "adequate", v));
    desired().ifPresent(v -> requireLevel(scale, where, "desired", v));
  }

  private static void requireLevel(Scale scale, String where, String level, double value) {
    checkArgument(
        scale.contains(value),
        "%s: %s level %s is outside the scale %s",
        where,
        level,
        value,
        scale);
  }

  @Value.Check
  final void check() {
    checkArgument(Double.isFinite(expected()), "expected level is not finite: %s", expected());
    adequate()
        .ifPresent(a -> checkArgument(Double.isFinite(a), "adequate level is not finite: %s", a));
    desired()
        .ifPresent(d -> checkArgument(Double.isFinite(d), "desired level is not finite: %s", d));
    if (hasZoneOfTolerance()) {
      checkArgument(
          adequate().getAsDouble() <= desired().getAsDouble(),
          "adequate level %s is above desired level %s",
          adequate().getAsDouble(),
          desired().getAsDouble());
    }
    checkArgument(
        Double.isFinite(importance()) && importance() >= 0,
        "importance must be a finite number >= 0, found %s",
        importance());
  }
}
