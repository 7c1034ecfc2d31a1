package io.motkit.journey.analysis;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.Stage;
import io.motkit.core.scoring.JourneyScorer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The contact timeline of one journey (the owner contact timeline of property management): the
 * stages it went through in order, the time between consecutive contacts, the response times
 * between named pairs of touchpoints, and the score with its moment roles (peak, end) under a
 * chosen scorer.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class ContactTimeline {

  ContactTimeline() {}

  /**
   * The journey.
   *
   * @return the journey the timeline shows
   */
  public abstract Journey journey();

  /**
   * The stages of the moments in time order, repeats in a row collapsed; moments without a stage
   * skipped.
   *
   * @return the stages of the moments in time order, repeats in a row collapsed; moments without a
   *     stage skipped
   */
  public abstract List<String> stages();

  /**
   * The time from each contact's start to the next one's; one fewer than the moments.
   *
   * @return the time from each contact's start to the next one's; one fewer than the moments
   */
  public abstract List<Duration> gaps();

  /**
   * Every response measured: each moment of a pair's first touchpoint to the next moment of its
   * second.
   *
   * @return every response measured: each moment of a pair's first touchpoint to the next moment of
   *     its second
   */
  public abstract List<ResponseTime> responseTimes();

  /**
   * The score of the journey, whose roles name its peak and end.
   *
   * @return the score of the journey, whose roles name its peak and end
   */
  public abstract JourneyScore score();

  /**
   * The timeline of {@code journey}.
   *
   * @param journey the journey
   * @param scorer the scorer
   * @param pairs the pairs
   * @return the timeline of {@code journey}
   * @throws io.motkit.core.scoring.ScoringException if the scorer cannot score the journey
   */
  public static ContactTimeline of(
      Journey journey, JourneyScorer scorer, List<ResponsePair> pairs) {
    List<String> stages = new ArrayList<>();
    for (int i = 0; i < journey.size(); i++) {
      Optional<String> stage = journey.moment(i).touchpoint().stage().map(Stage::name);
      if (stage.isPresent()
          && (stages.isEmpty() || !stages.get(stages.size() - 1).equals(stage.get()))) {
        stages.add(stage.get());
      }
    }
    List<Duration> gaps = new ArrayList<>();
    for (int i = 1; i < journey.size(); i++) {
      gaps.add(Duration.between(journey.moment(i - 1).start(), journey.moment(i).start()));
    }
    List<ResponseTime> responses = new ArrayList<>();
    for (ResponsePair pair : pairs) {
      for (int i = 0; i < journey.size(); i++) {
        if (!journey.moment(i).touchpointId().equals(pair.from())) {
          continue;
        }
        for (int k = i + 1; k < journey.size(); k++) {
          if (journey.moment(k).touchpointId().equals(pair.to())) {
            responses.add(
                ResponseTime.of(
                    pair,
                    i,
                    k,
                    Duration.between(journey.moment(i).start(), journey.moment(k).start())));
            break;
          }
        }
      }
    }
    return ImmutableContactTimeline.builder()
        .journey(journey)
        .addAllStages(stages)
        .addAllGaps(gaps)
        .addAllResponseTimes(responses)
        .score(scorer.score(journey))
        .build();
  }
}
