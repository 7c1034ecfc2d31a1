package io.motkit.journey.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import io.motkit.core.Channel;
import io.motkit.core.Expectation;
import io.motkit.core.Scale;
import io.motkit.core.internal.StrictJsonObject;
import io.motkit.core.json.JsonFormatException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A generative model of journeys (a first-order Markov chain over touchpoints): where journeys
 * start, which touchpoint follows which with what probability (or the journey ends), how each
 * touchpoint is experienced and how long it lasts, how long customers wait between contacts, and an
 * optional binary outcome. Read from JSON with {@link #fromJson(Reader)}; the form is in {@code
 * docs/formats.md}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class JourneyModel {

  /** The name of the start state in {@link #transitions()}. */
  public static final String START = "start";

  /** The name of the end state in {@link #transitions()}. */
  public static final String END = "end";

  private static final double PROBABILITY_TOLERANCE = 1e-9;

  JourneyModel() {}

  /**
   * The scale experiences are on.
   *
   * @return the scale experiences are on
   */
  public abstract Scale scale();

  /**
   * When the first journey starts; journeys start one {@link #journeySpacingSeconds()} apart.
   *
   * @return when the first journey starts; journeys start one {@link #journeySpacingSeconds()}
   *     apart
   */
  @Value.Default
  public Instant start() {
    return Instant.parse("2024-01-01T00:00:00Z");
  }

  /**
   * Seconds between the starts of consecutive journeys.
   *
   * @return seconds between the starts of consecutive journeys
   */
  @Value.Default
  public double journeySpacingSeconds() {
    return 60;
  }

  /**
   * The touchpoints.
   *
   * @return the touchpoints
   */
  public abstract List<SimulatedTouchpoint> touchpoints();

  /**
   * Transition probabilities: from {@code start} or a touchpoint id, to a touchpoint id or {@code
   * end}; each row sums to 1, and {@code start} may not go straight to {@code end}.
   *
   * @return transition probabilities: from {@code start} or a touchpoint id, to a touchpoint id or
   *     {@code end}; each row sums to 1, and {@code start} may not go straight to {@code end}
   */
  public abstract Map<String, Map<String, Double>> transitions();

  /**
   * Mean seconds between contacts within a journey (exponentially distributed).
   *
   * @return mean seconds between contacts within a journey (exponentially distributed)
   */
  @Value.Default
  public double meanGapSeconds() {
    return 86_400;
  }

  /**
   * Journeys are cut after this many moments.
   *
   * @return journeys are cut after this many moments
   */
  @Value.Default
  public int maxMoments() {
    return 50;
  }

  /**
   * The outcome model, if journeys have an outcome.
   *
   * @return the outcome model, if journeys have an outcome
   */
  public abstract Optional<OutcomeModel> outcome();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link JourneyModel}. */
  public static final class Builder extends ImmutableJourneyModel.Builder {
    Builder() {}
  }

  /**
   * This model with touchpoint {@code id} experienced {@code delta} points better on average: the
   * counterfactual of fixing one touchpoint. Simulated with the same seed, the two populations
   * differ only where that touchpoint's experience matters.
   *
   * @param id the id
   * @param delta how many scale points to move
   * @return this model with touchpoint {@code id} experienced {@code delta} points better on
   *     average: the counterfactual of fixing one touchpoint
   * @throws IllegalArgumentException naming the touchpoint if the model does not have it
   */
  public final JourneyModel withMeanShifted(String id, double delta) {
    checkArgument(
        touchpoints().stream().anyMatch(t -> t.id().equals(id)),
        "the model has no touchpoint '%s'",
        id);
    List<SimulatedTouchpoint> shifted = new java.util.ArrayList<>();
    for (SimulatedTouchpoint t : touchpoints()) {
      shifted.add(
          t.id().equals(id)
              ? ((ImmutableSimulatedTouchpoint) ImmutableSimulatedTouchpoint.copyOf(t))
                  .withMean(t.mean() + delta)
              : t);
    }
    return ((ImmutableJourneyModel) ImmutableJourneyModel.copyOf(this)).withTouchpoints(shifted);
  }

  @Value.Check
  final void check() {
    checkArgument(!touchpoints().isEmpty(), "a journey model needs at least one touchpoint");
    Set<String> ids = new HashSet<>();
    for (SimulatedTouchpoint t : touchpoints()) {
      checkArgument(ids.add(t.id()), "touchpoint '%s' is defined twice", t.id());
      checkArgument(
          !t.id().equals(START) && !t.id().equals(END),
          "'%s' is reserved and cannot be a touchpoint id",
          t.id());
      t.expectation()
          .ifPresent(e -> e.requireOn(scale(), "touchpoint '" + t.id() + "' expectation"));
    }
    checkArgument(transitions().containsKey(START), "transitions need a row for 'start'");
    for (Map.Entry<String, Map<String, Double>> row : transitions().entrySet()) {
      String from = row.getKey();
      checkArgument(
          from.equals(START) || ids.contains(from),
          "transitions from '%s': not a touchpoint",
          from);
      double sum = 0;
      for (Map.Entry<String, Double> to : row.getValue().entrySet()) {
        checkArgument(
            to.getKey().equals(END) || ids.contains(to.getKey()),
            "transition '%s' -> '%s': not a touchpoint or 'end'",
            from,
            to.getKey());
        checkArgument(
            to.getValue() >= 0 && to.getValue() <= 1,
            "transition '%s' -> '%s': probability must be in [0, 1], found %s",
            from,
            to.getKey(),
            to.getValue());
        sum += to.getValue();
      }
      checkArgument(
          Math.abs(sum - 1) <= PROBABILITY_TOLERANCE,
          "transitions from '%s' sum to %s, not 1",
          from,
          sum);
    }
    checkArgument(
        transitions().get(START).getOrDefault(END, 0.0) == 0,
        "'start' may not go straight to 'end': every journey needs a moment");
    for (SimulatedTouchpoint t : touchpoints()) {
      checkArgument(
          transitions().containsKey(t.id()),
          "touchpoint '%s' has no row of transitions (give it 'end': 1 to end there)",
          t.id());
    }
    checkArgument(
        meanGapSeconds() >= 0 && Double.isFinite(meanGapSeconds()),
        "mean gap must be >= 0, found %s",
        meanGapSeconds());
    checkArgument(
        journeySpacingSeconds() >= 0,
        "journey spacing must be >= 0, found %s",
        journeySpacingSeconds());
    checkArgument(maxMoments() >= 1, "max moments must be at least 1, found %s", maxMoments());
  }

  /**
   * Reads a model from JSON.
   *
   * @param json the JSON text
   * @return the journey model
   * @throws JsonFormatException naming the JSON path of the first problem
   */
  public static JourneyModel fromJson(String json) {
    return fromJson(new StringReader(json));
  }

  /**
   * Reads a model from JSON.
   *
   * @param reader the text to read
   * @return the journey model
   * @throws JsonFormatException naming the JSON path of the first problem
   * @throws UncheckedIOException if the reader fails
   */
  public static JourneyModel fromJson(Reader reader) {
    JsonNode node = io.motkit.core.internal.JsonText.parse(reader);
    StrictJsonObject root = StrictJsonObject.of(node, "$");
    Builder model = builder();
    StrictJsonObject scale = root.object("scale");
    double min = scale.number("min");
    double max = scale.number("max");
    double neutral = scale.number("neutral");
    boolean higher = scale.bool("higher_is_better");
    scale.end();
    Scale parsedScale = at(scale.path(), () -> Scale.of(min, max, neutral, higher));
    model.scale(parsedScale);
    Optional<String> start = root.optionalText("start");
    if (start.isPresent()) {
      try {
        model.start(Instant.parse(start.get()));
      } catch (DateTimeParseException e) {
        throw new JsonFormatException(
            root.path("start"), "'" + start.get() + "' is not an ISO-8601 instant");
      }
    }
    root.optionalNumber("journey_spacing_s").ifPresent(model::journeySpacingSeconds);
    root.optionalNumber("mean_gap_s").ifPresent(model::meanGapSeconds);
    OptionalDouble maxMoments = root.optionalNumber("max_moments");
    if (maxMoments.isPresent()) {
      double m = maxMoments.getAsDouble();
      if (m != Math.rint(m) || m < 1 || m > Integer.MAX_VALUE) {
        throw new JsonFormatException(
            root.path("max_moments"), "expected a whole number of at least 1, found " + m);
      }
      model.maxMoments((int) m);
    }
    List<JsonNode> touchpoints = root.array("touchpoints");
    for (int i = 0; i < touchpoints.size(); i++) {
      StrictJsonObject t =
          StrictJsonObject.of(
              touchpoints.get(i), StrictJsonObject.element(root.path("touchpoints"), i));
      SimulatedTouchpoint.Builder touchpoint = SimulatedTouchpoint.builder().id(t.text("id"));
      t.optionalText("stage").ifPresent(touchpoint::stage);
      Optional<String> channel = t.optionalText("channel");
      if (channel.isPresent()) {
        at(t.path("channel"), () -> Channel.parse(channel.get()));
        touchpoint.channel(channel.get());
      }
      touchpoint.mean(t.number("mean")).sd(t.number("sd"));
      t.optionalBool("round").ifPresent(touchpoint::round);
      t.optionalBool("measurement").ifPresent(touchpoint::measurement);
      t.optionalNumber("duration_s").ifPresent(touchpoint::meanDurationSeconds);
      OptionalDouble expected = t.optionalNumber("expected");
      OptionalDouble adequate = t.optionalNumber("adequate");
      OptionalDouble desired = t.optionalNumber("desired");
      if (expected.isPresent()) {
        Expectation.Builder e = Expectation.builder().expected(expected.getAsDouble());
        adequate.ifPresent(e::adequate);
        desired.ifPresent(e::desired);
        touchpoint.expectation(at(t.path(), e::build));
      } else if (adequate.isPresent() || desired.isPresent()) {
        throw new JsonFormatException(
            t.path("expected"), "required when adequate or desired is given");
      }
      t.end();
      model.addTouchpoints(at(t.path(), touchpoint::build));
    }
    Map<String, Map<String, Double>> transitions = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> row : root.entries("transitions").entrySet()) {
      String rowPath = StrictJsonObject.child(root.path("transitions"), row.getKey());
      StrictJsonObject.of(row.getValue(), rowPath);
      Map<String, Double> to = new LinkedHashMap<>();
      row.getValue()
          .fields()
          .forEachRemaining(
              cell ->
                  to.put(
                      cell.getKey(),
                      StrictJsonObject.asNumber(
                          cell.getValue(), StrictJsonObject.child(rowPath, cell.getKey()))));
      transitions.put(row.getKey(), to);
    }
    model.putAllTransitions(transitions);
    Optional<StrictJsonObject> outcome = root.optionalObject("outcome");
    if (outcome.isPresent()) {
      StrictJsonObject o = outcome.get();
      String name = o.text("name");
      double intercept = o.number("intercept");
      double slope = o.number("slope");
      o.end();
      model.outcome(at(o.path(), () -> OutcomeModel.of(name, intercept, slope)));
    }
    root.end();
    return at("$", model::build);
  }

  private static <T> T at(String path, java.util.function.Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (JsonFormatException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new JsonFormatException(
          path, java.util.Objects.requireNonNullElse(e.getMessage(), "invalid value"), e);
    }
  }
}
