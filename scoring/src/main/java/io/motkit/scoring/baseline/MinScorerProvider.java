package io.motkit.scoring.baseline;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.scoring.DeclaredScorerProvider;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.MomentInput;
import io.motkit.core.scoring.ScorerParameters;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Provides the weakest link ({@link WeakestLinkScorerProvider}) under its former id {@code min}.
 * The value is the worst moment in the scale's direction, which is the numerical minimum only where
 * higher is better. Parameter: {@code input}.
 */
@API(status = STABLE, since = "0.1")
public final class MinScorerProvider extends DeclaredScorerProvider {

  /** The scorer id. */
  public static final String ID = "min";

  /** A provider; the ServiceLoader calls this. */
  public MinScorerProvider() {
    super(
        ID,
        WeakestLinkScorerProvider.DESCRIPTION + "; the former name of weakest-link",
        "none (baseline)",
        List.of(MomentInput.PARAMETER));
  }

  @Override
  protected JourneyScorer create(ScorerParameters parameters) {
    return new WeakestLinkScorer(ID, parameters, MomentInput.parse(parameters.get("input")));
  }
}
