package io.motkit.scoring.baseline;

import io.motkit.core.JourneyScore;
import io.motkit.core.Scale;
import io.motkit.core.scoring.ScorerParameters;
import io.motkit.core.scoring.SequenceKernel;
import io.motkit.scoring.MomentInput;
import io.motkit.scoring.SequenceScorer;

/**
 * Moments weighted by how long they lasted: the time-average of the experience (mean) or the area
 * under the rating curve in rating-seconds (area, the "total utility" of Kahneman, Wakker and
 * Sarin 1997). A moment's time is its own duration, or the time until the next moment starts (the
 * last moment then counts its own duration).
 */
final class DurationWeightedScorer extends SequenceScorer {

  private final boolean byGap;
  private final boolean area;

  DurationWeightedScorer(ScorerParameters parameters, MomentInput input, boolean byGap, boolean area) {
    super(DurationWeightedScorerProvider.ID, parameters, input);
    this.byGap = byGap;
    this.area = area;
  }

  static long millis(boolean byGap, long[] startMillis, long[] durationMillis, int to, int i) {
    return byGap && i < to - 1 ? startMillis[i + 1] - startMillis[i] : durationMillis[i];
  }

  @Override
  protected SequenceKernel sequenceKernel(Scale scale) {
    boolean byGap = this.byGap;
    boolean area = this.area;
    return (values, startMillis, durationMillis, from, to) -> {
      if (from >= to) {
        throw new IllegalArgumentException("the duration-weighted score needs at least one moment");
      }
      double weighted = 0;
      double total = 0;
      for (int i = from; i < to; i++) {
        double seconds = millis(byGap, startMillis, durationMillis, to, i) / 1000.0;
        weighted += seconds * values[i];
        total += seconds;
      }
      if (area) {
        return weighted;
      }
      if (total == 0) {
        throw new IllegalArgumentException(
            "every moment lasts zero time, so the duration-weighted mean is undefined; give the"
                + " moments durations, weight by gap, or use aggregate=area");
      }
      return weighted / total;
    };
  }

  @Override
  protected double[] explain(
      double[] values, long[] startMillis, long[] durationMillis, Scale scale, JourneyScore.Builder score) {
    int n = values.length;
    double[] seconds = new double[n];
    double total = 0;
    double areaValue = 0;
    for (int i = 0; i < n; i++) {
      seconds[i] = millis(byGap, startMillis, durationMillis, n, i) / 1000.0;
      total += seconds[i];
      areaValue += seconds[i] * values[i];
    }
    score.putDetail("seconds", total);
    score.putDetail("area", areaValue);
    if (!area) {
      for (int i = 0; i < n; i++) {
        seconds[i] /= total;
      }
    }
    return seconds;
  }
}
