package io.motkit.journey.analysis;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.analysis.InputSummary;
import io.motkit.core.analysis.Provenance;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.SequenceKernel;
import io.motkit.journey.EventLog;
import io.motkit.journey.LoggedJourney;
import io.motkit.journey.internal.ScorerSpec;
import io.motkit.journey.internal.ScorerText;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The moments of truth: under a scorer, how often each touchpoint is the peak or the end of the
 * journeys that visit it (the roles of the peak-end rule, Kahneman et al. 1993), and the lift in
 * the mean remembered score if its ratings were one scale point better (clamped to the scale),
 * ranked by lift. Each journey is scored once as it is and once per distinct touchpoint it visits
 * with that touchpoint improved; a journey that does not visit a touchpoint keeps its score, so the
 * cost is linear in the moments, not in touchpoints times journeys. Immutable settings (the scorer,
 * touchpoints to leave out, the segment attribute); thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class MomentsOfTruthAnalysis
    implements JourneyAnalysis<MomentsOfTruthTally, MomentsOfTruthResult> {

  private static final long serialVersionUID = 1L;

  MomentsOfTruthAnalysis() {}

  /**
   * The scorer of the remembered journeys.
   *
   * @return the scorer of the remembered journeys
   */
  public abstract JourneyScorer scorer();

  /**
   * Touchpoints to leave out besides those tagged {@link EventLog#MEASUREMENT_TAG} in the log.
   *
   * @return touchpoints to leave out besides those tagged {@link EventLog#MEASUREMENT_TAG} in the
   *     log
   */
  public abstract Set<String> measurements();

  /**
   * The journey attribute whose values are the segments; none unless set.
   *
   * @return the journey attribute whose values are the segments; none unless set
   */
  @Override
  public abstract Optional<String> segmentBy();

  /**
   * The moments of truth under {@code scorer}, no segments.
   *
   * @param scorer the scorer
   * @return the moments of truth under {@code scorer}, no segments
   */
  public static MomentsOfTruthAnalysis of(JourneyScorer scorer) {
    return builder().scorer(scorer).build();
  }

  /**
   * A builder for the settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MomentsOfTruthAnalysis}. */
  public static final class Builder extends ImmutableMomentsOfTruthAnalysis.Builder {
    Builder() {}
  }

  /** {@code moments-of-truth}. */
  @Override
  public final String name() {
    return "moments-of-truth";
  }

  @Override
  public final Map<String, String> settingsText() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("scorer", ScorerText.of(scorer()));
    settings.put("measurements", String.join(",", new TreeSet<>(measurements())));
    segmentBy().ifPresent(a -> settings.put("segment_by", a));
    return settings;
  }

  /**
   * The impacts in the whole log and in each segment, highest lift first.
   *
   * @throws io.motkit.core.scoring.ScoringException if a journey cannot be scored
   */
  @Override
  public final MomentsOfTruthTally newTally() {
    return new MomentsOfTruthTally();
  }

  @Override
  public final void add(MomentsOfTruthTally tally, LoggedJourney journey) {
    EventLog log = journey.log();
    tally.orientation = log.scale().higherIsBetter() ? 1 : -1;
    if (tally.measurementLog != log) {
      // Touchpoints tagged as measurements in this log (each part of a cluster has its own).
      tally.measurementLog = log;
      for (String id : log.measurementTouchpoints()) {
        tally.measurements.add(id);
      }
      tally.kernel = scorer().kernel(log.scale()).orElse(null);
    }
    tally.parts.add(
        journey, segmentBy(), MomentsOfTruthTally.Part::new, (p, j) -> count(tally, p, j));
  }

  private void count(MomentsOfTruthTally tally, MomentsOfTruthTally.Part part, LoggedJourney j) {
    EventLog log = j.log();
    Journey journey = log.journey(j.index());
    JourneyScore score = scorer().score(journey);
    double base = score.value();
    part.journeys++;
    part.baseSum += base;
    int first = j.firstEvent();
    int size = j.endEvent() - first;
    Set<Integer> peaks = codes(log, first, score.role(JourneyScore.PEAK));
    Set<Integer> ends = codes(log, first, score.role(JourneyScore.END));
    double step = log.scale().higherIsBetter() ? 1 : -1;
    double[] values = new double[size];
    long[] starts = new long[size];
    long[] durations = new long[size];
    for (int i = 0; i < size; i++) {
      starts[i] = log.startMillis(first + i);
      durations[i] = log.durationMillis(first + i);
    }
    Set<Integer> visited = new LinkedHashSet<>();
    for (int e = first; e < j.endEvent(); e++) {
      visited.add(log.touchpointCode(e));
    }
    EventLog alone = null;
    for (int code : visited) {
      String id = log.touchpoints().get(code).id();
      if (measurements().contains(id) || tally.measurements.contains(id)) {
        continue;
      }
      MomentsOfTruthTally.Counts counts =
          part.byTouchpoint.get(log, code, MomentsOfTruthTally.Counts::new);
      counts.journeys++;
      counts.peaks += peaks.contains(code) ? 1 : 0;
      counts.ends += ends.contains(code) ? 1 : 0;
      double improved;
      SequenceKernel kernel = tally.kernel;
      if (kernel != null) {
        for (int i = 0; i < size; i++) {
          double v = log.value(first + i);
          values[i] = log.touchpointCode(first + i) == code ? shifted(log, v, step) : v;
        }
        improved = kernel.score(values, starts, durations, 0, size);
        if (!Double.isFinite(improved)) {
          throw new IllegalArgumentException(
              "journey '"
                  + journey.id()
                  + "': its score with '"
                  + id
                  + "' one step better is not a finite number ("
                  + improved
                  + ")");
        }
      } else {
        if (alone == null) {
          // A scorer without a kernel scores journey objects: the journey as a log of its own,
          // made once, is shifted one touchpoint at a time.
          alone = EventLog.of(List.of(journey));
        }
        int own = alone.touchpointCode(id).orElseThrow();
        improved = scorer().score(alone.withTouchpointShifted(own, step).journey(0)).value();
      }
      counts.liftSum += improved - base;
    }
  }

  private static double shifted(EventLog log, double v, double step) {
    return Math.max(log.scale().min(), Math.min(log.scale().max(), v + step));
  }

  private static Set<Integer> codes(EventLog log, int first, List<Integer> moments) {
    Set<Integer> codes = new HashSet<>();
    for (int index : moments) {
      codes.add(log.touchpointCode(first + index));
    }
    return codes;
  }

  @Override
  public final MomentsOfTruthTally merge(MomentsOfTruthTally left, MomentsOfTruthTally right) {
    MomentsOfTruthTally merged = new MomentsOfTruthTally();
    merged.orientation = left.orientation != 0 ? left.orientation : right.orientation;
    merged.measurements.addAll(left.measurements);
    merged.measurements.addAll(right.measurements);
    merged.parts = left.parts.merge(right.parts, MomentsOfTruthTally.Part::merge);
    return merged;
  }

  @Override
  public final MomentsOfTruthResult finish(MomentsOfTruthTally tally, List<InputSummary> sources) {
    return ImmutableMomentsOfTruthResult.builder()
        .provenance(Provenance.of(name(), settingsText(), sources))
        .segmentBy(segmentBy())
        .addAllImpacts(impacts(tally, tally.parts.all()))
        .putAllSegments(tally.parts.finishSegments(p -> impacts(tally, p), segmentBy().orElse("")))
        .build();
  }

  private List<MomentImpact> impacts(MomentsOfTruthTally tally, MomentsOfTruthTally.Part part) {
    double step = tally.orientation < 0 ? -1 : 1;
    double baseline = part.baseSum / part.journeys;
    List<MomentImpact> impacts = new ArrayList<>();
    part.byTouchpoint
        .byId()
        .forEach(
            (touchpoint, counts) -> {
              if (tally.measurements.contains(touchpoint)) {
                return;
              }
              double improved = (part.baseSum + counts.liftSum) / part.journeys;
              impacts.add(
                  ImmutableMomentImpact.builder()
                      .touchpoint(touchpoint)
                      .journeys(Math.toIntExact(counts.journeys))
                      .peakShare(counts.peaks / (double) counts.journeys)
                      .endShare(counts.ends / (double) counts.journeys)
                      .baseline(baseline)
                      .improved(improved)
                      .lift(step * (improved - baseline))
                      .build());
            });
    impacts.sort(
        Comparator.comparingDouble(MomentImpact::lift)
            .reversed()
            .thenComparing(MomentImpact::touchpoint));
    return impacts;
  }

  /**
   * Crosses process boundaries with its scorer as id and parameters.
   *
   * @return the serial form
   */
  final Object writeReplace() {
    return new SerialForm(this);
  }

  private static final class SerialForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ScorerSpec scorer;
    private final TreeSet<String> measurements;
    private final @Nullable String segmentBy;

    SerialForm(MomentsOfTruthAnalysis analysis) {
      scorer = ScorerSpec.of(analysis.scorer());
      measurements = new TreeSet<>(analysis.measurements());
      segmentBy = analysis.segmentBy().orElse(null);
    }

    Object readResolve() {
      return builder()
          .scorer(scorer.create())
          .addAllMeasurements(measurements)
          .segmentBy(Optional.ofNullable(segmentBy))
          .build();
    }
  }
}
