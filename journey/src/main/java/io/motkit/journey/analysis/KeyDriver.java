package io.motkit.journey.analysis;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One touchpoint as a driver of a journey outcome: its relative weight (the share of the outcome's
 * variance it accounts for; the weights sum to R²), that weight as a share of R², and its
 * performance (mean rating), for an importance-performance map.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class KeyDriver {

  KeyDriver() {}

  /**
   * The touchpoint.
   *
   * @return the touchpoint
   */
  public abstract String touchpoint();

  /**
   * Johnson's relative weight, in [0, R²].
   *
   * @return Johnson's relative weight, in [0, R²]
   */
  public abstract double weight();

  /**
   * The weight divided by R², in [0, 1]; the shares sum to 1.
   *
   * @return the weight divided by R², in [0, 1]; the shares sum to 1
   */
  public abstract double share();

  /**
   * Mean rating of the touchpoint over the journeys that had it.
   *
   * @return mean rating of the touchpoint over the journeys that had it
   */
  public abstract double performance();

  /**
   * Share of journeys that had the touchpoint.
   *
   * @return share of journeys that had the touchpoint
   */
  public abstract double coverage();
}
