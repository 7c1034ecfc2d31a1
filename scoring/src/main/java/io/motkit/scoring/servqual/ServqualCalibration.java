package io.motkit.scoring.servqual;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.Expectation;
import io.motkit.core.scoring.JourneyScorer;
import java.util.Map;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What a SERVQUAL survey tells the {@code servqual} journey scorer: the dimension of each
 * touchpoint and the expectation (mean expected level, with the mean adequate and desired levels as
 * zone of tolerance where asked) for it. Touchpoint ids are the item ids of the survey.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class ServqualCalibration {

  ServqualCalibration() {}

  /**
   * The dimension of each touchpoint.
   *
   * @return the dimension of each touchpoint
   */
  public abstract Map<String, String> dimensions();

  /**
   * The expectation of each touchpoint, to put into journeys.
   *
   * @return the expectation of each touchpoint, to put into journeys
   */
  public abstract Map<String, Expectation> expectations();

  /**
   * The unweighted {@code servqual} journey scorer for these dimensions.
   *
   * @return the unweighted {@code servqual} journey scorer for these dimensions
   */
  public final JourneyScorer scorer() {
    return ServqualJourneyScorerProvider.forDimensions(dimensions());
  }
}
