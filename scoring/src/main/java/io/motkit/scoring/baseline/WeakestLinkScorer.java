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
 * The weakest link: the worst moment of the journey in the scale's direction, which is the lowest
 * value where higher is better and the highest where lower is better (a pain scale). Among equally
 * bad moments the most recent is marked with the role {@code weakest}.
 */
final class WeakestLinkScorer extends SequenceScorer {

  /** The role naming the worst moment. */
  static final String ROLE = "weakest";

  WeakestLinkScorer(String id, ScorerParameters parameters, MomentInput input) {
    super(id, parameters, input);
  }

  @Override
  protected Optional<MomentFold> sequenceFold(Scale scale) {
    return Optional.of(new WeakestLinkFold(scale.higherIsBetter()));
  }

  @Override
  protected SequenceKernel sequenceKernel(Scale scale) {
    boolean higherIsBetter = scale.higherIsBetter();
    return (values, startMillis, durationMillis, from, to) -> {
      if (from >= to) {
        throw new IllegalArgumentException("the weakest link needs at least one moment");
      }
      double worst = values[from];
      for (int i = from + 1; i < to; i++) {
        worst = higherIsBetter ? Math.min(worst, values[i]) : Math.max(worst, values[i]);
      }
      return worst;
    };
  }

  @Override
  protected double[] explain(
      double[] values,
      long[] startMillis,
      long[] durationMillis,
      Scale scale,
      JourneyScore.Builder score) {
    int worst = 0;
    for (int i = 1; i < values.length; i++) {
      if (!scale.isBetter(values[i], values[worst])) {
        worst = i;
      }
    }
    double[] weights = new double[values.length];
    weights[worst] = 1;
    score.putRole(ROLE, worst);
    return weights;
  }
}
