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
 * Provides the peak alone under the id {@code peak}: the value of the most intense (or worst, or
 * best) moment, the first half of the peak-end rule of Kahneman et al. (1993) used as a baseline.
 * Parameters: {@code peak}, {@code ties} and {@code input}.
 */
@API(status = STABLE, since = "0.1")
public final class PeakScorerProvider extends DeclaredScorerProvider {

  /** The scorer id. */
  public static final String ID = "peak";

  private static final List<ParameterSpec> PARAMETERS =
      List.of(PeakEndScorerProvider.PEAK, PeakEndScorerProvider.TIES, MomentInput.PARAMETER);

  /** A provider; the ServiceLoader calls this. */
  public PeakScorerProvider() {
    super(
        ID,
        "the peak moment alone (baseline)",
        "Kahneman, Fredrickson, Schreiber & Redelmeier (1993), Psychological Science 4(6)",
        PARAMETERS);
  }

  @Override
  protected JourneyScorer create(ScorerParameters p) {
    return new PeakEndScorer(
        ID,
        p,
        MomentInput.parse(p.get("input")),
        Peak.parse(p.get("peak")),
        PeakTie.parse(p.get("ties")),
        End.last(),
        1);
  }
}
