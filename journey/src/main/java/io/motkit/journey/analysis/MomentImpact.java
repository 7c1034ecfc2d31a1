package io.motkit.journey.analysis;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How much one touchpoint shapes remembered journeys under a scorer: how often its moments are the
 * peak or the end, and the what-if: the change in the mean remembered score if every one of its
 * moments were one scale point better (clamped to the scale).
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class MomentImpact {

  MomentImpact() {}

  /**
   * The touchpoint.
   *
   * @return the touchpoint
   */
  public abstract String touchpoint();

  /**
   * Journeys that visit the touchpoint.
   *
   * @return journeys that visit the touchpoint
   */
  public abstract int journeys();

  /**
   * Share of those journeys in which one of its moments is the peak.
   *
   * @return share of those journeys in which one of its moments is the peak
   */
  public abstract double peakShare();

  /**
   * Share of those journeys in which one of its moments is part of the end.
   *
   * @return share of those journeys in which one of its moments is part of the end
   */
  public abstract double endShare();

  /**
   * Mean remembered score over all journeys as they were.
   *
   * @return mean remembered score over all journeys as they were
   */
  public abstract double baseline();

  /**
   * Mean remembered score over all journeys with the touchpoint one point better.
   *
   * @return mean remembered score over all journeys with the touchpoint one point better
   */
  public abstract double improved();

  /**
   * {@code improved() - baseline()}, in the direction of the scale (positive is better).
   *
   * @return {@code improved() - baseline()}, in the direction of the scale (positive is better)
   */
  public abstract double lift();
}
