package io.motkit.scoring.baseline;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.scoring.DeclaredScorerProvider;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.MomentInput;
import io.motkit.core.scoring.ScorerParameters;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Provides the weakest link under the id {@code weakest-link}: the worst per-moment value in the
 * scale's direction (the lowest where higher is better, the highest where lower is better), the
 * baseline that a journey is only as good as its worst moment. Parameter: {@code input}. The same
 * scorer is registered under its former id {@code min} by {@link MinScorerProvider}.
 */
@API(status = STABLE, since = "0.1")
public final class WeakestLinkScorerProvider extends DeclaredScorerProvider {

  /** The scorer id. */
  public static final String ID = "weakest-link";

  static final String DESCRIPTION =
      "weakest link: the worst moment in the scale's direction (the lowest where higher is better,"
          + " the highest where lower is better)";

  /** A provider; the ServiceLoader calls this. */
  public WeakestLinkScorerProvider() {
    super(ID, DESCRIPTION, "none (baseline)", List.of(MomentInput.PARAMETER));
  }

  @Override
  protected JourneyScorer create(ScorerParameters parameters) {
    return new WeakestLinkScorer(ID, parameters, MomentInput.parse(parameters.get("input")));
  }
}
