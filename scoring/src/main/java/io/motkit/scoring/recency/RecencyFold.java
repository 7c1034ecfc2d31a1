package io.motkit.scoring.recency;

import io.motkit.core.scoring.MomentFold;

/**
 * The recency-weighted mean taken one moment at a time, which is also how the kernel computes it,
 * so that both give the same number to the last bit.
 *
 * <p>Weighted towards the end, a moment's weight is {@code exp(-lambda * age)} with its age
 * measured back from the last moment, which is not known while moments arrive. Both sums are
 * therefore carried forward: at each new moment they are multiplied by {@code exp(-lambda * step)}
 * for the step from the moment before, and the new moment is added with weight 1. The product of
 * the steps' factors is the factor of their sum, so this is the published weighting; it also never
 * overflows, and a weight too small to represent goes to zero as the direct formula's does.
 * Weighted towards the start (primacy), the age is measured from the first moment, which is known,
 * and each moment is added with its own weight.
 */
final class RecencyFold implements MomentFold {

  private static final int WEIGHTED = 0;
  private static final int TOTAL = 1;
  private static final int COUNT = 2;
  private static final int FIRST_START = 3;
  private static final int LAST_START = 4;

  private final double lambda;
  private final RecencyScorer.Decay decay;
  private final boolean primacy;

  RecencyFold(double lambda, RecencyScorer.Decay decay, boolean primacy) {
    this.lambda = lambda;
    this.decay = decay;
    this.primacy = primacy;
  }

  @Override
  public double[] newState() {
    return new double[5];
  }

  @Override
  public double[] add(double[] state, double value, long startMillis, long durationMillis) {
    long count = (long) state[COUNT];
    if (count == 0) {
      state[FIRST_START] = startMillis;
    }
    if (primacy) {
      double age =
          decay == RecencyScorer.Decay.POSITION ? count : startMillis - (long) state[FIRST_START];
      double w = Math.exp(-lambda * age);
      state[WEIGHTED] += w * value;
      state[TOTAL] += w;
    } else {
      if (count > 0) {
        double step =
            decay == RecencyScorer.Decay.POSITION ? 1 : startMillis - (long) state[LAST_START];
        double factor = Math.exp(-lambda * step);
        state[WEIGHTED] *= factor;
        state[TOTAL] *= factor;
      }
      state[WEIGHTED] += value;
      state[TOTAL] += 1;
    }
    state[LAST_START] = startMillis;
    state[COUNT] = count + 1;
    return state;
  }

  @Override
  public double value(double[] state) {
    if (state[COUNT] == 0) {
      throw new IllegalArgumentException("recency needs at least one moment");
    }
    return state[WEIGHTED] / state[TOTAL];
  }

  @Override
  public int maxStateLength() {
    return 5;
  }
}
