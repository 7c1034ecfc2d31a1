package io.motkit.journey.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.motkit.core.Expectation;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How a touchpoint behaves in a simulation: the experience of each moment is drawn from a normal
 * distribution with {@link #mean()} and {@link #sd()}, clamped to the scale and rounded to whole
 * points when {@link #round()}; its duration is drawn from an exponential distribution with mean
 * {@link #meanDurationSeconds()} (0 for instantaneous contacts).
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class SimulatedTouchpoint {

  SimulatedTouchpoint() {}

  /**
   * The touchpoint id.
   *
   * @return the touchpoint id
   */
  public abstract String id();

  /**
   * Its stage, if any.
   *
   * @return its stage, if any
   */
  public abstract Optional<String> stage();

  /**
   * Its channel label, if any.
   *
   * @return its channel label, if any
   */
  public abstract Optional<String> channel();

  /**
   * Mean experience.
   *
   * @return mean experience
   */
  public abstract double mean();

  /**
   * Standard deviation of the experience, at least 0.
   *
   * @return standard deviation of the experience, at least 0
   */
  public abstract double sd();

  /**
   * Whether the touchpoint measures the journey (a satisfaction survey) rather than being part of
   * it; its touchpoints are tagged {@code measurement} and left out of drivers, lifts and Markov
   * attribution by default.
   *
   * @return whether the touchpoint measures the journey (a satisfaction survey) rather than being
   *     part of it; its touchpoints are tagged {@code measurement} and left out of drivers, lifts
   *     and Markov attribution by default
   */
  @Value.Default
  public boolean measurement() {
    return false;
  }

  /**
   * Whether experiences are rounded to whole points.
   *
   * @return whether experiences are rounded to whole points
   */
  @Value.Default
  public boolean round() {
    return false;
  }

  /**
   * Mean duration in seconds, at least 0.
   *
   * @return mean duration in seconds, at least 0
   */
  @Value.Default
  public double meanDurationSeconds() {
    return 0;
  }

  /**
   * The expectation written with each moment, if any.
   *
   * @return the expectation written with each moment, if any
   */
  public abstract Optional<Expectation> expectation();

  /**
   * A builder; id, mean and sd are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SimulatedTouchpoint}. */
  public static final class Builder extends ImmutableSimulatedTouchpoint.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    checkArgument(!id().isBlank(), "simulated touchpoint id is blank");
    checkArgument(Double.isFinite(mean()), "touchpoint '%s': mean is not finite: %s", id(), mean());
    checkArgument(
        Double.isFinite(sd()) && sd() >= 0,
        "touchpoint '%s': sd must be >= 0, found %s",
        id(),
        sd());
    checkArgument(
        Double.isFinite(meanDurationSeconds()) && meanDurationSeconds() >= 0,
        "touchpoint '%s': mean duration must be >= 0, found %s",
        id(),
        meanDurationSeconds());
  }
}
