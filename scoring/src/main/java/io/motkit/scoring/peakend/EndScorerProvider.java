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
 * Provides the end alone under the id {@code end}: the last moment, or the mean of the last k
 * moments or of a final window, the second half of the peak-end rule (Kahneman et al. 1993;
 * Redelmeier and Kahneman 1996) used as a baseline. Parameters: {@code end}, {@code k}, {@code
 * window} and {@code input}.
 */
@API(status = STABLE, since = "0.1")
public final class EndScorerProvider extends DeclaredScorerProvider {

  /** The scorer id. */
  public static final String ID = "end";

  private static final List<ParameterSpec> PARAMETERS =
      List.of(
          PeakEndScorerProvider.END,
          PeakEndScorerProvider.K,
          PeakEndScorerProvider.WINDOW,
          MomentInput.PARAMETER);

  /** A provider; the ServiceLoader calls this. */
  public EndScorerProvider() {
    super(
        ID,
        "the end alone: last moment, last k moments or final window (baseline)",
        "Redelmeier & Kahneman (1996), Pain 66(1)",
        PARAMETERS);
  }

  @Override
  protected JourneyScorer create(ScorerParameters p) {
    return new PeakEndScorer(
        ID,
        p,
        MomentInput.parse(p.get("input")),
        Peak.INTENSE,
        PeakTie.NEGATIVE,
        PeakEndScorerProvider.end(p),
        0);
  }
}
