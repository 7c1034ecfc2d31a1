package io.motkit.scoring.peakend;

import io.motkit.core.Scale;
import io.motkit.core.scoring.MomentFold;
import java.util.Arrays;

/**
 * The incremental form of the peak-end kernel, for ends made of the last moment or the last k: the
 * worst and best values so far, a ring of the last k values, and for the intense peak the few
 * moments that may still decide it. It repeats {@link Peak#value} and {@link End#value} operation
 * for operation, so that its value is the kernel's to the last bit.
 *
 * <p>The intense peak is the most intense moment with ties (intensities within 10<sup>-9</sup> of
 * the scale's range of the most intense) broken by the ties rule, which needs the latest worse, the
 * latest better and the first moment among the tied. Those are known only at the end, when the most
 * intense is; the fold keeps each moment that can still be one of them: a worse (or better) moment
 * until a later one at least as intense replaces it, and any moment until the most intense so far
 * is more than the tolerance above it. So the state holds, beside its fixed part, the moments whose
 * intensities lie within the tolerance of the most intense so far and differ from each other: one
 * or two on any rating scale, more only for values that differ in their ninth significant digit.
 * That part grows as needed (-1 from {@link #maxStateLength()}).
 */
final class PeakEndFold implements MomentFold {

  private static final int COUNT = 0;
  private static final int LAST = 1;
  private static final int WORST = 2;
  private static final int BEST = 3;
  private static final int MOST = 4;
  private static final int RING = 5;
  private static final int INITIAL_CAPACITY = 2;

  private final Peak peak;
  private final PeakTie ties;
  private final int k;
  private final double peakWeight;
  private final double endWeight;
  private final Scale scale;
  private final double tolerance;
  // Where the intense peak's three lists start: their lengths, then the capacity of each list.
  private final int lists;

  PeakEndFold(Peak peak, PeakTie ties, int k, double peakWeight, double endWeight, Scale scale) {
    this.peak = peak;
    this.ties = ties;
    this.k = k;
    this.peakWeight = peakWeight;
    this.endWeight = endWeight;
    this.scale = scale;
    this.tolerance = 1e-9 * scale.range();
    this.lists = RING + k;
  }

  @Override
  public double[] newState() {
    if (peak != Peak.INTENSE) {
      return new double[RING + k];
    }
    double[] state = new double[lists + 4 + 3 * 2 * INITIAL_CAPACITY];
    state[lists + 3] = INITIAL_CAPACITY;
    return state;
  }

  @Override
  public int maxStateLength() {
    return peak == Peak.INTENSE ? -1 : RING + k;
  }

  @Override
  public double[] add(double[] state, double value, long startMillis, long durationMillis) {
    long count = (long) state[COUNT];
    // Among equal values the later moment is the peak, as in Peak.minIndex and maxIndex.
    if (count == 0 || (scale.higherIsBetter() ? value <= state[WORST] : value >= state[WORST])) {
      state[WORST] = value;
    }
    if (count == 0 || (scale.higherIsBetter() ? value >= state[BEST] : value <= state[BEST])) {
      state[BEST] = value;
    }
    state[LAST] = value;
    state[RING + (int) (count % k)] = value;
    state[COUNT] = count + 1;
    if (peak == Peak.INTENSE) {
      return addIntense(state, value);
    }
    return state;
  }

  private double[] addIntense(double[] state, double value) {
    double intensity = Math.abs(value - scale.neutral());
    state[MOST] = Math.max(state[MOST], intensity);
    double atLeast = state[MOST] - tolerance;
    double[] s = state;
    boolean better = scale.isBetter(value, scale.neutral());
    // A later moment of the same side, at least as intense, can stand for every earlier one.
    int side = better ? 1 : 0;
    int n = length(s, side);
    while (n > 0 && intensity(s, side, n - 1) <= intensity) {
      n--;
    }
    s = push(s, side, n, intensity, value);
    // The first tied moment is one more intense than every moment before it.
    int firsts = length(s, 2);
    if (firsts == 0 || intensity > intensity(s, 2, firsts - 1)) {
      s = push(s, 2, firsts, intensity, value);
    }
    prune(s, atLeast);
    return s;
  }

