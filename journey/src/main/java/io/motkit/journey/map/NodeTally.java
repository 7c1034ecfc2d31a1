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
public abstract class NodeTally {

  NodeTally() {}

  /** The touchpoint id. */
  @Value.Parameter
  public abstract String touchpoint();

  /** Its stage, if it has one. */
  @Value.Parameter
  public abstract Optional<String> stage();

  /** Moments of the touchpoint. */
  @Value.Parameter
  public abstract long moments();

  /** The sum of their ratings. */
  @Value.Parameter
  public abstract double valueSum();

  /** Journeys whose first moment is here. */
  @Value.Parameter
  public abstract long starts();

  /** Journeys whose last moment is here. */
  @Value.Parameter
  public abstract long ends();

  /** The sum of the moments' relative positions, in fixed-point units. */
  @Value.Parameter
  public abstract long positionUnits();

  /** A tally. */
  public static NodeTally of(
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
