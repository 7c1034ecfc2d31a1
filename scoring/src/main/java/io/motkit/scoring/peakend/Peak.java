package io.motkit.scoring.peakend;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.Scale;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Which moment counts as the peak of an episode. For an unpleasant episode the peak of Kahneman et
 * al. (1993) is the worst moment, for a pleasant one the best; {@link #INTENSE} picks whichever
 * lies furthest from the scale's neutral point. When a worse-than-neutral and a better-than-neutral
 * moment are equally intense, a {@link PeakTie} rule decides; among equal moments on one side the
 * most recent is the peak.
 */
@API(status = STABLE, since = "0.1")
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

  /**
   * The parameter value, such as {@code worst}.
   *
   * @return the parameter value, such as {@code worst}
   */
  public String label() {
    return label;
  }

  /**
   * The peak with this label.
   *
   * @param text the text
   * @return the peak with this label
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

  /**
   * The peak value of the moments {@code [from, to)}; {@code from < to}. {@code ties} decides an
   * {@link #INTENSE} peak when a worse-than-neutral and a better-than-neutral moment are equally
   * intense.
   */
  double value(double[] values, int from, int to, Scale scale, PeakTie ties) {
    switch (this) {
      case INTENSE:
        long peaks = selectIntense(values, from, to, scale, ties);
        int a = (int) (peaks >>> 32);
        int b = (int) peaks;
        return a == b ? values[a] : 0.5 * values[a] + 0.5 * values[b];
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
   * Adds {@code weight} to the peak moment(s) of {@code values} (split evenly between two peaks)
   * and returns their indices in time order.
   */
  int[] addWeight(double[] values, Scale scale, PeakTie ties, double weight, double[] weights) {
    int n = values.length;
    int[] peaks;
    switch (this) {
      case INTENSE:
        peaks = intenseIndices(values, 0, n, scale, ties);
        break;
      case WORST:
        peaks = new int[] {worstIndex(values, 0, n, scale)};
        break;
      case BEST:
        peaks = new int[] {bestIndex(values, 0, n, scale)};
        break;
      case BOTH:
        int worst = worstIndex(values, 0, n, scale);
        int best = bestIndex(values, 0, n, scale);
        peaks = worst == best ? new int[] {worst} : new int[] {worst, best};
        break;
      default:
        throw new AssertionError(this);
    }
    for (int index : peaks) {
      weights[index] += weight / peaks.length;
    }
    int[] sorted = peaks.clone();
    java.util.Arrays.sort(sorted);
    return sorted;
  }

  /**
   * Whether the moments {@code [from, to)} hold an intense peak tied between a worse-than-neutral
   * and a better-than-neutral moment, which {@link PeakTie} then decides.
   */
  static boolean isSignTie(double[] values, int from, int to, Scale scale) {
    double most = mostIntense(values, from, to, scale) - tolerance(scale);
    boolean worse = false;
    boolean better = false;
    double neutral = scale.neutral();
    for (int i = from; i < to; i++) {
      if (Math.abs(values[i] - neutral) >= most && most > 0) {
        if (scale.isBetter(values[i], neutral)) {
          better = true;
        } else {
          worse = true;
        }
      }
    }
    return worse && better;
  }

  /**
   * Intensities closer than this are equal: 0.2 and 0.8 around a neutral 0.5 differ in floating
   * point (0.3 against 0.30000000000000004) but are equally intense.
   */
  private static double tolerance(Scale scale) {
    return 1e-9 * scale.range();
  }

  private static double mostIntense(double[] values, int from, int to, Scale scale) {
    double neutral = scale.neutral();
    double most = 0;
    for (int i = from; i < to; i++) {
      most = Math.max(most, Math.abs(values[i] - neutral));
    }
    return most;
  }

  /**
   * The most intense moment(s): the most recent moment of greatest intensity on each side of
   * neutral, reduced to one (or, for {@link PeakTie#MEAN}, kept as two) by {@code ties}.
   */
  static int[] intenseIndices(double[] values, int from, int to, Scale scale, PeakTie ties) {
    long peaks = selectIntense(values, from, to, scale, ties);
    int a = (int) (peaks >>> 32);
    int b = (int) peaks;
    return a == b ? new int[] {a} : new int[] {a, b};
  }

  /**
   * {@link #intenseIndices} packed into one long (first index high, second low), allocating
   * nothing.
   */
  private static long selectIntense(double[] values, int from, int to, Scale scale, PeakTie ties) {
    double neutral = scale.neutral();
    double most = mostIntense(values, from, to, scale);
    double atLeast = most - tolerance(scale);
    int first = -1;
    int lastWorse = -1;
    int lastBetter = -1;
    int lastNeutral = -1;
    for (int i = from; i < to; i++) {
      if (Math.abs(values[i] - neutral) < atLeast) {
        continue;
      }
      if (first < 0) {
        first = i;
      }
      if (most <= tolerance(scale)) {
        lastNeutral = i;
      } else if (scale.isBetter(values[i], neutral)) {
        lastBetter = i;
      } else {
        lastWorse = i;
      }
    }
    int one;
    if (lastNeutral >= 0) {
      one = lastNeutral;
    } else if (lastWorse < 0 || lastBetter < 0) {
      one = Math.max(lastWorse, lastBetter);
    } else {
      switch (ties) {
        case NEGATIVE:
          one = lastWorse;
          break;
        case POSITIVE:
          one = lastBetter;
          break;
        case MEAN:
          return ((long) lastWorse << 32) | lastBetter;
        case FIRST:
          one = first;
          break;
        default:
          throw new AssertionError(ties);
      }
    }
    return ((long) one << 32) | one;
  }

  static int worstIndex(double[] values, int from, int to, Scale scale) {
    return scale.higherIsBetter() ? minIndex(values, from, to) : maxIndex(values, from, to);
  }

  static int bestIndex(double[] values, int from, int to, Scale scale) {
    return scale.higherIsBetter() ? maxIndex(values, from, to) : minIndex(values, from, to);
  }

  // Among equal values the most recent moment is the peak: the values agree, and the later moment
  // is the one memory holds most recently.
  static int minIndex(double[] values, int from, int to) {
    int index = from;
    for (int i = from + 1; i < to; i++) {
      if (values[i] <= values[index]) {
        index = i;
      }
    }
    return index;
  }

  static int maxIndex(double[] values, int from, int to) {
    int index = from;
    for (int i = from + 1; i < to; i++) {
      if (values[i] >= values[index]) {
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
