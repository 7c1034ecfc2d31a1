package io.motkit.scoring.servqual;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.ConfidenceInterval;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One item's figures: mean expectation and perception over its respondents (after reverse scoring),
 * the gap P - E with a paired t interval, and, where adequate and desired levels were asked, MSA =
 * mean(P - adequate) and MSS = mean(P - desired) (Parasuraman, Zeithaml and Berry 1994).
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class ServqualItemResult {

  ServqualItemResult() {}

  /**
   * The item id.
   *
   * @return the item id
   */
  public abstract String item();

  /**
   * The item's dimension.
   *
   * @return the item's dimension
   */
  public abstract String dimension();

  /**
   * Respondents who answered the item.
   *
   * @return respondents who answered the item
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
   * Measure of service adequacy, mean(P - adequate), where asked.
   *
   * @return measure of service adequacy, mean(P - adequate), where asked
   */
  public abstract OptionalDouble msa();

  /**
   * Measure of service superiority, mean(P - desired), where asked.
   *
   * @return measure of service superiority, mean(P - desired), where asked
   */
  public abstract OptionalDouble mss();
}
