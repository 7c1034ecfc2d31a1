package io.motkit.journey.map;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a journey map counts for one touchpoint: its moments, the sum of their ratings, how many
 * journeys start and end there, and the sum of its moments' relative positions in their journeys in
 * fixed-point units ({@link MapTally#POSITION_UNITS} to a whole journey), so that sums from any
 * number of parts add up exactly.
 */
@Value.Immutable
abstract class NodeTally {

  NodeTally() {}

  /**
   * The touchpoint id.
   *
   * @return the touchpoint id
   */
  @Value.Parameter
  abstract String touchpoint();

  /**
   * Its stage, if it has one.
   *
   * @return its stage, if it has one
   */
  @Value.Parameter
  abstract Optional<String> stage();

  /**
   * Moments of the touchpoint.
   *
   * @return moments of the touchpoint
   */
  @Value.Parameter
  abstract long moments();

  /**
   * The sum of their ratings.
   *
   * @return the sum of their ratings
   */
  @Value.Parameter
  abstract double valueSum();

  /**
   * Journeys whose first moment is here.
   *
   * @return journeys whose first moment is here
   */
  @Value.Parameter
  abstract long starts();

  /**
   * Journeys whose last moment is here.
   *
   * @return journeys whose last moment is here
   */
  @Value.Parameter
  abstract long ends();

  /**
   * The sum of the moments' relative positions, in fixed-point units.
   *
   * @return the sum of the moments' relative positions, in fixed-point units
   */
  @Value.Parameter
  abstract long positionUnits();

  /**
   * A tally.
   *
   * @param touchpoint the touchpoint
   * @param stage the stage
   * @param moments how many moments the touchpoint had
   * @param valueSum the sum of the values of its moments
   * @param starts how many journeys start at the touchpoint
   * @param ends how many journeys end at the touchpoint
   * @param positionUnits the sum of the positions of its moments, for the mean position
   * @return a tally
   */
  static NodeTally of(
      String touchpoint,
      Optional<String> stage,
      long moments,
      double valueSum,
      long starts,
      long ends,
      long positionUnits) {
    return ImmutableNodeTally.of(touchpoint, stage, moments, valueSum, starts, ends, positionUnits);
  }
}
