package io.motkit.core.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The allocation-free core of a sequence scorer: it scores the moments {@code [from, to)} of one
 * journey held in parallel primitive arrays. Many journeys share one set of arrays, laid out one
 * after another, so a batch of millions of journeys is scored with no object per moment.
 *
 * <p>Times are epoch milliseconds and durations milliseconds; moments of a journey are in time
 * order. A kernel is bound to one {@link io.motkit.core.Scale} and is thread-safe.
 */
@API(status = STABLE, since = "0.1")
@FunctionalInterface
public interface SequenceKernel {

  /**
   * Scores one journey's moments.
   *
   * @param values the per-moment values
   * @param startMillis when each moment started, in epoch milliseconds
   * @param durationMillis how long each moment lasted, in milliseconds
   * @param from the journey's first moment, inclusive
   * @param to the journey's last moment, exclusive
   * @return the journey's score
   * @throws IllegalArgumentException if {@code from >= to} (a journey with no moments)
   */
  double score(double[] values, long[] startMillis, long[] durationMillis, int from, int to);

  /**
   * Scores every journey of a batch: journey {@code j} holds the moments {@code [offsets[j],
   * offsets[j + 1])}, and its score goes to {@code out[j]}.
   *
   * @param values the values
   * @param startMillis the start, in milliseconds since the epoch
   * @param durationMillis the duration, in milliseconds
   * @param offsets the offsets
   * @param out where the score of journey j goes, at index j
   * @throws IllegalArgumentException if {@code out} is shorter than the number of journeys
   */
  default void scoreAll(
      double[] values, long[] startMillis, long[] durationMillis, int[] offsets, double[] out) {
    int journeys = offsets.length - 1;
    checkArgument(
        out.length >= journeys,
        "output array holds %s scores but the batch has %s journeys",
        out.length,
        journeys);
    for (int j = 0; j < journeys; j++) {
      out[j] = score(values, startMillis, durationMillis, offsets[j], offsets[j + 1]);
    }
  }
}
