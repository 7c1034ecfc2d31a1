package io.motkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One occurrence of a {@link Touchpoint} in a customer's journey: when it started, how long it
 * lasted, and what the customer experienced, on the journey's {@link Scale}.
 *
 * <p>A moment may also carry ratings of separate aspects (appearance, behaviour, communication)
 * with the {@link AspectWeights} that combine them, and an {@link Expectation} that overrides the
 * journey's expectation for this one occurrence.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class Moment {

  Moment() {}

  /**
   * The touchpoint that occurred.
   *
   * @return the touchpoint that occurred
   */
  public abstract Touchpoint touchpoint();

  /**
   * When the moment started.
   *
   * @return when the moment started
   */
  public abstract Instant start();

  /**
   * How long it lasted; zero unless given, never negative.
   *
   * @return how long it lasted; zero unless given, never negative
   */
  @Value.Default
  public Duration duration() {
    return Duration.ZERO;
  }

  /**
   * The experienced value, on the journey's scale.
   *
   * @return the experienced value, on the journey's scale
   */
  public abstract double value();

  /**
   * Ratings of separate aspects of the contact, by aspect name; empty unless given.
   *
   * @return ratings of separate aspects of the contact, by aspect name; empty unless given
   */
  public abstract Map<String, Double> aspects();

  /**
   * How the aspect ratings combine into one value, if they do.
   *
   * @return how the aspect ratings combine into one value, if they do
   */
  public abstract Optional<AspectWeights> aspectWeights();

  /**
   * An expectation for this occurrence that overrides the journey's one for the touchpoint.
   *
   * @return an expectation for this occurrence that overrides the journey's one for the touchpoint
   */
  public abstract Optional<Expectation> expectation();

  /**
   * A moment of {@code touchpoint} at {@code start} with experienced {@code value}.
   *
   * @param touchpoint the touchpoint
   * @param start when it starts
   * @param value the value
   * @return a moment of {@code touchpoint} at {@code start} with experienced {@code value}
   */
  public static Moment of(Touchpoint touchpoint, Instant start, double value) {
    return builder().touchpoint(touchpoint).start(start).value(value).build();
  }

  /**
   * A builder; {@code touchpoint}, {@code start} and {@code value} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Moment}. */
  public static final class Builder extends ImmutableMoment.Builder {
    Builder() {}
  }

  /**
   * The touchpoint's id.
   *
   * @return the touchpoint's id
   */
  public final String touchpointId() {
    return touchpoint().id();
  }

  /**
   * When the moment ended: its start plus its duration.
   *
   * @return when the moment ended: its start plus its duration
   */
  public final Instant end() {
    return start().plus(duration());
  }

  /**
   * The aspect ratings combined by the aspect weights, or {@link #value()} when the moment has no
   * aspect weights.
   *
   * @return the aspect ratings combined by the aspect weights, or {@link #value()} when the moment
   *     has no aspect weights
   */
  public final double compositeValue() {
    return aspectWeights().map(w -> w.composite(aspects())).orElse(value());
  }

  /** The earliest start motkit accepts: 1900-01-01T00:00:00Z. */
  public static final Instant EARLIEST_START = Instant.parse("1900-01-01T00:00:00Z");

  /** The first start past the range motkit accepts: 2200-01-01T00:00:00Z. */
  public static final Instant END_OF_RANGE = Instant.parse("2200-01-01T00:00:00Z");

  /** The longest duration motkit accepts: 100 years of 365.25 days. */
  public static final Duration LONGEST_DURATION = Duration.ofDays(36_525);

  @Value.Check
  final void check() {
    // Sums of times and durations stay far inside long milliseconds, so no scorer overflows.
    checkArgument(
        !start().isBefore(EARLIEST_START) && start().isBefore(END_OF_RANGE),
        "moment of touchpoint '%s' starts at %s, outside the years 1900 to 2199",
        touchpointId(),
        start());
    checkArgument(
        duration().compareTo(LONGEST_DURATION) <= 0,
        "moment of touchpoint '%s' lasts %s, longer than 100 years",
        touchpointId(),
        duration());
    checkArgument(
        !duration().isNegative(),
        "moment of touchpoint '%s' has a negative duration: %s",
        touchpointId(),
        duration());
    checkArgument(
        Double.isFinite(value()),
        "moment of touchpoint '%s' has a value that is not finite: %s",
        touchpointId(),
        value());
    for (Map.Entry<String, Double> aspect : aspects().entrySet()) {
      checkArgument(
          Double.isFinite(aspect.getValue()),
          "moment of touchpoint '%s': aspect '%s' is not finite: %s",
          touchpointId(),
          aspect.getKey(),
          aspect.getValue());
    }
    aspectWeights().ifPresent(w -> w.requireSameAspects(aspects()));
  }
}
