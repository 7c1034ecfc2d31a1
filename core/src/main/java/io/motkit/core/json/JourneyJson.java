package io.motkit.core.json;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.core.AspectWeights;
import io.motkit.core.Channel;
import io.motkit.core.Expectation;
import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.Stage;
import io.motkit.core.Touchpoint;
import io.motkit.core.internal.StrictJsonObject;
import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Reads and writes {@link Journey journeys} in motkit's JSON form ({@code docs/json-format.md}).
 * Reading is strict: every problem is a {@link JsonFormatException} naming the JSON path. Writing
 * then reading a journey gives an equal journey. Thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class JourneyJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JourneyJson() {}

  /**
   * Reads one journey from a JSON document.
   *
   * @param json the JSON text
   * @return the journey
   * @throws JsonFormatException naming the JSON path of the first problem
   */
  public static Journey read(String json) {
    return read(new StringReader(json));
  }

  /**
   * Reads one journey from a JSON document.
   *
   * @param reader the text to read
   * @return the journey
   * @throws JsonFormatException naming the JSON path of the first problem
   * @throws java.io.UncheckedIOException if the reader fails
   */
  public static Journey read(Reader reader) {
    return fromTree(Mapper.parse(reader));
  }

  /**
   * Reads one journey from a parsed JSON tree.
   *
   * @throws JsonFormatException naming the JSON path of the first problem
   */
  static Journey fromTree(JsonNode node) {
    return fromTree(node, "$");
  }

  /** Reads one journey from the JSON tree at {@code path} of a larger document. */
  static Journey fromTree(JsonNode node, String path) {
    StrictJsonObject root = StrictJsonObject.of(node, path);
    String id = root.text("id");
    Journey.Builder journey = Journey.builder().id(id);
    root.optionalText("customer").ifPresent(journey::customer);
    Scale scale = readScale(root.object("scale"));
    journey.scale(scale);

    Map<String, Touchpoint> touchpoints = new HashMap<>();
    List<JsonNode> touchpointNodes = root.array("touchpoints");
    for (int i = 0; i < touchpointNodes.size(); i++) {
      String at = StrictJsonObject.element(root.path("touchpoints"), i);
      Touchpoint touchpoint = readTouchpoint(StrictJsonObject.of(touchpointNodes.get(i), at));
      if (touchpoints.put(touchpoint.id(), touchpoint) != null) {
        throw new JsonFormatException(
            at + ".id", "touchpoint '" + touchpoint.id() + "' is listed twice");
      }
    }

    List<JsonNode> momentNodes = root.array("moments");
    for (int i = 0; i < momentNodes.size(); i++) {
      String at = StrictJsonObject.element(root.path("moments"), i);
      journey.addMoment(
          readMoment(StrictJsonObject.of(momentNodes.get(i), at), scale, touchpoints));
    }
    for (Map.Entry<String, JsonNode> e : root.entries("expectations").entrySet()) {
      String at = StrictJsonObject.child(root.path("expectations"), e.getKey());
      journey.putExpectation(
          e.getKey(), readExpectation(StrictJsonObject.of(e.getValue(), at), scale));
    }
    journey.putAllOutcomes(root.numberMap("outcomes"));
    journey.putAllAttributes(root.textMap("attributes"));
    root.end();
    return build(path, journey::build);
  }

  /**
   * Writes a journey as a compact JSON document.
   *
   * @param journey the journey
   * @return the journey as one JSON object
   */
  public static String write(Journey journey) {
    return Mapper.write(toTree(journey));
  }

  /** The JSON tree of a journey. */
  static ObjectNode toTree(Journey journey) {
    ObjectNode root = NODES.objectNode();
    root.put("id", journey.id());
    journey.customer().ifPresent(c -> root.put("customer", c));
    root.set("scale", scaleTree(journey.scale()));
    ArrayNode touchpoints = root.putArray("touchpoints");
    for (Touchpoint touchpoint : journey.touchpoints()) {
      touchpoints.add(touchpointTree(touchpoint));
    }
    ArrayNode moments = root.putArray("moments");
    for (Moment moment : journey.moments()) {
      moments.add(momentTree(moment));
    }
    ObjectNode expectations = root.putObject("expectations");
    journey.expectations().forEach((id, e) -> expectations.set(id, expectationTree(e)));
    ObjectNode outcomes = root.putObject("outcomes");
    journey.outcomes().forEach(outcomes::put);
    ObjectNode attributes = root.putObject("attributes");
    journey.attributes().forEach(attributes::put);
    return root;
  }

  static ObjectNode scaleTree(Scale scale) {
    ObjectNode node = NODES.objectNode();
    node.put("min", scale.min());
    node.put("max", scale.max());
    node.put("neutral", scale.neutral());
    node.put("higher_is_better", scale.higherIsBetter());
    return node;
  }

  static Scale readScale(StrictJsonObject fields) {
    double min = fields.number("min");
    double max = fields.number("max");
    double neutral = fields.number("neutral");
    boolean higherIsBetter = fields.bool("higher_is_better");
    fields.end();
    return build(fields.path(), () -> Scale.of(min, max, neutral, higherIsBetter));
  }

  private static ObjectNode touchpointTree(Touchpoint touchpoint) {
    ObjectNode node = NODES.objectNode();
    node.put("id", touchpoint.id());
    node.put("name", touchpoint.name());
    touchpoint
        .stage()
        .ifPresent(
            s -> {
              ObjectNode stage = node.putObject("stage");
              stage.put("name", s.name());
              stage.put("order", s.order());
            });
    touchpoint.channel().ifPresent(c -> node.put("channel", c.label()));
    touchpoint.owner().ifPresent(o -> node.put("owner", o));
    ArrayNode tags = node.putArray("tags");
    touchpoint.tags().forEach(tags::add);
    return node;
  }

  private static Touchpoint readTouchpoint(StrictJsonObject fields) {
    Touchpoint.Builder touchpoint = Touchpoint.builder().id(fields.text("id"));
    fields.optionalText("name").ifPresent(touchpoint::name);
    Optional<StrictJsonObject> stage = fields.optionalObject("stage");
    if (stage.isPresent()) {
      StrictJsonObject s = stage.get();
      String name = s.text("name");
      int order = s.integer("order");
      s.end();
      touchpoint.stage(build(s.path(), () -> Stage.of(name, order)));
    }
    Optional<String> channel = fields.optionalText("channel");
    if (channel.isPresent()) {
      touchpoint.channel(build(fields.path("channel"), () -> Channel.parse(channel.get())));
    }
    fields.optionalText("owner").ifPresent(touchpoint::owner);
    List<JsonNode> tags = fields.array("tags");
    for (int i = 0; i < tags.size(); i++) {
      touchpoint.addTag(
          StrictJsonObject.asText(tags.get(i), StrictJsonObject.element(fields.path("tags"), i)));
    }
    fields.end();
    return build(fields.path(), touchpoint::build);
  }

  private static ObjectNode momentTree(Moment moment) {
    ObjectNode node = NODES.objectNode();
    node.put("touchpoint", moment.touchpointId());
    node.put("start", moment.start().toString());
    node.put("duration", moment.duration().toString());
    node.put("value", moment.value());
    if (!moment.aspects().isEmpty()) {
      ObjectNode aspects = node.putObject("aspects");
      moment.aspects().forEach(aspects::put);
    }
    moment
        .aspectWeights()
        .ifPresent(
            w -> {
              ObjectNode weights = node.putObject("aspect_weights");
              w.weights().forEach(weights::put);
            });
    moment.expectation().ifPresent(e -> node.set("expectation", expectationTree(e)));
    return node;
  }

  private static Moment readMoment(
      StrictJsonObject fields, Scale scale, Map<String, Touchpoint> touchpoints) {
    String touchpointId = fields.text("touchpoint");
    Touchpoint touchpoint =
        touchpoints.computeIfAbsent(
            touchpointId, id -> build(fields.path("touchpoint"), () -> Touchpoint.of(id)));
    Moment.Builder moment = Moment.builder().touchpoint(touchpoint);
    String start = fields.text("start");
    try {
      moment.start(Instant.parse(start));
    } catch (DateTimeParseException e) {
      throw new JsonFormatException(
          fields.path("start"),
          "'" + start + "' is not an ISO-8601 instant such as 2024-03-01T09:00:00Z",
          e);
    }
    Optional<String> duration = fields.optionalText("duration");
    if (duration.isPresent()) {
      try {
        moment.duration(Duration.parse(duration.get()));
      } catch (DateTimeParseException e) {
        throw new JsonFormatException(
            fields.path("duration"),
            "'" + duration.get() + "' is not an ISO-8601 duration such as PT2M30S",
            e);
      }
    }
    double value = fields.number("value");
    requireOnScale(fields.path("value"), value, scale);
    moment.value(value);
    Map<String, Double> aspects = fields.numberMap("aspects");
    aspects.forEach(
        (k, v) -> requireOnScale(StrictJsonObject.child(fields.path("aspects"), k), v, scale));
    moment.putAllAspects(aspects);
    Map<String, Double> weights = fields.numberMap("aspect_weights");
    if (!weights.isEmpty()) {
      moment.aspectWeights(build(fields.path("aspect_weights"), () -> AspectWeights.of(weights)));
    }
    Optional<StrictJsonObject> expectation = fields.optionalObject("expectation");
    if (expectation.isPresent()) {
      moment.expectation(readExpectation(expectation.get(), scale));
    }
    fields.end();
    return build(fields.path(), moment::build);
  }

  private static ObjectNode expectationTree(Expectation expectation) {
    ObjectNode node = NODES.objectNode();
    node.put("expected", expectation.expected());
    expectation.adequate().ifPresent(a -> node.put("adequate", a));
    expectation.desired().ifPresent(d -> node.put("desired", d));
    node.put("importance", expectation.importance());
    return node;
  }

  private static Expectation readExpectation(StrictJsonObject fields, Scale scale) {
    Expectation.Builder expectation = Expectation.builder();
    double expected = fields.number("expected");
    requireOnScale(fields.path("expected"), expected, scale);
    expectation.expected(expected);
    fields
        .optionalNumber("adequate")
        .ifPresent(
            a -> {
              requireOnScale(fields.path("adequate"), a, scale);
              expectation.adequate(a);
            });
    fields
        .optionalNumber("desired")
        .ifPresent(
            d -> {
              requireOnScale(fields.path("desired"), d, scale);
              expectation.desired(d);
            });
    fields.optionalNumber("importance").ifPresent(expectation::importance);
    fields.end();
    return build(fields.path(), expectation::build);
  }

  private static void requireOnScale(String path, double value, Scale scale) {
    if (!scale.contains(value)) {
      throw new JsonFormatException(path, "value " + value + " is outside the scale " + scale);
    }
  }

  /** Runs a domain constructor, reporting its validation failure at {@code path}. */
  static <T> T build(String path, java.util.function.Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      if (e instanceof JsonFormatException) {
        throw e;
      }
      throw new JsonFormatException(
          path, java.util.Objects.requireNonNullElse(e.getMessage(), "invalid value"), e);
    }
  }
}
