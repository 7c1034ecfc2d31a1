package io.motkit.scoring.baseline;

import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerParameters;
import io.motkit.scoring.DeclaredScorerProvider;
import io.motkit.scoring.MomentInput;
import java.util.List;

/**
 * Provides the minimum under the id {@code min}: the numerically lowest per-moment value (the
 * worst moment on a higher-is-better scale), a weakest-link baseline. Parameter: {@code input}.
 */
public final class MinScorerProvider extends DeclaredScorerProvider {

  /** The scorer id. */
  public static final String ID = "min";

  /** A provider; the ServiceLoader calls this. */
  public MinScorerProvider() {
    super(ID, "lowest per-moment value (weakest link)", "none (baseline)", List.of(MomentInput.PARAMETER));
  }

  @Override
  protected JourneyScorer create(ScorerParameters parameters) {
    return new MinScorer(parameters, MomentInput.parse(parameters.get("input")));
  }
}
