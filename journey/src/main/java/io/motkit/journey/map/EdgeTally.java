package io.motkit.journey.map;

import org.immutables.value.Value;

/** How often one touchpoint directly followed another, and the median time between them. */
@Value.Immutable
abstract class EdgeTally {

  EdgeTally() {}

  /**
   * The touchpoint left.
   *
   * @return the touchpoint left
   */
  @Value.Parameter
  abstract String from();

  /**
   * The touchpoint reached next.
   *
   * @return the touchpoint reached next
   */
  @Value.Parameter
  abstract String to();

  /**
   * How often.
   *
   * @return how often
   */
  @Value.Parameter
  abstract long count();

  /**
   * The median time between the two starts, in milliseconds (the mean of the middle two for an even
   * count).
   *
   * @return the median time between the two starts, in milliseconds (the mean of the middle two for
   *     an even count)
   */
  @Value.Parameter
  abstract double medianMillis();

  /**
   * A tally.
   *
   * @param from the touchpoint the edge leaves
   * @param to the touchpoint the edge enters
   * @param count the count
   * @param medianMillis the median time between the two contacts, in milliseconds
   * @return a tally
   */
  static EdgeTally of(String from, String to, long count, double medianMillis) {
    return ImmutableEdgeTally.of(from, to, count, medianMillis);
  }
}
