package io.motkit.journey.internal;

import io.motkit.journey.EventLog;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Counts kept per touchpoint, keyed by the touchpoint's id so that tallies of different logs (a
 * cluster's partitions) merge by touchpoint. Within one log a touchpoint is found by its code in an
 * array, not by hashing its id for every event.
 *
 * @param <A> the counts of one touchpoint
 */
public final class ByTouchpoint<A extends Serializable> implements Serializable {

  private static final long serialVersionUID = 1L;

  private final HashMap<String, A> byId = new HashMap<>();
  private transient @Nullable EventLog cachedLog;
  private transient @Nullable Object @Nullable [] byCode;

  /**
   * The counts of touchpoint {@code code} of {@code log}, made empty the first time.
   *
   * @param log the event log
   * @param code the touchpoint's code in the log
   * @param empty makes empty counts
   * @return the counts of the touchpoint
   */
  @SuppressWarnings("unchecked")
  public A get(EventLog log, int code, Supplier<A> empty) {
    @Nullable Object[] cache = byCode;
    if (log != cachedLog || cache == null) {
      cache = new Object[log.touchpoints().size()];
      byCode = cache;
      cachedLog = log;
    }
    Object counts = cache[code];
    if (counts == null) {
      counts = byId.computeIfAbsent(log.touchpoints().get(code).id(), id -> empty.get());
      cache[code] = counts;
    }
    return (A) counts;
  }

  /**
   * These counts with {@code other}'s added, touchpoint by touchpoint.
   *
   * @param other other counts
   * @param merge merges the counts of one touchpoint
   * @return these counts, changed
   */
  public ByTouchpoint<A> merge(ByTouchpoint<A> other, BinaryOperator<A> merge) {
    other.byId.forEach((id, counts) -> byId.merge(id, counts, merge));
    cachedLog = null;
    byCode = null;
    return this;
  }

  /**
   * The counts by touchpoint id, in id order.
   *
   * @return the counts by touchpoint id, in id order
   */
  public Map<String, A> byId() {
    return new TreeMap<>(byId);
  }
}
