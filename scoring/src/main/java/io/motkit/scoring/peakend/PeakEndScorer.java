package io.motkit.scoring.peakend;

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
 * The peak-end rule: a journey is remembered as {@code w * peak + (1 - w) * end}, where the peak is
 * the most intense (or worst, or best) moment and the end the last moment or the mean of a final
 * stretch; everything else, duration included, is ignored.
 *
 * <p>Sources: Kahneman, Fredrickson, Schreiber and Redelmeier (1993), "When more pain is preferred
 * to less: adding a better end", <i>Psychological Science</i> 4(6), 401-405 (the cold-hand
 * experiment); Redelmeier and Kahneman (1996), "Patients' memories of painful medical treatments",
 * <i>Pain</i> 66(1), 3-8 (colonoscopy and lithotripsy, with the end taken as the last three minutes
 * and retrospective ratings predicted by the mean of peak and end). Implemented exactly: the
 * weighted mean of the peak value and the end value, with weights 1/2 and 1/2 unless configured.
 *
 * <p>The explanation gives every moment a weight (zero for moments that are neither peak nor end),
 * so the contributions draw the whole curve, and the roles {@code peak} and {@code end} name the
 * two values read off it: "two values and one line". Details: {@code peak}, {@code end}, {@code
 * peak-weight} and {@code end-weight}, and {@code peak-tie} (1) when an intense peak was tied
 * between a worse-than-neutral and a better-than-neutral moment and the {@code ties} rule ({@link
 * PeakTie}, negative by default) decided it.
 */
@API(status = STABLE, since = "0.1")
public final class PeakEndScorer extends SequenceScorer {

  private final Peak peak;
  private final PeakTie ties;
  private final End end;
  private final double peakWeight;
  private final double endWeight;

  PeakEndScorer(
      String id,
      ScorerParameters parameters,
      MomentInput input,
      Peak peak,
      PeakTie ties,
      End end,
      double peakWeight) {
    super(id, parameters, input);
    this.peak = peak;
    this.ties = ties;
    this.end = end;
    this.peakWeight = peakWeight;
    this.endWeight = 1 - peakWeight;
  }

  @Override
  protected SequenceKernel sequenceKernel(Scale scale) {
    Peak peak = this.peak;
    PeakTie ties = this.ties;
    End end = this.end;
    double peakWeight = this.peakWeight;
    double endWeight = this.endWeight;
    return (values, startMillis, durationMillis, from, to) -> {
      if (from >= to) {
        throw new IllegalArgumentException("peak-end needs at least one moment");
      }
      return peakWeight * peak.value(values, from, to, scale, ties)
          + endWeight * end.value(values, startMillis, from, to);
    };
  }

  @Override
  protected Optional<MomentFold> sequenceFold(Scale scale) {
    if (end.kind() == End.Kind.WINDOW) {
      // The moments inside a time window of the end are as many as the journey has.
      return Optional.empty();
    }
    return Optional.of(new PeakEndFold(peak, ties, end.k(), peakWeight, endWeight, scale));
  }

  @Override
  protected double[] explain(
      double[] values,
      long[] startMillis,
      long[] durationMillis,
      Scale scale,
      JourneyScore.Builder score) {
    int n = values.length;
    double[] weights = new double[n];
    // A baseline that uses only the peak or only the end names only that role.
    if (peakWeight > 0) {
      for (int index : peak.addWeight(values, scale, ties, peakWeight, weights)) {
        score.putRole(JourneyScore.PEAK, index);
      }
      score.putDetail("peak", peak.value(values, 0, n, scale, ties));
      if (peak == Peak.INTENSE && Peak.isSignTie(values, 0, n, scale)) {
        // 1 records that a worse and a better moment were equally intense and the ties rule chose.
        score.putDetail("peak-tie", 1.0);
      }
      score.putDetail("peak-weight", peakWeight);
    }
    if (endWeight > 0) {
      int first = end.first(startMillis, 0, n);
      for (int i = first; i < n; i++) {
        weights[i] += endWeight / (n - first);
        score.putRole(JourneyScore.END, i);
      }
      score.putDetail("end", end.value(values, startMillis, 0, n));
      score.putDetail("end-weight", endWeight);
    }
    return weights;
  }
}
