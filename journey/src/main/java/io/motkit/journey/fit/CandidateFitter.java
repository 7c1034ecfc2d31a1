package io.motkit.journey.fit;

/** Fits one candidate model to weighted journeys of one log. */
interface CandidateFitter {

  /**
   * The best fit to the journeys with positive {@code weights} (a weight counts a journey that many
   * times): every discrete choice, then the continuous parameter by grid and Brent search.
   */
  Fitted fit(double[] weights);

  /**
   * A fit to a bootstrap resample that keeps the discrete choices of {@code full} and searches the
   * continuous parameter on the grid, refined by a parabola through the best grid point and its
   * neighbours: cheap enough for a thousand resamples.
   */
  Fitted refit(Fitted full, double[] weights);
}
