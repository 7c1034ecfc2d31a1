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
 * Provides the duration-weighted score under the id {@code duration-weighted}: the time-average of
 * the experience, or the area under the rating curve, which is the "total utility" that the
 * remembered utility of Kahneman, Wakker and Sarin (1997), <i>Quarterly Journal of Economics</i>
 * 112(2), departs from. In Redelmeier and Kahneman (1996) the area ranks the longer procedure as
 * worse while the peak-end memory ranks it as better.
 *
 * <p>Parameters: {@code weight-by} (duration or gap), {@code aggregate} (mean or area, in
 * rating-seconds), {@code baseline} (neutral or zero: what the area is measured from; neutral by
 * default, as total utility has a neutral zero and is signed by the scale's direction) and {@code
 * input}.
 */
@API(status = STABLE, since = "0.1")
public final class DurationWeightedScorerProvider extends DeclaredScorerProvider {

  /** The scorer id. */
  public static final String ID = "duration-weighted";

  /** A provider; the ServiceLoader calls this. */
  public DurationWeightedScorerProvider() {
    super(
        ID,
        "moments weighted by their duration: time-average (mean) or area under the curve (area)",
        "Kahneman, Wakker & Sarin (1997), Quarterly Journal of Economics 112(2): total utility",
        List.of(
            ParameterSpec.choice(
                "weight-by",
                "a moment's time: its duration, or the gap until the next moment starts",
                "duration",
                "duration",
                "gap"),
            ParameterSpec.choice(
                "aggregate",
                "mean (time-average, on the rating scale) or area (rating x seconds)",
                "mean",
                "mean",
                "area"),
            ParameterSpec.choice(
                "baseline",
                "what the area is measured from: neutral (signed distance from the scale's neutral"
                    + " point, better than neutral positive; total utility) or zero (raw ratings)",
                "neutral",
                "neutral",
                "zero"),
            MomentInput.PARAMETER));
  }

  @Override
  protected JourneyScorer create(ScorerParameters p) {
    return new DurationWeightedScorer(
        p,
        MomentInput.parse(p.get("input")),
        p.get("weight-by").equals("gap"),
        p.get("aggregate").equals("area"),
        p.get("baseline").equals("neutral"));
  }
}
