package io.motkit.scoring.servqual;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.ConfidenceInterval;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One dimension's figures. Each respondent's dimension score is the mean over the dimension's items
 * they answered; the figures here are means of those scores over respondents, so the gap interval
 * is a paired t interval over respondents. With complete answers the dimension gap equals the mean
 * of its items' gaps (Parasuraman, Zeithaml and Berry 1988). Cronbach's (1951) alpha is computed
 * over the respondents who answered every item of the dimension; an alpha below {@link
 * #RELIABLE_ALPHA} (0.7, the usual floor for a research scale since Nunnally 1978, <i>Psychometric
 * Theory</i>, 2nd ed.) is flagged by {@link #lowReliability()}, since a gap averaged over items
 * that do not measure one thing is hard to read.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class ServqualDimensionResult {

  ServqualDimensionResult() {}

  /**
   * The dimension.
   *
   * @return the dimension
   */
  public abstract String dimension();

  /**
   * Respondents who answered at least one of its items.
   *
   * @return respondents who answered at least one of its items
   */
  public abstract int n();

  /**
   * Mean expectation.
   *
   * @return mean expectation
   */
  public abstract double expectation();

  /**
   * Mean perception.
   *
   * @return mean perception
   */
  public abstract double perception();

  /**
   * Mean gap, perception minus expectation.
   *
   * @return mean gap, perception minus expectation
   */
  public abstract double gap();

  /**
   * The paired t interval of the gap; empty for a single respondent.
   *
   * @return the paired t interval of the gap; empty for a single respondent
   */
  public abstract Optional<ConfidenceInterval> gapInterval();

  /**
   * Mean MSA over respondents who gave adequate levels.
   *
   * @return mean MSA over respondents who gave adequate levels
   */
  public abstract OptionalDouble msa();

  /**
   * Mean MSS over respondents who gave desired levels.
   *
   * @return mean MSS over respondents who gave desired levels
   */
  public abstract OptionalDouble mss();

  /**
   * Cronbach's alpha of the expectation items; empty with fewer than two items, fewer than two
   * complete respondents, or no variance.
   *
   * @return Cronbach's alpha of the expectation items; empty with fewer than two items, fewer than
   *     two complete respondents, or no variance
   */
  public abstract OptionalDouble alphaExpectation();

  /**
   * Cronbach's alpha of the perception items, on the same terms.
   *
   * @return Cronbach's alpha of the perception items, on the same terms
   */
  public abstract OptionalDouble alphaPerception();

  /** The alpha below which a dimension's reliability is flagged: 0.7 (Nunnally 1978). */
  public static final double RELIABLE_ALPHA = 0.7;

  /**
   * Whether the expectation or the perception alpha is known and below {@link #RELIABLE_ALPHA} (a
   * negative alpha included): the items may not measure one dimension.
   *
   * @return whether the expectation or the perception alpha is known and below {@link
   *     #RELIABLE_ALPHA} (a negative alpha included): the items may not measure one dimension
   */
  public final boolean lowReliability() {
    return isLow(alphaExpectation()) || isLow(alphaPerception());
  }

  private static boolean isLow(OptionalDouble alpha) {
    return alpha.isPresent() && alpha.getAsDouble() < RELIABLE_ALPHA;
  }
}
