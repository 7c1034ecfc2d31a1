package io.motkit.journey.analysis;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.ConfidenceInterval;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How one touchpoint is experienced across a population: its moments' mean value, their mean gap to
 * expectation (experienced minus expected, signed so that positive is better), and the shares of
 * moments below the adequate level (pain) and above the desired level (delight), each with its
 * interval and its count.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class TouchpointExperience {

  TouchpointExperience() {}

  /**
   * The touchpoint.
   *
   * @return the touchpoint
   */
  public abstract String touchpoint();

  /**
   * Moments of the touchpoint.
   *
   * @return moments of the touchpoint
   */
  public abstract long moments();

  /**
   * Mean experienced value.
   *
   * @return mean experienced value
   */
  public abstract double meanExperience();

  /**
   * t interval of the mean value; empty below two moments.
   *
   * @return t interval of the mean value; empty below two moments
   */
  public abstract Optional<ConfidenceInterval> meanExperienceInterval();

  /**
   * Moments with an expectation.
   *
   * @return moments with an expectation
   */
  public abstract long withExpectation();

  /**
   * Mean gap to expectation, positive when better than expected; empty without expectations.
   *
   * @return mean gap to expectation, positive when better than expected; empty without expectations
   */
  public abstract OptionalDouble meanGap();

  /**
   * t interval of the mean gap.
   *
   * @return t interval of the mean gap
   */
  public abstract Optional<ConfidenceInterval> meanGapInterval();

  /**
   * Moments with an adequate level.
   *
   * @return moments with an adequate level
   */
  public abstract long withAdequate();

  /**
   * Moments worse than their adequate level.
   *
   * @return moments worse than their adequate level
   */
  public abstract long belowAdequate();

  /**
   * belowAdequate / withAdequate; empty without adequate levels.
   *
   * @return the share of the moments with an adequate level that fell below it; empty without
   *     adequate levels
   */
  public abstract OptionalDouble painShare();

  /**
   * Wilson interval of the pain share.
   *
   * @return Wilson interval of the pain share
   */
  public abstract Optional<ConfidenceInterval> painShareInterval();

  /**
   * Moments with a desired level.
   *
   * @return moments with a desired level
   */
  public abstract long withDesired();

  /**
   * Moments better than their desired level.
   *
   * @return moments better than their desired level
   */
  public abstract long aboveDesired();

  /**
   * aboveDesired / withDesired; empty without desired levels.
   *
   * @return the share of the moments with a desired level that rose above it; empty without desired
   *     levels
   */
  public abstract OptionalDouble delightShare();

  /**
   * Wilson interval of the delight share.
   *
   * @return Wilson interval of the delight share
   */
  public abstract Optional<ConfidenceInterval> delightShareInterval();
}