  private int capacity(double[] s) {
    return (int) s[lists + 3];
  }

  private int length(double[] s, int list) {
    return (int) s[lists + list];
  }

  private int at(double[] s, int list, int i) {
    return lists + 4 + 2 * (list * capacity(s) + i);
  }

  private double intensity(double[] s, int list, int i) {
    return s[at(s, list, i)];
  }

  private double value(double[] s, int list, int i) {
    return s[at(s, list, i) + 1];
  }

  private double[] push(double[] s, int list, int n, double intensity, double value) {
    double[] out = s;
    if (n == capacity(s)) {
      int capacity = 2 * capacity(s);
      out = Arrays.copyOf(s, lists + 4 + 3 * 2 * capacity);
      out[lists + 3] = capacity;
      for (int l = 0; l < 3; l++) {
        for (int i = 0; i < length(s, l); i++) {
          out[at(out, l, i)] = intensity(s, l, i);
          out[at(out, l, i) + 1] = value(s, l, i);
        }
      }
    }
    out[at(out, list, n)] = intensity;
    out[at(out, list, n) + 1] = value;
    out[lists + list] = n + 1;
    return out;
  }

  // A moment less intense than the most intense so far minus the tolerance is never tied again:
  // the most intense only grows. On each side those are the newest entries, among the firsts the
  // oldest.
  private void prune(double[] s, double atLeast) {
    for (int side = 0; side < 2; side++) {
      int n = length(s, side);
      while (n > 0 && intensity(s, side, n - 1) < atLeast) {
        n--;
      }
      s[lists + side] = n;
    }
    int firsts = length(s, 2);
    int drop = 0;
    while (drop < firsts && intensity(s, 2, drop) < atLeast) {
      drop++;
    }
    if (drop > 0) {
      for (int i = drop; i < firsts; i++) {
        s[at(s, 2, i - drop)] = intensity(s, 2, i);
        s[at(s, 2, i - drop) + 1] = value(s, 2, i);
      }
      s[lists + 2] = firsts - drop;
    }
  }

  @Override
  public double value(double[] state) {
    long count = (long) state[COUNT];
    if (count == 0) {
      throw new IllegalArgumentException("peak-end needs at least one moment");
    }
    return peakWeight * peakValue(state) + endWeight * endValue(state, count);
  }

  private double peakValue(double[] s) {
    switch (peak) {
      case WORST:
        return s[WORST];
      case BEST:
        return s[BEST];
      case BOTH:
        return 0.5 * s[WORST] + 0.5 * s[BEST];
      case INTENSE:
        return intenseValue(s);
      default:
        throw new AssertionError(peak);
    }
  }

  private double intenseValue(double[] s) {
    if (s[MOST] <= tolerance) {
      return s[LAST];
    }
    int worse = length(s, 0);
    int better = length(s, 1);
    if (better == 0) {
      return value(s, 0, worse - 1);
    }
    if (worse == 0) {
      return value(s, 1, better - 1);
    }
    double w = value(s, 0, worse - 1);
    double b = value(s, 1, better - 1);
    switch (ties) {
      case NEGATIVE:
        return w;
      case POSITIVE:
        return b;
      case MEAN:
        return 0.5 * w + 0.5 * b;
      case FIRST:
        return value(s, 2, 0);
      default:
        throw new AssertionError(ties);
    }
  }

  private double endValue(double[] s, long count) {
    int m = (int) Math.min(count, k);
    double sum = 0;
    for (long i = count - m; i < count; i++) {
      sum += s[RING + (int) (i % k)];
    }
    return sum / m;
  }
}
