package io.motkit.journey.map;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.analysis.InputSummary;
import io.motkit.core.analysis.Provenance;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.SequenceKernel;
import io.motkit.journey.EventLog;
import io.motkit.journey.LoggedJourney;
import io.motkit.journey.analysis.JourneyAnalysis;
import io.motkit.journey.internal.ScorerSpec;
import io.motkit.journey.internal.ScorerText;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The journey map as an analysis ({@link JourneyMap}: the directly-follows graph, the most common
 * variants with their mean remembered score, drop-off per stage; van der Aalst 2016, ch. 6), with
 * immutable settings: the scorer of the variants, how many variants, the stage order, the segment
 * attribute. Thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class JourneyMapAnalysis
    implements JourneyAnalysis<JourneyMapTally, JourneyMapResult> {

  private static final long serialVersionUID = 1L;

  JourneyMapAnalysis() {}

  /**
   * The scorer of the variants' mean remembered score; none unless set.
   *
   * @return the scorer of the variants' mean remembered score; none unless set
   */
  public abstract Optional<JourneyScorer> scorer();

  /**
   * Variants to list; 10 unless set.
   *
   * @return variants to list; 10 unless set
   */
  @Value.Default
  public int topVariants() {
    return 10;
  }

  /**
   * The stages in journey order; ordered by their typical position in the journeys when empty.
   *
   * @return the stages in journey order; ordered by their typical position in the journeys when
   *     empty
   */
  public abstract List<String> stageOrder();

  /**
   * The journey attribute whose values are the segments; none unless set.
   *
   * @return the journey attribute whose values are the segments; none unless set
   */
  @Override
  public abstract Optional<String> segmentBy();

  /**
   * Ten variants, no scorer, stages ordered from the journeys, no segments.
   *
   * @return ten variants, no scorer, stages ordered from the journeys, no segments
   */
  public static JourneyMapAnalysis defaults() {
    return builder().build();
  }

  /**
   * A builder for the settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link JourneyMapAnalysis}. */
  public static final class Builder extends ImmutableJourneyMapAnalysis.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    checkArgument(
        topVariants() >= 0, "variants to list must not be negative, found %s", topVariants());
  }

  /** {@code journey-map}. */
  @Override
  public final String name() {
    return "journey-map";
  }

  @Override
  public final Map<String, String> settingsText() {
    Map<String, String> settings = new LinkedHashMap<>();
    scorer().ifPresent(s -> settings.put("scorer", ScorerText.of(s)));
    settings.put("top_variants", Integer.toString(topVariants()));
    if (!stageOrder().isEmpty()) {
      settings.put("stages", String.join(",", stageOrder()));
    }
    segmentBy().ifPresent(a -> settings.put("segment_by", a));
    return settings;
  }

  /**
   * The map of the whole log and of each segment.
   *
   * @throws IllegalArgumentException if a stage repeats in the stage order or a stage of the log is
   *     missing from it
   */
  @Override
  public final JourneyMapTally newTally() {
    JourneyMapTally tally = new JourneyMapTally();
    tally.scored = scorer().isPresent();
    return tally;
  }

  @Override
  public final void add(JourneyMapTally tally, LoggedJourney journey) {
    EventLog log = journey.log();
    OptionalDouble score = OptionalDouble.empty();
    if (scorer().isPresent() && journey.endEvent() > journey.firstEvent()) {
      if (tally.kernelLog != log) {
        tally.kernelLog = log;
        tally.kernel = scorer().get().kernel(log.scale()).orElse(null);
      }
      SequenceKernel kernel = tally.kernel;
      score =
          OptionalDouble.of(
              kernel != null
                  ? log.scoreJourney(kernel, journey.index())
                  : scorer().get().score(log.journey(journey.index())).value());
    }
    OptionalDouble scored = score;
    tally.parts.add(
        journey, segmentBy(), JourneyMapTally.Part::new, (part, j) -> part.add(j, scored));
  }

  @Override
  public final JourneyMapTally merge(JourneyMapTally left, JourneyMapTally right) {
    JourneyMapTally merged = newTally();
    merged.parts = left.parts.merge(right.parts, JourneyMapTally.Part::merge);
    return merged;
  }

  /**
   * The map of every journey and of each segment.
   *
   * @throws IllegalArgumentException if a stage repeats in the stage order, or a stage of the
   *     journeys is missing from a non-empty stage order
   */
  @Override
  public final JourneyMapResult finish(JourneyMapTally tally, List<InputSummary> sources) {
    return ImmutableJourneyMapResult.builder()
        .provenance(Provenance.of(name(), settingsText(), sources))
        .segmentBy(segmentBy())
        .map(map(tally.parts.all(), tally.scored))
        .putAllSegments(
            tally.parts.finishSegments(p -> map(p, tally.scored), segmentBy().orElse("")))
        .build();
  }

  private JourneyMap map(JourneyMapTally.Part part, boolean scored) {
    return JourneyMap.finish(part.counted(scored), topVariants(), stageOrder());
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
    private final @Nullable ScorerSpec scorer;
    private final int topVariants;
    private final ArrayList<String> stageOrder;
    private final @Nullable String segmentBy;

    SerialForm(JourneyMapAnalysis analysis) {
      scorer = analysis.scorer().map(ScorerSpec::of).orElse(null);
      topVariants = analysis.topVariants();
      stageOrder = new ArrayList<>(analysis.stageOrder());
      segmentBy = analysis.segmentBy().orElse(null);
    }

    Object readResolve() {
      ScorerSpec spec = scorer;
      return builder()
          .scorer(spec == null ? Optional.empty() : Optional.of(spec.create()))
          .topVariants(topVariants)
          .addAllStageOrder(stageOrder)
          .segmentBy(Optional.ofNullable(segmentBy))
          .build();
    }
  }
}
