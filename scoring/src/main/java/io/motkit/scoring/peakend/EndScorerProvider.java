package io.motkit.scoring.peakend;

import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ParameterSpec;
import io.motkit.core.scoring.ScorerParameters;
import io.motkit.core.scoring.ScorerProvider;
import io.motkit.scoring.MomentInput;
import java.util.List;
import java.util.Map;

/**
 * Provides the end alone under the id {@code end}: the last moment, or the mean of the last k
 * moments or of a final window, the second half of the peak-end rule (Kahneman et al. 1993;
 * Redelmeier and Kahneman 1996) used as a baseline. Parameters: {@code end}, {@code k}, {@code
 * window} and {@code input}.
 */
public final class EndScorerProvider implements ScorerProvider {

  /** The scorer id. */
  public static final String ID = "end";

  private static final List<ParameterSpec> PARAMETERS =
      List.of(PeakEndScorerProvider.END, PeakEndScorerProvider.K, PeakEndScorerProvider.WINDOW, MomentInput.PARAMETER);

  /** A provider; the ServiceLoader calls this. */
  public EndScorerProvider() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "the end alone: last moment, last k moments or final window (baseline)";
  }

  @Override
  public String reference() {
    return "Redelmeier & Kahneman (1996), Pain 66(1)";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return PARAMETERS;
  }

  @Override
  public JourneyScorer create(Map<String, String> parameters) {
    ScorerParameters p = ScorerParameters.parse(ID, PARAMETERS, parameters);
    return new PeakEndScorer(
        ID, p, MomentInput.parse(p.get("input")), Peak.INTENSE, PeakEndScorerProvider.end(p), 0);
  }
}
