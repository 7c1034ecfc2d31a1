package io.motkit.scoring.peakend;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.scoring.DeclaredScorerProvider;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.MomentInput;
import io.motkit.core.scoring.ParameterSpec;
import io.motkit.core.scoring.ScorerParameters;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Provides {@link PeakEndScorer} under the id {@code peak-end}.
 *
 * <p>Parameters: {@code peak} (intense, worst, best or both), {@code ties} (negative, positive,
 * mean or first: see {@link PeakTie}), {@code end} (last, last-k or window), {@code k} (moments in
 * a last-k end), {@code window} (seconds in a window end), {@code peak-weight} and {@code
 * end-weight} (non-negative, summing to 1) and {@code input}.
 */
@API(status = STABLE, since = "0.1")
public final class PeakEndScorerProvider extends DeclaredScorerProvider {

  /** The scorer id. */
  public static final String ID = "peak-end";

  private static final double WEIGHT_TOLERANCE = 1e-9;

  static final ParameterSpec PEAK =
      ParameterSpec.choice(
          "peak",
          "which moment is the peak: intense (furthest from neutral), worst, best, or both"
              + " (the mean of worst and best)",
          "intense",
          "intense",
          "worst",
          "best",
          "both");

  static final ParameterSpec TIES =
      ParameterSpec.choice(
          "ties",
          "which moment is the intense peak when a worse-than-neutral and a better-than-neutral"
              + " moment are equally intense: negative (negativity bias), positive, mean (both,"
              + " averaged) or first",
          "negative",
          "negative",
          "positive",
          "mean",
          "first");

  static final ParameterSpec END =
      ParameterSpec.choice(
          "end",
          "which moments are the end: last, last-k (mean of the last k) or window (mean of the"
              + " moments in the final window)",
          "last",
          "last",
          "last-k",
          "window");

  static final ParameterSpec K = ParameterSpec.integer("k", "moments in a last-k end", "3", 1);

  static final ParameterSpec WINDOW =
      ParameterSpec.number(
          "window",
          "seconds in a window end, measured back from the last moment's start (180 = the last"
              + " three minutes)",
          "180",
          0,
          1e12);

  static final List<ParameterSpec> PARAMETERS =
      List.of(
          PEAK,
          TIES,
          END,
          K,
          WINDOW,
          ParameterSpec.number("peak-weight", "weight of the peak", "0.5", 0, 1),
          ParameterSpec.number(
              "end-weight", "weight of the end; peak-weight + end-weight = 1", "0.5", 0, 1),
          MomentInput.PARAMETER);

  /** A provider; the ServiceLoader calls this. */
  public PeakEndScorerProvider() {
    super(
        ID,
        "peak-end rule: weighted mean of the most intense moment and the end",
        "Kahneman, Fredrickson, Schreiber & Redelmeier (1993), Psychological Science 4(6);"
            + " Redelmeier & Kahneman (1996), Pain 66(1)",
        PARAMETERS);
  }

  @Override
  protected JourneyScorer create(ScorerParameters p) {
    double peakWeight = p.getDouble("peak-weight");
    double endWeight = p.getDouble("end-weight");
    if (Math.abs(peakWeight + endWeight - 1) > WEIGHT_TOLERANCE) {
      throw p.error(
          "end-weight",
          "peak-weight " + peakWeight + " and end-weight " + endWeight + " must sum to 1");
    }
    return new PeakEndScorer(
        ID,
        p,
        MomentInput.parse(p.get("input")),
        Peak.parse(p.get("peak")),
        PeakTie.parse(p.get("ties")),
        end(p),
        peakWeight);
  }

  /** The end that the parameters {@code end}, {@code k} and {@code window} describe. */
  static End end(ScorerParameters p) {
    switch (End.Kind.parse(p.get("end"))) {
      case LAST_K:
        return End.lastK(p.getInt("k"));
      case WINDOW:
        return End.window(Math.round(p.getDouble("window") * 1000));
      default:
        return End.last();
    }
  }
}
