package io.motkit.journey;

import static com.google.common.base.Preconditions.checkArgument;

import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.SequenceKernel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Scoring every journey of an {@link EventLog}: a scorer's kernel over the columns themselves, on
 * one thread or on a pool shared by every call with the same number of threads, and the journeys a
 * scorer cannot score, with the reasons.
 */
final class BatchScoring {

  private BatchScoring() {}

  /** One pool per thread count, made once: a pool per call would start threads per batch. */
  private static final java.util.concurrent.ConcurrentMap<
          Integer, java.util.concurrent.ForkJoinPool>
      POOLS = new java.util.concurrent.ConcurrentHashMap<>();

  static double[] score(EventLog log, SequenceKernel kernel) {
    double[] out = new double[log.columns().journeyIds.size()];
    scoreRange(log, kernel, 0, log.columns().journeyIds.size(), out);
    return out;
  }

  static double[] score(EventLog log, SequenceKernel kernel, int threads) {
    checkArgument(threads >= 1, "threads must be at least 1, found %s", threads);
    double[] out = new double[log.columns().journeyIds.size()];
    int chunk = Math.max(1, (log.columns().journeyIds.size() + threads * 4 - 1) / (threads * 4));
    java.util.concurrent.ForkJoinPool pool = POOLS.computeIfAbsent(threads, BatchScoring::pool);
    try {
      pool.submit(
              () ->
                  IntStream.range(0, (log.columns().journeyIds.size() + chunk - 1) / chunk)
                      .parallel()
                      .forEach(
                          c ->
                              scoreRange(
                                  log,
                                  kernel,
                                  c * chunk,
                                  Math.min(log.columns().journeyIds.size(), (c + 1) * chunk),
                                  out)))
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("scoring was interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      if (e.getCause() instanceof Error) {
        // Out of memory on a pool thread is still out of memory, and said so.
        throw (Error) e.getCause();
      }
      throw new IllegalStateException(e.getCause());
    }
    return out;
  }

  static double scoreJourney(EventLog log, SequenceKernel kernel, int j) {
    double score;
    try {
      score =
          kernel.score(
              log.columns().value,
              log.columns().start,
              log.columns().duration,
              log.columns().offsets[j],
              log.columns().offsets[j + 1]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "journey '" + log.columns().journeyIds.get(j) + "': " + e.getMessage(), e);
    }
    return requireFinite(log, j, score);
  }

  static void scoreRange(EventLog log, SequenceKernel kernel, int from, int to, double[] out) {
    for (int j = from; j < to; j++) {
      out[j] = scoreJourney(log, kernel, j);
    }
  }

  /**
   * A score that is not a finite number is never handed on as one: the journey is unscorable (its
   * arithmetic overflowed, or a parameter is too extreme for its values), as {@link
   * io.motkit.core.JourneyScore} says for one journey.
   */
  private static double requireFinite(EventLog log, int j, double score) {
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException(
          "journey '"
              + log.columns().journeyIds.get(j)
              + "': the score is not a finite number ("
              + score
              + "); the scorer's arithmetic overflowed or a parameter is too extreme for these"
              + " values");
    }
    return score;
  }

  static Map<String, String> unscorable(EventLog log, JourneyScorer scorer) {
    try {
      score(log, scorer);
      return Map.of();
    } catch (IllegalArgumentException whole) {
      Map<String, String> reasons = new LinkedHashMap<>();
      for (int j = 0; j < log.columns().journeyIds.size(); j++) {
        try {
          scorer.score(log.journey(j));
        } catch (IllegalArgumentException e) {
          reasons.put(log.columns().journeyIds.get(j), e.getMessage());
        }
      }
      return Collections.unmodifiableMap(reasons);
    }
  }

  static double[] score(EventLog log, JourneyScorer scorer) {
    Optional<SequenceKernel> kernel = scorer.kernel(log.columns().scale);
    if (kernel.isPresent()) {
      return score(log, kernel.get());
    }
    double[] out = new double[log.columns().journeyIds.size()];
    for (int j = 0; j < out.length; j++) {
      out[j] = scorer.score(log.journey(j)).value();
    }
    return out;
  }

  /** A pool of daemon threads, so that a program that scored in parallel can still exit. */
  private static java.util.concurrent.ForkJoinPool pool(int threads) {
    return new java.util.concurrent.ForkJoinPool(
        threads,
        p -> {
          java.util.concurrent.ForkJoinWorkerThread thread =
              java.util.concurrent.ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
          thread.setDaemon(true);
          thread.setName("motkit-scoring-" + threads + "-" + thread.getPoolIndex());
          return thread;
        },
        null,
        false);
  }
}
