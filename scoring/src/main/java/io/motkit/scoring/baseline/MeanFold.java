package io.motkit.scoring.baseline;

import io.motkit.core.scoring.MomentFold;

/** The incremental mean: the running sum, in time order as the kernel adds, and the count. */
final class MeanFold implements MomentFold {

  @Override
  public double[] newState() {
    return new double[2];
  }

  @Override
  public double[] add(double[] state, double value, long startMillis, long durationMillis) {
    state[0] += value;
    state[1]++;
    return state;
  }

  @Override
  public double value(double[] state) {
    if (state[1] == 0) {
      throw new IllegalArgumentException("the mean needs at least one moment");
    }
    return state[0] / (int) state[1];
  }

  @Override
  public int maxStateLength() {
    return 2;
  }
}
