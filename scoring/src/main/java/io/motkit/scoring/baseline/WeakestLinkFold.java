package io.motkit.scoring.baseline;

import io.motkit.core.scoring.MomentFold;

/** The incremental weakest link: the worst value so far and the count. */
final class WeakestLinkFold implements MomentFold {

  private final boolean higherIsBetter;

  WeakestLinkFold(boolean higherIsBetter) {
    this.higherIsBetter = higherIsBetter;
  }

  @Override
  public double[] newState() {
    return new double[2];
  }

  @Override
  public double[] add(double[] state, double value, long startMillis, long durationMillis) {
    if (state[1] == 0) {
      state[0] = value;
    } else {
      state[0] = higherIsBetter ? Math.min(state[0], value) : Math.max(state[0], value);
    }
    state[1]++;
    return state;
  }

  @Override
  public double value(double[] state) {
    if (state[1] == 0) {
      throw new IllegalArgumentException("the weakest link needs at least one moment");
    }
    return state[0];
  }

  @Override
  public int maxStateLength() {
    return 2;
  }
}
