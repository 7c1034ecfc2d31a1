package io.motkit.journey.analysis;

import io.motkit.core.analysis.Analysis;
import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.analysis.Provenance;
import io.motkit.journey.EventLog;
import io.motkit.journey.markov.MarkovModel;
import io.motkit.journey.markov.MarkovSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The Markov journey model as an analysis ({@link MarkovModel}: absorbing chain of order k, success
 * probability and removal effects; Anderl, Becker, von Wangenheim and Schumann 2016), with
 * immutable settings: the model's {@link MarkovSettings} and the segment attribute. Thread-safe.
 */
@Value.Immutable
public abstract class MarkovAnalysis implements Analysis<EventLog, MarkovReport> {

  MarkovAnalysis() {}

  /**
   * The model's settings: order, outcome or conversion, cut-off time, value, measurements.
   *
   * @return the model's settings: order, outcome or conversion, cut-off time, value, measurements
   */
  public abstract MarkovSettings settings();

  /**
   * The journey attribute whose values are the segments; none unless set.
   *
   * @return the journey attribute whose values are the segments; none unless set
   */
  public abstract Optional<String> segmentBy();

  /**
   * The analysis of these model settings, no segments.
   *
   * @param settings the settings
   * @return the analysis of these model settings, no segments
   */
  public static MarkovAnalysis of(MarkovSettings settings) {
    return builder().settings(settings).build();
  }

  /**
   * A builder for the settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MarkovAnalysis}. */
  public static final class Builder extends ImmutableMarkovAnalysis.Builder {
    Builder() {}
  }

  /** {@code markov}. */
  @Override
  public final String name() {
    return "markov";
  }

  @Override
  public final Map<String, String> settingsText() {
    MarkovSettings s = settings();
    Map<String, String> text = new LinkedHashMap<>();
    text.put("order", Integer.toString(s.order()));
    s.outcome().ifPresent(o -> text.put("outcome", o));
    s.conversion().ifPresent(c -> text.put("conversion", c));
    s.outcomeTime().ifPresent(t -> text.put("outcome_time", t));
    s.value().ifPresent(v -> text.put("value", v));
    text.put("measurements", String.join(",", new TreeSet<>(s.measurements())));
    text.put("include_measurements", Boolean.toString(s.includeMeasurements()));
    segmentBy().ifPresent(a -> text.put("segment_by", a));
    return text;
  }

  /**
   * The model of the whole log and of each segment.
   *
   * @throws IllegalArgumentException as {@link MarkovModel#fit(EventLog, MarkovSettings)}
   */
  @Override
  public final MarkovReport run(AnalysisInput<EventLog> input) {
    EventLog log = input.data();
    return ImmutableMarkovReport.builder()
        .provenance(Provenance.of(name(), settingsText(), input.sources()))
        .segmentBy(segmentBy())
        .model(MarkovModel.fit(log, settings()))
        .putAllSegments(Segments.run(log, segmentBy(), part -> MarkovModel.fit(part, settings())))
        .build();
  }
}
