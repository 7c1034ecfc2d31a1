package io.motkit.journey.map;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A touchpoint on the journey map. */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class MapNode {

  MapNode() {}

  /**
   * The touchpoint id.
   *
   * @return the touchpoint id
   */
  public abstract String touchpoint();

  /**
   * Its stage, if known.
   *
   * @return its stage, if known
   */
  public abstract Optional<String> stage();

  /**
   * Moments of the touchpoint.
   *
   * @return moments of the touchpoint
   */
  public abstract long moments();

  /**
   * Mean experienced value of those moments.
   *
   * @return mean experienced value of those moments
   */
  public abstract double meanExperience();

  /**
   * Journeys that start here.
   *
   * @return journeys that start here
   */
  public abstract long starts();

  /**
   * Journeys that end here.
   *
   * @return journeys that end here
   */
  public abstract long ends();

  /**
   * Share of the moments here after which the journey ends.
   *
   * @return share of the moments here after which the journey ends
   */
  public abstract double endProbability();

  /**
   * Its column in the map's layered layout, from 0 at the left: touchpoints in the order of their
   * typical position in the journeys, a new column whenever a touchpoint is linked by an arrow to
   * one already in the current column, so that no arrow joins two touchpoints of one column.
   *
   * @return its column in the map's layered layout, from 0 at the left: touchpoints in the order of
   *     their typical position in the journeys, a new column whenever a touchpoint is linked by an
   *     arrow to one already in the current column, so that no arrow joins two touchpoints of one
   *     column
   */
  public abstract int layer();

  /**
   * Its row within the column, from 0 at the top. A column of one touchpoint takes row 0 or 1 by
   * turns, so that an arrow that skips a column passes beside the touchpoint in between.
   *
   * @return its row within the column, from 0 at the top
   */
  public abstract int lane();
}
