package io.motkit.journey.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import io.motkit.core.analysis.Analysis;
import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.analysis.Provenance;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.journey.EventLog;
import io.motkit.journey.map.JourneyMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The journey map as an analysis ({@link JourneyMap}: the directly-follows graph, the most common
 * variants with their mean remembered score, drop-off per stage; van der Aalst 2016, ch. 6), with
 * immutable settings: the scorer of the variants, how many variants, the stage order, the segment
 * attribute. Thread-safe.
 */
@Value.Immutable
public abstract class JourneyMapAnalysis implements Analysis<EventLog, JourneyMapReport> {

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
  public final JourneyMapReport run(AnalysisInput<EventLog> input) {
    EventLog log = input.data();
    return ImmutableJourneyMapReport.builder()
        .provenance(Provenance.of(name(), settingsText(), input.sources()))
        .segmentBy(segmentBy())
        .map(map(log))
        .putAllSegments(Segments.run(log, segmentBy(), this::map))
        .build();
  }

  private JourneyMap map(EventLog log) {
    return JourneyMap.of(log, scorer(), topVariants(), stageOrder());
  }
}
