package io.motkit.scoring.nps;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.ConfidenceInterval;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The Net Promoter Score of one sample (Reichheld 2003). With p and d the shares of promoters and
 * detractors: {@link #nps()} = 100 (p - d), in points from -100 to 100; the variance of one
 * respondent's score (+1, 0 or -1) is p + d - (p - d)^2, and the Wald {@link #standardError()} =
 * 100 sqrt(var / n), in points. The interval and its standard error are those of the method of the
 * {@link NpsAnalysis} that produced it.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class NpsEstimate {

  NpsEstimate() {}

  /**
   * Respondents.
   *
   * @return respondents
   */
  public abstract int n();

  /**
   * Respondents who scored 9 or 10.
   *
   * @return respondents who scored 9 or 10
   */
  public abstract int promoters();

  /**
   * Respondents who scored 7 or 8.
   *
   * @return respondents who scored 7 or 8
   */
  public abstract int passives();

  /**
   * Respondents who scored 0 to 6.
   *
   * @return respondents who scored 0 to 6
   */
  public abstract int detractors();

  /**
   * Share of promoters, 0 to 1.
   *
   * @return share of promoters, 0 to 1
   */
  @Value.Derived
  public double promoterShare() {
    return promoters() / (double) n();
  }

  /**
   * Share of passives, 0 to 1.
   *
   * @return share of passives, 0 to 1
   */
  @Value.Derived
  public double passiveShare() {
    return passives() / (double) n();
  }

  /**
   * Share of detractors, 0 to 1.
   *
   * @return share of detractors, 0 to 1
   */
  @Value.Derived
  public double detractorShare() {
    return detractors() / (double) n();
  }

  /**
   * The score in points, from -100 to 100.
   *
   * @return the score in points, from -100 to 100
   */
  @Value.Derived
  public double nps() {
    return 100 * (promoterShare() - detractorShare());
  }

  /**
   * The standard error in points, of the interval's method: Wald's 100 sqrt(var / n); for the
   * adjusted Wald interval (Rocks 2016) the same on the adjusted shares (count + 3/4) / (n + 3) and
   * n + 3, the one its interval is built from; for the bootstrap Wald's, which the standard
   * deviation of its multinomial resamples estimates.
   *
   * @return the standard error in points
   */
  public abstract double standardError();

  /**
   * The confidence interval of the score, in points.
   *
   * @return the confidence interval of the score, in points
   */
  public abstract ConfidenceInterval interval();
}
