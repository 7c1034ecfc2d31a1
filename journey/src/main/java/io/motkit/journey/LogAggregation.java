package io.motkit.journey;

import io.motkit.core.analysis.Aggregation;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Runs an {@link Aggregation} over the journeys of a log: blocks of a fixed number of journeys are
 * tallied on the common pool's threads, and the block tallies are merged one after another in block
 * order. The blocks do not depend on the number of threads, so neither does any rounding: one
 * thread and many give the same result to the last digit.
 */
final class LogAggregation {

  /** Journeys per block: enough to make a task worth its scheduling, few enough to spread. */
  static final int BLOCK = 2048;

  private LogAggregation() {}

  static <T extends Serializable> T tally(EventLog log, Aggregation<LoggedJourney, T, ?> analysis) {
    int journeys = log.journeyCount();
    int blocks = (journeys + BLOCK - 1) / BLOCK;
    if (blocks <= 1) {
      return tallyRange(log, analysis, 0, journeys);
    }
    List<Object> parts =
        IntStream.range(0, blocks)
            .parallel()
            .mapToObj(b -> block(log, analysis, b * BLOCK, Math.min(journeys, (b + 1) * BLOCK)))
            .collect(Collectors.toList());
    // The first bad journey in log order is the one reported, whichever thread found one first.
    for (Object part : parts) {
      if (part instanceof RuntimeException) {
        throw (RuntimeException) part;
      }
    }
    @SuppressWarnings("unchecked")
    T total = (T) parts.get(0);
    for (int b = 1; b < blocks; b++) {
      @SuppressWarnings("unchecked")
      T next = (T) parts.get(b);
      total = analysis.merge(total, next);
    }
    return total;
  }

  private static <T extends Serializable> Object block(
      EventLog log, Aggregation<LoggedJourney, T, ?> analysis, int from, int to) {
    try {
      return tallyRange(log, analysis, from, to);
    } catch (RuntimeException e) {
      return e;
    }
  }

  private static <T extends Serializable> T tallyRange(
      EventLog log, Aggregation<LoggedJourney, T, ?> analysis, int from, int to) {
    T tally = analysis.newTally();
    for (int j = from; j < to; j++) {
      analysis.add(tally, LoggedJourney.of(log, j));
    }
    return tally;
  }
}
