package io.motkit.scoring.peakend;

import io.motkit.core.Scale;
import java.util.Locale;

/**
 * Which moment counts as the peak of an episode. For an unpleasant episode the peak of Kahneman et
 * al. (1993) is the worst moment, for a pleasant one the best; {@link #INTENSE} picks whichever
 * lies furthest from the scale's neutral point. When several moments tie, the earliest is the
 * peak.
 */
public enum Peak {
  /** The moment furthest from the neutral point, in either direction. */
  INTENSE("intense"),
  /** The worst moment in the scale's direction (the lowest where higher is better). */
  WORST("worst"),
  /** The best moment in the scale's direction. */
  BEST("best"),
  /** The mean of the worst and the best moment: both peaks averaged. */
  BOTH("both");

  private final String label;

  Peak(String label) {
    this.label = label;
  }

  /** The parameter value, such as {@code worst}. */
  public String label() {
    return label;
  }

  /**
   * The peak with this label.
   *
   * @throws IllegalArgumentException naming the text if there is none
   */
  public static Peak parse(String text) {
    for (Peak peak : values()) {
      if (peak.label.equals(text.toLowerCase(Locale.ROOT))) {
        return peak;
      }
    }
    throw new IllegalArgumentException(
        "unknown peak '" + text + "'; valid peaks are intense, worst, best, both");
  }

  /** The peak value of the moments {@code [from, to)}; {@code from < to}. */
  double value(double[] values, int from, int to, Scale scale) {
    switch (this) {
      case INTENSE:
        return values[intenseIndex(values, from, to, scale)];
      case WORST:
        return values[worstIndex(values, from, to, scale)];
      case BEST:
        return values[bestIndex(values, from, to, scale)];
      case BOTH:
        return 0.5 * values[worstIndex(values, from, to, scale)]
            + 0.5 * values[bestIndex(values, from, to, scale)];
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * Adds {@code weight} to the peak moment(s) of {@code values} (split evenly for {@link #BOTH})
   * and returns their indices.
   */
  int[] addWeight(double[] values, Scale scale, double weight, double[] weights) {
    int n = values.length;
    switch (this) {
      case INTENSE:
        return add(weights, weight, intenseIndex(values, 0, n, scale));
      case WORST:
        return add(weights, weight, worstIndex(values, 0, n, scale));
      case BEST:
        return add(weights, weight, bestIndex(values, 0, n, scale));
      case BOTH:
        int worst = worstIndex(values, 0, n, scale);
        int best = bestIndex(values, 0, n, scale);
        weights[worst] += weight / 2;
        weights[best] += weight / 2;
        return worst == best ? new int[] {worst} : new int[] {Math.min(worst, best), Math.max(worst, best)};
      default:
        throw new AssertionError(this);
    }
  }

  private static int[] add(double[] weights, double weight, int index) {
    weights[index] += weight;
    return new int[] {index};
  }

  static int intenseIndex(double[] values, int from, int to, Scale scale) {
    int peak = from;
    double neutral = scale.neutral();
    double most = Math.abs(values[from] - neutral);
    for (int i = from + 1; i < to; i++) {
      double intensity = Math.abs(values[i] - neutral);
      if (intensity > most) {
        most = intensity;
        peak = i;
      }
    }
    return peak;
  }

  static int worstIndex(double[] values, int from, int to, Scale scale) {
    return scale.higherIsBetter() ? minIndex(values, from, to) : maxIndex(values, from, to);
  }

  static int bestIndex(double[] values, int from, int to, Scale scale) {
    return scale.higherIsBetter() ? maxIndex(values, from, to) : minIndex(values, from, to);
  }

  static int minIndex(double[] values, int from, int to) {
    int index = from;
    for (int i = from + 1; i < to; i++) {
      if (values[i] < values[index]) {
        index = i;
      }
    }
    return index;
  }

  static int maxIndex(double[] values, int from, int to) {
    int index = from;
    for (int i = from + 1; i < to; i++) {
      if (values[i] > values[index]) {
        index = i;
      }
    }
    return index;
  }

  @Override
  public String toString() {
    return label;
  }
}
