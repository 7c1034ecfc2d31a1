package io.motkit.journey.analysis;

import io.motkit.core.analysis.Analysis;
import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.analysis.Provenance;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.journey.EventLog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The moments of truth ({@link MomentsOfTruth}: under a scorer, how often each touchpoint is the
 * peak or the end, and the lift in the mean remembered score if it were one point better) as an
 * analysis with immutable settings: the scorer, touchpoints to leave out, the segment attribute.
 * Thread-safe.
 */
@Value.Immutable
public abstract class MomentsOfTruthAnalysis implements Analysis<EventLog, MomentsOfTruthReport> {

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
  public final MomentsOfTruthReport run(AnalysisInput<EventLog> input) {
    EventLog log = input.data();
    return ImmutableMomentsOfTruthReport.builder()
        .provenance(Provenance.of(name(), settingsText(), input.sources()))
        .segmentBy(segmentBy())
        .addAllImpacts(impacts(log))
        .putAllSegments(Segments.run(log, segmentBy(), this::impacts))
        .build();
  }

  private List<MomentImpact> impacts(EventLog log) {
    Set<String> left = new TreeSet<>(measurements());
    left.addAll(log.measurementTouchpoints());
    return MomentsOfTruth.analyze(log, scorer(), left);
  }
}
