package io.motkit.journey.analysis;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.motkit.core.analysis.Aggregation;
import io.motkit.core.analysis.Analysis;
import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.analysis.AnalysisResult;
import io.motkit.journey.EventLog;
import io.motkit.journey.LoggedJourney;
import io.motkit.journey.internal.Segmented;
import java.io.Serializable;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An analysis of the journeys of an event log that is an {@link Aggregation}: each journey is
 * tallied, tallies merge, and the merged tally is finished into the result. {@link #run} runs it on
 * the log's threads; the Spark module runs the same steps over a cluster's partitions, with the
 * same result.
 *
 * @param <T> the tally
 * @param <R> the result
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface JourneyAnalysis<T extends Serializable, R extends AnalysisResult>
    extends Analysis<EventLog, R>, Aggregation<LoggedJourney, T, R> {

  /**
   * The journey attribute whose values are the segments, each analysed as the whole log is; none
   * unless set. Journeys without a single value of it belong to no segment.
   *
   * @return the journey attribute whose values are the segments
   */
  Optional<String> segmentBy();

  /**
   * Tallies every journey of the log on its threads and finishes the tally.
   *
   * @param input the event log and its sources
   * @return the result
   * @throws IllegalArgumentException if the segment attribute is not a column of the log, or the
   *     log cannot be analysed with these settings, with a message that names the journey or says
   *     why
   */
  @Override
  default R run(AnalysisInput<EventLog> input) {
    Segmented.requireColumn(input.data(), segmentBy());
    return finish(input.data().tally(this), input.sources());
  }
}
