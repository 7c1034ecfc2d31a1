package io.motkit.journey.map;

import java.util.Optional;
import org.immutables.value.Value;

/** A touchpoint on the journey map. */
@Value.Immutable
public abstract class MapNode {

  MapNode() {}

  /** The touchpoint id. */
  public abstract String touchpoint();

  /** Its stage, if known. */
  public abstract Optional<String> stage();

  /** Moments of the touchpoint. */
  public abstract long moments();

  /** Mean experienced value of those moments. */
  public abstract double meanExperience();

  /** Journeys that start here. */
  public abstract long starts();

  /** Journeys that end here. */
  public abstract long ends();

  /** Share of the moments here after which the journey ends. */
  public abstract double endProbability();
}
