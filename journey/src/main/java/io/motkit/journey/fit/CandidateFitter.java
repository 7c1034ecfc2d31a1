package io.motkit.journey.fit;

/** Fits one candidate model to weighted journeys of one log. */
interface CandidateFitter {

  /**
   * The best fit to the journeys with positive {@code weights} (a weight counts a journey that many
   * times): the least-squares optimum over every discrete choice and the continuous parameter (grid
   * and Brent search for each variant).
   */
  Fitted fit(double[] weights);

  /**
   * A fit to a bootstrap resample, by the same estimator as {@link #fit}: the discrete choices are
   * chosen again, so that the intervals include the selection; {@code full} lets a candidate
   * without choices reuse what does not depend on the weights.
   */
  Fitted refit(Fitted full, double[] weights);
}
