package io.motkit.journey.analysis;

import io.motkit.core.JourneyScore;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.journey.EventLog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The moments of truth by remembered experience: under a chosen scorer (peak-end, say), which
 * touchpoints are most often the peak or the end of a journey, and how much the mean remembered
 * score would rise if each touchpoint alone were one scale point better. Ranked by that lift. With
 * the key drivers ({@link KeyDriverAnalysis}) and the Markov removal effects ({@code
 * io.motkit.journey.markov}) these answer which contacts matter most. Thread-safe.
 */
public final class MomentsOfTruth {

  private MomentsOfTruth() {}

  /**
   * The impact of every touchpoint of {@code log} under {@code scorer}, highest lift first.
   *
   * @param log the event log
   * @param scorer the scorer
   * @return the impact of every touchpoint of {@code log} under {@code scorer}, highest lift first
   * @throws io.motkit.core.scoring.ScoringException if a journey cannot be scored
   */
  public static List<MomentImpact> analyze(EventLog log, JourneyScorer scorer) {
    return analyze(log, scorer, log.measurementTouchpoints());
  }

  /**
   * The impact of every touchpoint of {@code log} but {@code measurements}, highest lift first. A
   * survey that records the remembered experience is the instrument, not a moment to improve;
   * {@link #analyze(EventLog, JourneyScorer)} leaves out the touchpoints tagged {@link
   * EventLog#MEASUREMENT_TAG}, and an empty set keeps every touchpoint.
   *
   * @param log the event log
   * @param scorer the scorer
   * @param measurements the measurements
   * @return the impact of every touchpoint of {@code log} but {@code measurements}, highest lift
   *     first
   * @throws io.motkit.core.scoring.ScoringException if a journey cannot be scored
   */
  public static List<MomentImpact> analyze(
      EventLog log, JourneyScorer scorer, Set<String> measurements) {
    int touchpoints = log.touchpoints().size();
    int[] visits = new int[touchpoints];
    int[] peaks = new int[touchpoints];
    int[] ends = new int[touchpoints];
    double[] base = new double[log.journeyCount()];
    for (int j = 0; j < log.journeyCount(); j++) {
      Set<Integer> visited = new HashSet<>();
      for (int e = log.firstEvent(j); e < log.endEvent(j); e++) {
        visited.add(log.touchpointCode(e));
      }
      visited.forEach(t -> visits[t]++);
      JourneyScore score = scorer.score(log.journey(j));
      base[j] = score.value();
      count(log, j, score.role(JourneyScore.PEAK), peaks);
      count(log, j, score.role(JourneyScore.END), ends);
    }
    // The roles needed every journey's score already; the baseline is their mean.
    double baseline = mean(base);
    double step = log.scale().higherIsBetter() ? 1 : -1;
    List<MomentImpact> impacts = new ArrayList<>();
    for (int t = 0; t < touchpoints; t++) {
      if (visits[t] == 0 || measurements.contains(log.touchpoints().get(t).id())) {
        continue;
      }
      double improved = mean(log.withTouchpointShifted(t, step).score(scorer));
      impacts.add(
          ImmutableMomentImpact.builder()
              .touchpoint(log.touchpoints().get(t).id())
              .journeys(visits[t])
              .peakShare(peaks[t] / (double) visits[t])
              .endShare(ends[t] / (double) visits[t])
              .baseline(baseline)
              .improved(improved)
              .lift(step * (improved - baseline))
              .build());
    }
    impacts.sort(
        Comparator.comparingDouble(MomentImpact::lift)
            .reversed()
            .thenComparing(MomentImpact::touchpoint));
    return impacts;
  }

  /** Counts each touchpoint at most once per journey for the moments holding a role. */
  private static void count(EventLog log, int j, List<Integer> moments, int[] counts) {
    Set<Integer> seen = new HashSet<>();
    for (int index : moments) {
      seen.add(log.touchpointCode(log.firstEvent(j) + index));
    }
    seen.forEach(t -> counts[t]++);
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }
}
