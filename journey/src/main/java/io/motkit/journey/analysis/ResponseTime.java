package io.motkit.journey.analysis;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Duration;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** One measured response: from a moment of one touchpoint to the next moment of another. */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class ResponseTime {

  ResponseTime() {}

  /**
   * The pair measured.
   *
   * @return the pair measured
   */
  @Value.Parameter
  public abstract ResponsePair pair();

  /**
   * The moment that started the clock.
   *
   * @return the moment that started the clock
   */
  @Value.Parameter
  public abstract int fromMoment();

  /**
   * The moment that stopped it.
   *
   * @return the moment that stopped it
   */
  @Value.Parameter
  public abstract int toMoment();

  /**
   * The time between the two starts.
   *
   * @return the time between the two starts
   */
  @Value.Parameter
  public abstract Duration time();

  static ResponseTime of(ResponsePair pair, int from, int to, Duration time) {
    return ImmutableResponseTime.of(pair, from, to, time);
  }
}
