package io.motkit.scoring.baseline;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.scoring.DeclaredScorerProvider;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.MomentInput;
import io.motkit.core.scoring.ParameterSpec;
import io.motkit.core.scoring.ScorerParameters;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Provides the trend under the id {@code trend}: the least-squares slope of the per-moment values
 * over the final part of the journey. Ariely (1998), "Combining experiences over time: the effects
 * of duration, intensity changes and on-line measurements on retrospective pain evaluations",
 * <i>Journal of Behavioral Decision Making</i> 11(1), 19-45, found that the trend of the latter
 * part of an episode matters to how it is remembered. A positive slope is improvement on a
 * higher-is-better scale.
 *
 * <p>Parameters: {@code final-share} (the share of moments in the final part, at least two
 * moments), {@code x} (position: slope per moment; time: slope per hour) and {@code input}.
 */
@API(status = STABLE, since = "0.1")
public final class TrendScorerProvider extends DeclaredScorerProvider {

  /** The scorer id. */
  public static final String ID = "trend";

  /** A provider; the ServiceLoader calls this. */
  public TrendScorerProvider() {
    super(
        ID,
        "least-squares slope over the final part of the journey",
        "Ariely (1998), Journal of Behavioral Decision Making 11(1)",
        List.of(
            ParameterSpec.builder()
                .name("final-share")
                .description(
                    "share of the moments, from the end, the slope is fitted over (at least 2 moments)")
                .type(ParameterSpec.Type.NUMBER)
                .defaultValue("0.5")
                .minimum(0)
                .minimumExclusive(true)
                .maximum(1)
                .build(),
            ParameterSpec.choice(
                "x",
                "slope per moment (position) or per hour (time)",
                "position",
                "position",
                "time"),
            MomentInput.PARAMETER));
  }

  @Override
  protected JourneyScorer create(ScorerParameters p) {
    double share = p.getDouble("final-share");
    return new TrendScorer(p, MomentInput.parse(p.get("input")), share, p.get("x").equals("time"));
  }
}
