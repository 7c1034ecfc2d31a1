package io.motkit.journey.fit;

import java.util.Map;

/**
 * A candidate model fitted to some journeys: its choices, its estimated parameters, its
 * predictions.
 */
interface Fitted {

  /** The predicted rating of journey {@code j} (any journey of the log, fitted on or not). */
  double predict(int j);

  /** The discrete choices made, such as {@code peak=worst}. */
  Map<String, String> choices();

  /** The estimated numbers, by name: intercept, slope and the model's own, in a stable order. */
  Map<String, Double> estimates();
}
