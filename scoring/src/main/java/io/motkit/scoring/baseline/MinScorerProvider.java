package io.motkit.scoring.baseline;

import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerParameters;
import io.motkit.scoring.DeclaredScorerProvider;
import io.motkit.scoring.MomentInput;
import java.util.List;

/**
 * Provides the weakest link under the id {@code min}: the worst per-moment value in the scale's
 * direction (the lowest where higher is better, the highest where lower is better), the baseline
 * that a journey is only as good as its worst moment. Parameter: {@code input}.
 */
public final class MinScorerProvider extends DeclaredScorerProvider {

  /** The scorer id. */
  public static final String ID = "min";

  /** A provider; the ServiceLoader calls this. */
  public MinScorerProvider() {
    super(ID, "weakest link: the worst moment in the scale's direction (the lowest where higher is better,"
            + " the highest where lower is better)",
        "none (baseline)", List.of(MomentInput.PARAMETER));
  }

  @Override
  protected JourneyScorer create(ScorerParameters parameters) {
    return new WeakestLinkScorer(parameters, MomentInput.parse(parameters.get("input")));
  }
}
