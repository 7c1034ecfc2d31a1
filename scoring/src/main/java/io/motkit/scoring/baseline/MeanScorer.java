package io.motkit.scoring.baseline;

import io.motkit.core.JourneyScore;
import io.motkit.core.Scale;
import io.motkit.core.scoring.MomentFold;
import io.motkit.core.scoring.MomentInput;
import io.motkit.core.scoring.ScorerParameters;
import io.motkit.core.scoring.SequenceKernel;
import io.motkit.core.scoring.SequenceScorer;
import java.util.Arrays;
import java.util.Optional;

/** The plain mean of the moments: every moment weighs 1/n, whatever its timing. */
final class MeanScorer extends SequenceScorer {

  MeanScorer(ScorerParameters parameters, MomentInput input) {
    super(MeanScorerProvider.ID, parameters, input);
  }

  @Override
  protected Optional<MomentFold> sequenceFold(Scale scale) {
    return Optional.of(new MeanFold());
  }

  @Override
  protected SequenceKernel sequenceKernel(Scale scale) {
    return (values, startMillis, durationMillis, from, to) -> {
      if (from >= to) {
        throw new IllegalArgumentException("the mean needs at least one moment");
      }
      double sum = 0;
      for (int i = from; i < to; i++) {
        sum += values[i];
      }
      return sum / (to - from);
    };
  }

  @Override
  protected double[] explain(
      double[] values,
      long[] startMillis,
      long[] durationMillis,
      Scale scale,
      JourneyScore.Builder score) {
    double[] weights = new double[values.length];
    Arrays.fill(weights, 1.0 / values.length);
    return weights;
  }
}
