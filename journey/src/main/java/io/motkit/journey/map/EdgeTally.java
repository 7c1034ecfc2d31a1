package io.motkit.journey.map;

import org.immutables.value.Value;

/** How often one touchpoint directly followed another, and the median time between them. */
@Value.Immutable
public abstract class EdgeTally {

  EdgeTally() {}

  /** The touchpoint left. */
  @Value.Parameter
  public abstract String from();

  /** The touchpoint reached next. */
  @Value.Parameter
  public abstract String to();

  /** How often. */
  @Value.Parameter
  public abstract long count();

  /**
   * The median time between the two starts, in milliseconds (the mean of the middle two for an even
   * count).
   */
  @Value.Parameter
  public abstract double medianMillis();

  /** A tally. */
  public static EdgeTally of(String from, String to, long count, double medianMillis) {
    return ImmutableEdgeTally.of(from, to, count, medianMillis);
  }
}
