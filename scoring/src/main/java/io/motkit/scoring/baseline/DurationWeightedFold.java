package io.motkit.scoring.baseline;

import io.motkit.core.Scale;
import io.motkit.core.scoring.MomentFold;

/**
 * The incremental duration-weighted score. A moment weighed by the gap to the next one is known
 * only when the next arrives, so the latest moment is held apart and added last, as the kernel adds
 * it: the sums of every earlier moment, then the latest moment weighed by its own duration.
 */
final class DurationWeightedFold implements MomentFold {

  private static final int WEIGHTED = 0;
  private static final int TOTAL = 1;
  private static final int COUNT = 2;
  private static final int LAST_VALUE = 3;
  private static final int LAST_START = 4;
  private static final int LAST_DURATION = 5;

  private final boolean byGap;
  private final boolean area;
  private final boolean fromNeutral;
  private final Scale scale;

  DurationWeightedFold(boolean byGap, boolean area, boolean fromNeutral, Scale scale) {
    this.byGap = byGap;
    this.area = area;
    this.fromNeutral = fromNeutral;
    this.scale = scale;
  }

  @Override
  public double[] newState() {
    return new double[6];
  }

  @Override
  public double[] add(double[] state, double value, long startMillis, long durationMillis) {
    if (state[COUNT] > 0) {
      long previous = (long) state[LAST_START];
      long millis = byGap ? startMillis - previous : (long) state[LAST_DURATION];
      double seconds = millis / 1000.0;
      if (area) {
        state[WEIGHTED] +=
            seconds * DurationWeightedScorer.utility(state[LAST_VALUE], scale, fromNeutral);
      } else {
        state[WEIGHTED] += seconds * state[LAST_VALUE];
        state[TOTAL] += seconds;
      }
    }
    state[LAST_VALUE] = value;
    state[LAST_START] = startMillis;
    state[LAST_DURATION] = durationMillis;
    state[COUNT]++;
    return state;
  }

  @Override
  public double value(double[] state) {
    if (state[COUNT] == 0) {
      throw new IllegalArgumentException("the duration-weighted score needs at least one moment");
    }
    double seconds = ((long) state[LAST_DURATION]) / 1000.0;
    if (area) {
      return state[WEIGHTED]
          + seconds * DurationWeightedScorer.utility(state[LAST_VALUE], scale, fromNeutral);
    }
    double weighted = state[WEIGHTED] + seconds * state[LAST_VALUE];
    double total = state[TOTAL] + seconds;
    if (total == 0) {
      throw new IllegalArgumentException(
          "every moment lasts zero time, so the duration-weighted mean is undefined; give the"
              + " moments durations, weight by gap, or use aggregate=area");
    }
    return weighted / total;
  }

  @Override
  public int maxStateLength() {
    return 6;
  }
}
