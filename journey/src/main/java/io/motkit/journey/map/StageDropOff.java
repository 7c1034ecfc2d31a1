package io.motkit.journey.map;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How many journeys reached a stage (their furthest stage is this one or a later one) and how many
 * went no further. For the last stage, "went no further" is completion.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class StageDropOff {

  StageDropOff() {}

  /**
   * The stage.
   *
   * @return the stage
   */
  public abstract String stage();

  /**
   * Journeys whose furthest stage is this one or later.
   *
   * @return journeys whose furthest stage is this one or later
   */
  public abstract long reached();

  /**
   * Journeys whose furthest stage is this one.
   *
   * @return journeys whose furthest stage is this one
   */
  public abstract long stoppedHere();

  /**
   * stoppedHere / reached.
   *
   * @return the share of the journeys that reached the stage and stopped there
   */
  public abstract double dropOffShare();
}
