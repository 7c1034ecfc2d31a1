package io.motkit.journey.analysis;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/** Two touchpoints between which a response time is measured: repair requested, repair done. */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class ResponsePair {

  ResponsePair() {}

  /**
   * The touchpoint that starts the clock.
   *
   * @return the touchpoint that starts the clock
   */
  @Value.Parameter
  public abstract String from();

  /**
   * The touchpoint that stops it.
   *
   * @return the touchpoint that stops it
   */
  @Value.Parameter
  public abstract String to();

  /**
   * A pair.
   *
   * @param from the touchpoint of the contact answered
   * @param to the touchpoint of the answer
   * @return a pair
   */
  public static ResponsePair of(String from, String to) {
    return ImmutableResponsePair.of(from, to);
  }
}
