package io.motkit.journey.markov;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.analysis.InputSummary;
import io.motkit.core.analysis.Provenance;
import io.motkit.journey.EventLog;
import io.motkit.journey.LoggedJourney;
import io.motkit.journey.analysis.JourneyAnalysis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The Markov journey model as an analysis ({@link MarkovModel}: absorbing chain of order k, success
 * probability and removal effects; Anderl, Becker, von Wangenheim and Schumann 2016), with
 * immutable settings: the model's {@link MarkovSettings} and the segment attribute. Thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class MarkovAnalysis implements JourneyAnalysis<MarkovTally, MarkovResult> {

  private static final long serialVersionUID = 1L;

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
  @Override
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

  @Override
  public final MarkovTally newTally() {
    return new MarkovTally();
  }

  @Override
  public final void add(MarkovTally tally, LoggedJourney journey) {
    MarkovSettings s = settings();
    EventLog log = journey.log();
    int j = journey.index();
    if (tally.cachedLog != log) {
      useLog(tally, log);
    }
    String label = label();
    boolean converted;
    int end = journey.endEvent();
    if (s.outcome().isPresent()) {
      double y = outcome(log, journey, s.outcome().get());
      checkArgument(
          y == 0 || y == 1,
          "journey '%s': outcome '%s' must be 0 or 1 for a Markov model, found %s",
          journey.id(),
          label,
          y);
      converted = y == 1;
      if (s.outcomeTime().isPresent()) {
        double time = outcome(log, journey, s.outcomeTime().get());
        while (end > journey.firstEvent() && log.startMillis(end - 1) > time) {
          end--;
        }
      }
    } else {
      converted = false;
      for (int e = journey.firstEvent(); e < end; e++) {
        if (log.touchpointCode(e) == tally.conversion) {
          converted = true;
          end = e;
          break;
        }
      }
      tally.conversionSeen |= converted;
    }
    List<String> path = new ArrayList<>();
    for (int e = journey.firstEvent(); e < end; e++) {
      if (!tally.leftOut[log.touchpointCode(e)]) {
        path.add(log.touchpoint(e).id());
      }
    }
    List<String> key = List.copyOf(path);
    double worth = s.value().isPresent() ? log.outcome(s.value().get(), j).orElse(0) : 0;
    boolean conversion = converted;
    tally.parts.add(
        journey, segmentBy(), MarkovTally.Part::new, (part, u) -> part.add(key, conversion, worth));
  }

  private void useLog(MarkovTally tally, EventLog log) {
    MarkovSettings s = settings();
    tally.cachedLog = log;
    tally.conversion = -1;
    for (int t = 0; t < log.touchpoints().size(); t++) {
      String id = log.touchpoints().get(t).id();
      tally.touchpoints.add(id);
      if (s.conversion().isPresent() && s.conversion().get().equals(id)) {
        tally.conversion = t;
      }
    }
    tally.leftOut = new boolean[log.touchpoints().size()];
    if (!s.includeMeasurements()) {
      Set<String> measurements = new TreeSet<>(s.measurements());
      measurements.addAll(log.measurementTouchpoints());
      for (int t = 0; t < tally.leftOut.length; t++) {
        tally.leftOut[t] = measurements.contains(log.touchpoints().get(t).id());
      }
    }
  }

  private static double outcome(EventLog log, LoggedJourney journey, String name) {
    checkArgument(
        log.outcomeNames().contains(name),
        "the log has no outcome '%s'; its outcomes are %s",
        name,
        log.outcomeNames());
    OptionalDouble y = log.outcome(name, journey.index());
    checkArgument(y.isPresent(), "journey '%s' has no outcome '%s'", journey.id(), name);
    return y.getAsDouble();
  }

  private String label() {
    MarkovSettings s = settings();
    return s.outcome().orElseGet(() -> "reached " + s.conversion().orElseThrow());
  }

  @Override
  public final MarkovTally merge(MarkovTally left, MarkovTally right) {
    MarkovTally merged = new MarkovTally();
    merged.conversionSeen = left.conversionSeen || right.conversionSeen;
    merged.touchpoints.addAll(left.touchpoints);
    merged.touchpoints.addAll(right.touchpoints);
    merged.parts = left.parts.merge(right.parts, MarkovTally.Part::merge);
    return merged;
  }

  /**
   * The model of every journey and of each segment.
   *
   * @throws IllegalArgumentException if the conversion touchpoint is not in the journeys, no
   *     journey has a moment on its path, or the model would have too many states
   */
  @Override
  public final MarkovResult finish(MarkovTally tally, List<InputSummary> sources) {
    Optional<String> conversion = settings().conversion();
    checkArgument(
        conversion.isEmpty() || tally.touchpoints.contains(conversion.get()),
        "conversion touchpoint '%s' is not in the journeys; their touchpoints are %s",
        conversion.orElse(""),
        tally.touchpoints);
    return ImmutableMarkovResult.builder()
        .provenance(Provenance.of(name(), settingsText(), sources))
        .segmentBy(segmentBy())
        .model(model(tally.parts.all()))
        .putAllSegments(tally.parts.finishSegments(this::model, segmentBy().orElse("")))
        .build();
  }

  private MarkovModel model(MarkovTally.Part part) {
    List<PathTally> paths = new ArrayList<>();
    part.paths.forEach((path, t) -> paths.add(PathTally.of(path, (long) t[0], (long) t[1], t[2])));
    return MarkovModel.finish(label(), settings().order(), paths, settings().value().isPresent());
  }
}
