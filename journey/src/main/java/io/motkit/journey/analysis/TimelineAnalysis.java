package io.motkit.journey.analysis;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.Journey;
import io.motkit.core.analysis.Analysis;
import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.analysis.Provenance;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.journey.internal.ScorerText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The contact timeline of one journey ({@link ContactTimeline}: stages in order, gaps between
 * contacts, response times between named pairs of touchpoints, the score and its peak and end) as
 * an analysis with immutable settings: the scorer and the response pairs. Thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class TimelineAnalysis implements Analysis<Journey, TimelineResult> {

  TimelineAnalysis() {}

  /**
   * The scorer whose roles mark the peak and the end.
   *
   * @return the scorer whose roles mark the peak and the end
   */
  public abstract JourneyScorer scorer();

  /**
   * The pairs of touchpoints whose response times are measured.
   *
   * @return the pairs of touchpoints whose response times are measured
   */
  public abstract List<ResponsePair> pairs();

  /**
   * A builder for the settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TimelineAnalysis}. */
  public static final class Builder extends ImmutableTimelineAnalysis.Builder {
    Builder() {}
  }

  /** {@code timeline}. */
  @Override
  public final String name() {
    return "timeline";
  }

  @Override
  public final Map<String, String> settingsText() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("scorer", ScorerText.of(scorer()));
    settings.put(
        "pairs",
        pairs().stream().map(p -> p.from() + ">" + p.to()).collect(Collectors.joining(",")));
    return settings;
  }

  /**
   * The timeline of the journey.
   *
   * @throws io.motkit.core.scoring.ScoringException if the scorer cannot score the journey
   */
  @Override
  public final TimelineResult run(AnalysisInput<Journey> input) {
    return ImmutableTimelineResult.builder()
        .provenance(Provenance.of(name(), settingsText(), input.sources()))
        .timeline(ContactTimeline.of(input.data(), scorer(), pairs()))
        .build();
  }
}
