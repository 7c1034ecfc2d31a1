package io.motkit.journey.map;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A distinct path through the touchpoints, with how many journeys took it. */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class Variant {

  Variant() {}

  /**
   * The touchpoints in order.
   *
   * @return the touchpoints in order
   */
  public abstract List<String> path();

  /**
   * Journeys that took exactly this path.
   *
   * @return journeys that took exactly this path
   */
  public abstract long journeys();

  /**
   * Their share of all journeys.
   *
   * @return their share of all journeys
   */
  public abstract double share();

  /**
   * Their mean remembered score, when the map was built with a scorer.
   *
   * @return their mean remembered score, when the map was built with a scorer
   */
  public abstract OptionalDouble meanScore();
}
