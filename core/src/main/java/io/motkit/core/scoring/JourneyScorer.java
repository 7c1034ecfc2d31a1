package io.motkit.core.scoring;

import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.Scale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a journey's moments into one remembered value with an explanation. Implementations are
 * immutable and thread-safe; one instance may score any number of journeys at once.
 */
public interface JourneyScorer {

  /** The id of the scorer's provider, such as {@code peak-end}; never blank. */
  String id();

  /** The resolved parameters, defaults included, recorded in every score as provenance. */
  Map<String, String> parameters();

  /**
   * Scores one journey.
   *
   * @throws ScoringException naming the journey and what is missing if the journey cannot be scored
   *     (no moments, a moment without the expectation the scorer needs, ...)
   */
  JourneyScore score(Journey journey);

  /**
   * A kernel that computes the same value as {@link #score(Journey)} from primitive arrays of
   * journeys on {@code scale}, if this scorer has one. Scorers whose per-moment value depends on
   * more than the rating (expectations, Kano categories) return empty.
   */
  default Optional<SequenceKernel> kernel(Scale scale) {
    return Optional.empty();
  }
}
