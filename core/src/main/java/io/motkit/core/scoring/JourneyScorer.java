package io.motkit.core.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.Scale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Turns a journey's moments into one remembered value with an explanation. Implementations are
 * immutable and thread-safe; one instance may score any number of journeys at once.
 */
@API(status = STABLE, since = "0.1")
public interface JourneyScorer {

  /**
   * The id of the scorer's provider, such as {@code peak-end}; never blank.
   *
   * @return the id of the scorer's provider, such as {@code peak-end}; never blank
   */
  String id();

  /**
   * The resolved parameters, defaults included, recorded in every score as provenance.
   *
   * @return the resolved parameters, defaults included, recorded in every score as provenance
   */
  Map<String, String> parameters();

  /**
   * Scores one journey.
   *
   * @param journey the journey
   * @return the journey's score, with the scorer's id, version, parameters and explanation
   * @throws ScoringException naming the journey and what is missing if the journey cannot be scored
   *     (no moments, a moment without the expectation the scorer needs, ...)
   */
  JourneyScore score(Journey journey);

  /**
   * A kernel that computes the same value as {@link #score(Journey)} from primitive arrays of
   * journeys on {@code scale}, if this scorer has one. Scorers whose per-moment value depends on
   * more than the rating (expectations, Kano categories) return empty.
   *
   * @param scale the scale the values are on
   * @return a kernel that computes the same value as {@link #score(Journey)} from primitive arrays
   *     of journeys on {@code scale}, if this scorer has one
   */
  default Optional<SequenceKernel> kernel(Scale scale) {
    return Optional.empty();
  }

  /**
   * The incremental form of this scorer's kernel on {@code scale}, if it has one: a fold that takes
   * a journey's moments one at a time in fixed-size state and gives, after the last, the same value
   * as {@link #kernel(Scale)} and {@link #score(Journey)}. Stream processors use it to keep a few
   * numbers per open journey instead of its moments.
   *
   * @param scale the scale the values are on
   * @return the fold, or empty where the scorer has none
   */
  default Optional<MomentFold> fold(Scale scale) {
    return Optional.empty();
  }
}
