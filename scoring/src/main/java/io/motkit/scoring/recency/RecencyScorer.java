package io.motkit.scoring.recency;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.JourneyScore;
import io.motkit.core.Scale;
import io.motkit.core.scoring.MomentFold;
import io.motkit.core.scoring.MomentInput;
import io.motkit.core.scoring.ScorerParameters;
import io.motkit.core.scoring.SequenceKernel;
import io.motkit.core.scoring.SequenceScorer;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A weighted mean in which each moment's weight decays exponentially with its age: {@code w =
 * 2^(-age / halfLife)}. Age is measured back from the journey's last moment, in time (half-life in
 * seconds) or in positions (half-life in moments); the primacy mirror measures it forward from the
 * first moment instead. An infinite half-life gives every moment weight 1: the plain mean.
 *
 * <p>Exponential forgetting is the classic form of the forgetting curve (Ebbinghaus 1885) and the
 * usual recency weighting in serial-position and customer-satisfaction models; primacy is its
 * mirror image. Because exponential decay is memoryless, measuring ages from an injected instant
 * ({@code as-of}) instead of the last moment scales every weight by the same factor and leaves the
 * weighted mean unchanged; that factor is reported as the detail {@code retention} (the weight the
 * last moment keeps at {@code as-of}).
 */
@API(status = STABLE, since = "0.1")
public final class RecencyScorer extends SequenceScorer {

  /** How ages are measured. */
  enum Decay {
    TIME,
    POSITION
  }

  private final Decay decay;
  private final boolean primacy;
  private final double halfLife;
  private final Optional<Long> asOfMillis;

  RecencyScorer(
      ScorerParameters parameters,
      MomentInput input,
      Decay decay,
      boolean primacy,
      double halfLife,
      Optional<Long> asOfMillis) {
    super(RecencyScorerProvider.ID, parameters, input);
    this.decay = decay;
    this.primacy = primacy;
    this.halfLife = halfLife;
    this.asOfMillis = asOfMillis;
  }

  /** Decay per unit of age: ln 2 / half-life, with age in ms or in positions; 0 when infinite. */
  private double lambda() {
    double unit = decay == Decay.TIME ? halfLife * 1000 : halfLife;
    return Math.log(2) / unit;
  }

  @Override
  protected SequenceKernel sequenceKernel(Scale scale) {
    RecencyFold fold = new RecencyFold(lambda(), decay, primacy);
    return (values, startMillis, durationMillis, from, to) -> {
      if (from >= to) {
        throw new IllegalArgumentException("recency needs at least one moment");
      }
      // The batch takes the moments one at a time too, so that a stream's score equals it exactly.
      double[] state = fold.newState();
      for (int i = from; i < to; i++) {
        state = fold.add(state, values[i], startMillis[i], durationMillis[i]);
      }
      return fold.value(state);
    };
  }

  @Override
  protected Optional<MomentFold> sequenceFold(Scale scale) {
    return Optional.of(new RecencyFold(lambda(), decay, primacy));
  }

  private static double age(
      Decay decay, boolean primacy, long[] startMillis, int from, int to, int i) {
    if (decay == Decay.POSITION) {
      return primacy ? i - from : to - 1 - i;
    }
    return primacy ? startMillis[i] - startMillis[from] : startMillis[to - 1] - startMillis[i];
  }

  @Override
  protected double[] explain(
      double[] values,
      long[] startMillis,
      long[] durationMillis,
      Scale scale,
      JourneyScore.Builder score) {
    int n = values.length;
    double lambda = lambda();
    double[] weights = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      weights[i] = Math.exp(-lambda * age(decay, primacy, startMillis, 0, n, i));
      total += weights[i];
    }
    for (int i = 0; i < n; i++) {
      weights[i] /= total;
    }
    if (asOfMillis.isPresent()) {
      long last = startMillis[n - 1];
      if (asOfMillis.get() < last) {
        throw new IllegalArgumentException(
            "as-of instant is before the journey's last moment at "
                + java.time.Instant.ofEpochMilli(last));
      }
      if (decay == Decay.TIME) {
        score.putDetail("retention", Math.exp(-lambda * (asOfMillis.get() - last)));
      }
    }
    score.putDetail("effective-moments", 1 / sumOfSquares(weights));
    return weights;
  }

  private static double sumOfSquares(double[] weights) {
    double sum = 0;
    for (double w : weights) {
      sum += w * w;
    }
    return sum;
  }
}
