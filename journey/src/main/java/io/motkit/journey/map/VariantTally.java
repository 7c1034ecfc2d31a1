package io.motkit.journey.map;

import java.util.List;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One distinct path: how many journeys took it, and the sum of their scores when they were scored.
 */
@Value.Immutable
abstract class VariantTally {

  VariantTally() {}

  /**
   * The touchpoint ids of the path.
   *
   * @return the touchpoint ids of the path
   */
  @Value.Parameter
  abstract List<String> path();

  /**
   * Journeys that took it.
   *
   * @return journeys that took it
   */
  @Value.Parameter
  abstract long journeys();

  /**
   * The sum of their scores, if they were scored.
   *
   * @return the sum of their scores, if they were scored
   */
  @Value.Parameter
  abstract OptionalDouble scoreSum();

  /**
   * A tally.
   *
   * @param path the file
   * @param journeys the journeys
   * @param scoreSum the sum of the scores
   * @return a tally
   */
  static VariantTally of(List<String> path, long journeys, OptionalDouble scoreSum) {
    return ImmutableVariantTally.of(path, journeys, scoreSum);
  }
}
