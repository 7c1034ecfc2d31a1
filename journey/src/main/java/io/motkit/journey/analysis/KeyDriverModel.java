package io.motkit.journey.analysis;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** The key drivers of one outcome, most important first. */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class KeyDriverModel {

  KeyDriverModel() {}

  /**
   * The outcome explained.
   *
   * @return the outcome explained
   */
  public abstract String outcome();

  /**
   * Journeys used.
   *
   * @return journeys used
   */
  public abstract int journeys();

  /**
   * The R² of the linear model of the outcome on all drivers.
   *
   * @return the R² of the linear model of the outcome on all drivers
   */
  public abstract double rSquared();

  /**
   * The drivers, by weight, highest first.
   *
   * @return the drivers, by weight, highest first
   */
  public abstract List<KeyDriver> drivers();

  /**
   * Touchpoints left out because their ratings do not vary across journeys.
   *
   * @return touchpoints left out because their ratings do not vary across journeys
   */
  public abstract List<String> constant();
}
