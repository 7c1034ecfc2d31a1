package io.motkit.journey.fit;

import io.motkit.journey.EventLog;

/** A candidate model of the retrospective rating, fitted by {@link MemoryModelFit}. */
abstract class Candidate {

  private final String id;
  private final String description;

  Candidate(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** The model's id in results, such as {@code peak-end} or {@code recency-time}. */
  final String id() {
    return id;
  }

  /** What the model is, for the report. */
  final String description() {
    return description;
  }

  /**
   * A fitter for {@code log} and its {@code ratings}.
   *
   * @throws IllegalArgumentException if the model cannot score every journey of the log (the
   *     message says why); the model is then left out of the comparison
   */
  abstract CandidateFitter fitter(EventLog log, double[] ratings, int gridPoints);
}
