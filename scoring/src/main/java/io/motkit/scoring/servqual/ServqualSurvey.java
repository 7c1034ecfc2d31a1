package io.motkit.scoring.servqual;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The input of a {@link ServqualAnalysis}: the answers to the instrument's items and, optionally,
 * each respondent's importance points over the dimensions.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class ServqualSurvey {

  ServqualSurvey() {}

  /**
   * The answers, one per respondent and item.
   *
   * @return the answers, one per respondent and item
   */
  public abstract List<ServqualResponse> responses();

  /**
   * The importance points; empty when none were collected.
   *
   * @return the importance points; empty when none were collected
   */
  public abstract List<ServqualImportance> importance();

  /**
   * A survey of these answers and points.
   *
   * @param responses the responses
   * @param importance the importance
   * @return a survey of these answers and points
   */
  public static ServqualSurvey of(
      List<ServqualResponse> responses, List<ServqualImportance> importance) {
    return ImmutableServqualSurvey.builder()
        .addAllResponses(responses)
        .addAllImportance(importance)
        .build();
  }
}
