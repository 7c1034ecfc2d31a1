package io.motkit.scoring.baseline;

import io.motkit.core.JourneyScore;
import io.motkit.core.Scale;
import io.motkit.core.scoring.MomentFold;
import io.motkit.core.scoring.MomentInput;
import io.motkit.core.scoring.ScorerParameters;
import io.motkit.core.scoring.SequenceKernel;
import io.motkit.core.scoring.SequenceScorer;
import java.util.Optional;

/**
 * Moments weighted by how long they lasted: the time-average of the experience (mean) or the area
 * under the experience curve in rating-seconds (area, the "total utility" of Kahneman, Wakker and
 * Sarin 1997). A moment's time is its own duration, or the time until the next moment starts (the
 * last moment then counts its own duration).
 *
 * <p>Total utility integrates instant utility, which has a neutral zero: experience better than
 * neutral adds, worse subtracts. With {@code baseline=neutral} (the default) the area integrates
 * {@code d * (value - neutral)}, where {@code d} is +1 on a higher-is-better scale and -1 on a
 * lower-is-better one, so a long neutral episode has area 0 and a long bad one a large negative
 * area. {@code baseline=zero} integrates the raw ratings, as a plain area under the rating curve.
 * The mean stays on the rating scale either way.
 */
final class DurationWeightedScorer extends SequenceScorer {

  private final boolean byGap;
  private final boolean area;
  private final boolean fromNeutral;

  DurationWeightedScorer(
      ScorerParameters parameters,
      MomentInput input,
      boolean byGap,
      boolean area,
      boolean fromNeutral) {
    super(DurationWeightedScorerProvider.ID, parameters, input);
    this.byGap = byGap;
    this.area = area;
    this.fromNeutral = fromNeutral;
  }

  /**
   * The value a moment adds to the area per second: its rating, or its signed distance from
   * neutral.
   */
  static double utility(double value, Scale scale, boolean fromNeutral) {
    if (!fromNeutral) {
      return value;
    }
    double distance = value - scale.neutral();
    return scale.higherIsBetter() ? distance : -distance;
  }

  static long millis(boolean byGap, long[] startMillis, long[] durationMillis, int to, int i) {
    return byGap && i < to - 1 ? startMillis[i + 1] - startMillis[i] : durationMillis[i];
  }

  @Override
  protected Optional<MomentFold> sequenceFold(Scale scale) {
    return Optional.of(new DurationWeightedFold(byGap, area, fromNeutral, scale));
  }

  @Override
  protected SequenceKernel sequenceKernel(Scale scale) {
    boolean byGap = this.byGap;
    boolean area = this.area;
    boolean fromNeutral = this.fromNeutral;
    return (values, startMillis, durationMillis, from, to) -> {
      if (from >= to) {
        throw new IllegalArgumentException("the duration-weighted score needs at least one moment");
      }
      double weighted = 0;
      double total = 0;
      if (area) {
        for (int i = from; i < to; i++) {
          double seconds = millis(byGap, startMillis, durationMillis, to, i) / 1000.0;
          weighted += seconds * utility(values[i], scale, fromNeutral);
        }
        return weighted;
      }
      for (int i = from; i < to; i++) {
        double seconds = millis(byGap, startMillis, durationMillis, to, i) / 1000.0;
        weighted += seconds * values[i];
        total += seconds;
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
      double[] values,
      long[] startMillis,
      long[] durationMillis,
      Scale scale,
      JourneyScore.Builder score) {
    int n = values.length;
    double[] seconds = new double[n];
    double total = 0;
    double areaValue = 0;
    for (int i = 0; i < n; i++) {
      seconds[i] = millis(byGap, startMillis, durationMillis, n, i) / 1000.0;
      total += seconds[i];
      areaValue += seconds[i] * utility(values[i], scale, fromNeutral);
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

  @Override
  protected double[] contributionInputs(double[] values, Scale scale) {
    if (!area || !fromNeutral) {
      return values;
    }
    double[] utilities = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      utilities[i] = utility(values[i], scale, true);
    }
    return utilities;
  }
}
