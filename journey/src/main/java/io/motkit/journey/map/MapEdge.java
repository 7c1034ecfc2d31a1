package io.motkit.journey.map;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A directly-follows relation: how often a moment of {@link #from()} is directly followed by one of
 * {@link #to()}, the share of {@code from}'s moments that go on to {@code to} (with the share that
 * end the journey, a node's shares sum to 1), and the median time between their starts.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class MapEdge {

  MapEdge() {}

  /**
   * The earlier touchpoint.
   *
   * @return the earlier touchpoint
   */
  public abstract String from();

  /**
   * The touchpoint that directly follows.
   *
   * @return the touchpoint that directly follows
   */
  public abstract String to();

  /**
   * Times the pair occurs.
   *
   * @return times the pair occurs
   */
  public abstract long count();

  /**
   * count divided by the moments of {@code from}.
   *
   * @return count divided by the moments of {@code from}
   */
  public abstract double probability();

  /**
   * Median time between the two starts, in seconds.
   *
   * @return median time between the two starts, in seconds
   */
  public abstract double medianSeconds();
}
