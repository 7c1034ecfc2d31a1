package io.motkit.scoring.baseline;

import io.motkit.core.JourneyScore;
import io.motkit.core.Scale;
import io.motkit.core.scoring.MomentInput;
import io.motkit.core.scoring.ScorerParameters;
import io.motkit.core.scoring.SequenceKernel;
import io.motkit.core.scoring.SequenceScorer;

/**
 * The least-squares slope of the values over the final part of the journey, against the moment's
 * position (per moment) or its start (per hour). Ariely (1998) found that the trend of the latter
 * part of an episode shapes its retrospective evaluation: improving episodes are remembered better.
 */
final class TrendScorer extends SequenceScorer {

  private static final double MILLIS_PER_HOUR = 3_600_000.0;

  private final double finalShare;
  private final boolean byTime;

  TrendScorer(ScorerParameters parameters, MomentInput input, double finalShare, boolean byTime) {
    super(TrendScorerProvider.ID, parameters, input);
    this.finalShare = finalShare;
    this.byTime = byTime;
  }

  /** The first moment of the final part of {@code [from, to)}: at least two moments. */
  static int first(double finalShare, int from, int to) {
    int n = to - from;
    if (n < 2) {
      throw new IllegalArgumentException("a trend needs at least 2 moments, the journey has " + n);
    }
    int k = Math.max(2, (int) Math.ceil(finalShare * n - 1e-9));
    return to - Math.min(n, k);
  }

  static double x(boolean byTime, long[] startMillis, int first, int i) {
    return byTime ? (startMillis[i] - startMillis[first]) / MILLIS_PER_HOUR : i - first;
  }

  @Override
  protected SequenceKernel sequenceKernel(Scale scale) {
    double finalShare = this.finalShare;
    boolean byTime = this.byTime;
    return (values, startMillis, durationMillis, from, to) -> {
      int first = first(finalShare, from, to);
      int n = to - first;
      double meanX = 0;
      double meanY = 0;
      for (int i = first; i < to; i++) {
        meanX += x(byTime, startMillis, first, i);
        meanY += values[i];
      }
      meanX /= n;
      meanY /= n;
      double sxx = 0;
      double sxy = 0;
      for (int i = first; i < to; i++) {
        double dx = x(byTime, startMillis, first, i) - meanX;
        sxx += dx * dx;
        sxy += dx * (values[i] - meanY);
      }
      if (sxx == 0) {
        throw new IllegalArgumentException(
            "every moment of the final part starts at the same instant, so the slope over time is"
                + " undefined; use x=position");
      }
      return sxy / sxx;
    };
  }

  @Override
  protected double[] explain(
      double[] values,
      long[] startMillis,
      long[] durationMillis,
      Scale scale,
      JourneyScore.Builder score) {
    int to = values.length;
    int first = first(finalShare, 0, to);
    double meanX = 0;
    for (int i = first; i < to; i++) {
      meanX += x(byTime, startMillis, first, i);
    }
    meanX /= to - first;
    double sxx = 0;
    for (int i = first; i < to; i++) {
      double dx = x(byTime, startMillis, first, i) - meanX;
      sxx += dx * dx;
    }
    // The slope is linear in the values: sum of (x_i - mean x) / Sxx * y_i.
    double[] weights = new double[to];
    for (int i = first; i < to; i++) {
      weights[i] = (x(byTime, startMillis, first, i) - meanX) / sxx;
      score.putRole("final-part", i);
    }
    score.putDetail("moments-in-final-part", to - first);
    return weights;
  }
}
