package io.motkit.scoring.baseline;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.scoring.DeclaredScorerProvider;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.MomentInput;
import io.motkit.core.scoring.ScorerParameters;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Provides the plain mean under the id {@code mean}: the baseline that the peak-end rule is
 * measured against (Kahneman et al. 1993). Parameter: {@code input}.
 */
@API(status = STABLE, since = "0.1")
public final class MeanScorerProvider extends DeclaredScorerProvider {

  /** The scorer id. */
  public static final String ID = "mean";

  /** A provider; the ServiceLoader calls this. */
  public MeanScorerProvider() {
    super(ID, "plain mean of the moments", "none (baseline)", List.of(MomentInput.PARAMETER));
  }

  @Override
  protected JourneyScorer create(ScorerParameters parameters) {
    return new MeanScorer(parameters, MomentInput.parse(parameters.get("input")));
  }
}
