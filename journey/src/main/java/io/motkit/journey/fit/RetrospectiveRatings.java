package io.motkit.journey.fit;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.motkit.core.scoring.JourneyScorer;
import io.motkit.journey.EventLog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.apiguardian.api.API;

/**
 * Simulated retrospective ratings: each journey's rating is a memory model's value plus Gaussian
 * noise, seeded, so that a fitting experiment can be run end to end and its answer is known. The
 * ratings are not rounded or clamped to the scale.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RetrospectiveRatings {

  private RetrospectiveRatings() {}

  /**
   * A rating per journey id, in journey order: {@code scorer}'s value plus noise of standard
   * deviation {@code noise}, drawn from {@code seed}.
   *
   * @param log the event log
   * @param scorer the scorer
   * @param noise the noise
   * @param seed the seed of the random numbers
   * @return a rating per journey id, in journey order: {@code scorer}'s value plus noise of
   *     standard deviation {@code noise}, drawn from {@code seed}
   * @throws IllegalArgumentException if {@code noise} is negative or not finite, or a journey
   *     cannot be scored (naming it)
   */
  public static Map<String, Double> simulate(
      EventLog log, JourneyScorer scorer, double noise, long seed) {
    checkArgument(
        Double.isFinite(noise) && noise >= 0,
        "noise must be a finite number >= 0, found %s",
        noise);
    double[] values = log.score(scorer);
    Random random = new Random(seed);
    Map<String, Double> ratings = new LinkedHashMap<>();
    for (int j = 0; j < values.length; j++) {
      ratings.put(log.journeyId(j), values[j] + noise * random.nextGaussian());
    }
    return ratings;
  }
}
