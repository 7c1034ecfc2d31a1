package io.motkit.journey.fit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.motkit.core.ConfidenceInterval;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One candidate model fitted to the ratings: its choices and estimates on all journeys, bootstrap
 * intervals of the estimates, and how well it predicts journeys it was not fitted on.
 *
 * <p>R², RMSE and MAE are out of fold: every journey is predicted by the model fitted on the other
 * folds, its choices and parameters included. AIC and BIC are on all journeys, from the residual
 * sum of squares of the Gaussian model ({@code n ln(RSS / n) + 2k}, {@code n ln(RSS / n) + k ln n};
 * Burnham and Anderson 2002), with {@code k} the estimated numbers (intercept, slope, the model's
 * continuous parameter, or the regression's coefficients) plus one for the error variance, as R's
 * {@code AIC(lm)} counts it; the discrete choices are not counted.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ModelFit {

  ModelFit() {}

  /**
   * The model id, such as {@code peak-end}.
   *
   * @return the model id, such as {@code peak-end}
   */
  public abstract String model();

  /**
   * What the model is.
   *
   * @return what the model is
   */
  public abstract String description();

  /**
   * The discrete choices fitted on all journeys, such as {@code peak=worst, end=last}.
   *
   * @return the discrete choices fitted on all journeys, such as {@code peak=worst, end=last}
   */
  public abstract Map<String, String> choices();

  /**
   * The estimated numbers on all journeys: intercept, slope and the model's own parameters.
   *
   * @return the estimated numbers on all journeys: intercept, slope and the model's own parameters
   */
  public abstract Map<String, Double> estimates();

  /**
   * Percentile bootstrap intervals of the estimates (every choice chosen again in every resample);
   * empty without resamples.
   *
   * @return percentile bootstrap intervals of the estimates (every choice chosen again in every
   *     resample); empty without resamples
   */
  public abstract Map<String, ConfidenceInterval> intervals();

  /**
   * The number of estimated numbers of the mean (intercept, slope, parameters); AIC and BIC count
   * one more, the error variance.
   *
   * @return the number of estimated numbers of the mean
   */
  public abstract int parameterCount();

  /**
   * Out-of-fold R²: 1 - SSE / total sum of squares about the mean rating.
   *
   * @return out-of-fold R²: 1 - SSE / total sum of squares about the mean rating
   */
  public abstract double rSquared();

  /**
   * Out-of-fold root mean squared error.
   *
   * @return out-of-fold root mean squared error
   */
  public abstract double rmse();

  /**
   * The percentile bootstrap interval of {@link #rmse()}, journeys resampled; empty without
   * resamples.
   *
   * @return the percentile bootstrap interval of {@link #rmse()}, journeys resampled; empty without
   *     resamples
   */
  public abstract Optional<ConfidenceInterval> rmseInterval();

  /**
   * Out-of-fold mean absolute error.
   *
   * @return out-of-fold mean absolute error
   */
  public abstract double mae();

  /**
   * Akaike's information criterion on all journeys.
   *
   * @return Akaike's information criterion on all journeys
   */
  public abstract double aic();

  /**
   * The Bayesian information criterion on all journeys.
   *
   * @return the Bayesian information criterion on all journeys
   */
  public abstract double bic();

  /**
   * This model against the best; empty for the best model itself or without resamples.
   *
   * @return this model against the best; empty for the best model itself or without resamples
   */
  public abstract Optional<FitComparison> comparison();

  /**
   * The model's p-value in the model confidence set of Hansen, Lunde and Nason (2011), from the
   * out-of-fold squared errors of every model on the same bootstrap resamples: the model is among
   * those that cannot be told apart from the best at level alpha when this is at least alpha. Empty
   * without resamples.
   *
   * @return the model's MCS p-value, or empty without resamples
   */
  public abstract java.util.OptionalDouble confidenceSetPValue();
}
