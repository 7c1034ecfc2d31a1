package io.motkit.scoring.baseline;

import io.motkit.core.JourneyScore;
import io.motkit.core.Scale;
import io.motkit.core.scoring.ScorerParameters;
import io.motkit.core.scoring.SequenceKernel;
import io.motkit.scoring.MomentInput;
import io.motkit.scoring.SequenceScorer;

/** The lowest value of the journey: the weakest link; the earliest moment wins a tie. */
final class MinScorer extends SequenceScorer {

  MinScorer(ScorerParameters parameters, MomentInput input) {
    super(MinScorerProvider.ID, parameters, input);
  }

  @Override
  protected SequenceKernel sequenceKernel(Scale scale) {
    return (values, startMillis, durationMillis, from, to) -> {
      if (from >= to) {
        throw new IllegalArgumentException("the minimum needs at least one moment");
      }
      double min = values[from];
      for (int i = from + 1; i < to; i++) {
        min = Math.min(min, values[i]);
      }
      return min;
    };
  }

  @Override
  protected double[] explain(
      double[] values, long[] startMillis, long[] durationMillis, Scale scale, JourneyScore.Builder score) {
    int lowest = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] < values[lowest]) {
        lowest = i;
      }
    }
    double[] weights = new double[values.length];
    weights[lowest] = 1;
    score.putRole("min", lowest);
    return weights;
  }
}
