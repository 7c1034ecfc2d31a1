package io.motkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.core.Version;
import io.motkit.core.scoring.ParameterSpec;
import io.motkit.core.scoring.ScorerProvider;
import io.motkit.core.scoring.ScorerRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI 3.1 description of a running server, made from its declarations: the hand-written
 * operations and schemas of {@code openapi.json}, plus one path per registered scorer for scoring
 * and for batches whose query parameters are that scorer's {@link ParameterSpec}s (type, range,
 * choices, default), the full journey schema, an example request, the running version, and the
 * server's own address.
 */
final class OpenApiDocument {

  private OpenApiDocument() {}

  /** An example journey of the JSON form, for the scoring operations. */
  private static final String EXAMPLE =
      "{\"id\":\"owner-0001\",\"scale\":{\"min\":1,\"max\":7,\"neutral\":4,"
          + "\"higher_is_better\":true},\"moments\":["
          + "{\"touchpoint\":\"fee-notice\",\"start\":\"2024-03-01T09:00:00Z\",\"value\":2},"
          + "{\"touchpoint\":\"repair-visit\",\"start\":\"2024-03-04T14:00:00Z\","
          + "\"duration\":\"PT45M\",\"value\":6}]}";

  /**
   * The document for a server reached at {@code url} with the scorers of {@code registry}.
   *
   * @param registry the scorers served
   * @param url the address clients call, such as {@code https://10.0.0.5:8080}
   * @return the document as JSON text
   */
  static String of(ScorerRegistry registry, String url) {
    ObjectNode root = base();
    ((ObjectNode) root.get("info")).put("version", Version.current());
    root.putArray("servers").addObject().put("url", url);
    journeySchema((ObjectNode) root.path("components").path("schemas").path("Journey"));
    ObjectNode paths = (ObjectNode) root.get("paths");
    JsonNode score = paths.path("/v1/scorers/{id}/score").path("post");
    JsonNode batch = paths.path("/v1/scorers/{id}/batch").path("post");
    example((ObjectNode) score, "application/json", ServerJson.MAPPER.valueToTree(parse(EXAMPLE)));
    // One example per endpoint: the request where there is a body, else the answer.
    String lines = EXAMPLE + "\n" + EXAMPLE.replace("owner-0001", "owner-0002") + "\n";
    example(
        (ObjectNode) batch,
        "application/x-ndjson",
        ServerJson.MAPPER.getNodeFactory().textNode(lines));
    example(
        (ObjectNode) batch,
        "application/jsonl",
        ServerJson.MAPPER.getNodeFactory().textNode(lines));
    example(
        (ObjectNode) paths.path("/v1/analyses/{analysis}").path("post"),
        "text/csv",
        ServerJson.MAPPER
            .getNodeFactory()
            .textNode(
                "respondent,feature,functional,dysfunctional\n"
                    + "r1,online-payment,like,neutral\n"
                    + "r2,online-payment,like,live-with\n"));
    answerExample(paths, "/health", parse("{\"status\":\"up\"}"));
    answerExample(paths, "/ready", parse("{\"status\":\"ready\"}"));
    answerExample(
        paths,
        "/metrics",
        ServerJson.MAPPER
            .getNodeFactory()
            .textNode(
                "# TYPE motkit_journeys_scored_total counter\nmotkit_journeys_scored_total 42.0\n"));
    answerExample(
        paths,
        "/v1/scorers",
        parse(
            "[{\"id\":\"end\",\"description\":\"the end alone\",\"reference\":\"Kahneman et al."
                + " (1993)\",\"parameters\":[]}]"));
    answerExample(paths, "/openapi.json", parse("{\"openapi\":\"3.1.0\"}"));
    for (ScorerProvider provider : registry.providers()) {
      String id = provider.id();
      paths.set("/v1/scorers/" + id + "/score", scorerPath(score, provider, "score"));
      paths.set("/v1/scorers/" + id + "/batch", scorerPath(batch, provider, "batch"));
    }
    return root.toString();
  }

  private static ObjectNode base() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the server jar");
      }
      return (ObjectNode) ServerJson.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String json) {
    try {
      return ServerJson.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The templated operation made concrete for one scorer: its own parameters, no path one. */
  private static ObjectNode scorerPath(JsonNode template, ScorerProvider provider, String what) {
    ObjectNode operation = template.deepCopy();
    operation.put("operationId", what + "-" + provider.id());
    // The same operation as the templated path's, with this scorer's parameters.
    operation.put("x-motkit-instance-of", "/v1/scorers/{id}/" + what);
    operation.put(
        "summary",
        (what.equals("score") ? "Score one journey with " : "Score a batch with ") + provider.id());
    operation.put("description", provider.description());
    ArrayNode parameters = operation.putArray("parameters");
    for (ParameterSpec spec : provider.parameters()) {
      ObjectNode parameter = parameters.addObject();
      parameter.put("name", spec.name()).put("in", "query");
      parameter.put("required", spec.defaultValue().isEmpty() && !spec.choices().isEmpty());
      parameter.put("description", spec.description() + " (" + spec.range() + ")");
      parameter.set("schema", schema(spec));
    }
    ObjectNode path = ServerJson.MAPPER.createObjectNode();
    path.set("post", operation);
    return path;
  }

  /** The JSON Schema of one parameter's value, as a query parameter. */
  static ObjectNode schema(ParameterSpec spec) {
    ObjectNode schema = ServerJson.MAPPER.createObjectNode();
    switch (spec.type()) {
      case CHOICE:
        schema.put("type", "string");
        ArrayNode choices = schema.putArray("enum");
        spec.choices().forEach(choices::add);
        break;
      case NUMBER:
      case INTEGER:
        schema.put("type", spec.type() == ParameterSpec.Type.INTEGER ? "integer" : "number");
        spec.minimum()
            .ifPresent(
                min -> schema.put(spec.minimumExclusive() ? "exclusiveMinimum" : "minimum", min));
        spec.maximum()
            .ifPresent(
                max -> {
                  if (Double.isFinite(max)) {
                    schema.put("maximum", max);
                  }
                });
        break;
      default:
        schema.put("type", "string");
        break;
    }
    spec.defaultValue()
        .ifPresent(
            value -> {
              if (schema.path("type").asText().equals("string")) {
                schema.put("default", value);
              } else {
                try {
                  schema.put("default", Double.parseDouble(value));
                } catch (NumberFormatException e) {
                  schema.put("default", value);
                }
              }
            });
    return schema;
  }

  /** An example of the 200 answer of {@code GET path}, in its one media type. */
  private static void answerExample(ObjectNode paths, String path, JsonNode example) {
    JsonNode content = paths.path(path).path("get").path("responses").path("200").path("content");
    content
        .fields()
        .forEachRemaining(
            media -> {
              if (media.getValue().isObject()) {
                ((ObjectNode) media.getValue()).set("example", example);
              }
            });
  }

  private static void example(ObjectNode operation, String mediaType, JsonNode example) {
    JsonNode content = operation.path("requestBody").path("content").path(mediaType);
    if (content.isObject()) {
      ((ObjectNode) content).set("example", example);
    }
  }

  /** The journey form in full (docs/json-format.md): touchpoints and moments field by field. */
  private static void journeySchema(ObjectNode journey) {
    ObjectNode properties = (ObjectNode) journey.get("properties");
    ObjectNode level = ServerJson.MAPPER.createObjectNode().put("type", "number");
    ObjectNode expectation = ServerJson.MAPPER.createObjectNode().put("type", "object");
    expectation.putArray("required").add("expected");
    ObjectNode levels = expectation.putObject("properties");
    levels.set("expected", level);
    levels.set("adequate", level);
    levels.set("desired", level);
    levels.set(
        "importance", ServerJson.MAPPER.createObjectNode().put("type", "number").put("minimum", 0));
    expectation.put("additionalProperties", false);

    ObjectNode moment = ServerJson.MAPPER.createObjectNode().put("type", "object");
    moment.putArray("required").add("touchpoint").add("start").add("value");
    ObjectNode m = moment.putObject("properties");
    m.putObject("touchpoint").put("type", "string").put("description", "a touchpoint id");
    m.putObject("start").put("type", "string").put("format", "date-time");
    m.putObject("duration")
        .put("type", "string")
        .put("format", "duration")
        .put("description", "ISO-8601, not negative; PT0S when absent");
    m.putObject("value").put("type", "number").put("description", "on the journey's scale");
    m.putObject("aspects")
        .put("type", "object")
        .putObject("additionalProperties")
        .put("type", "number");
    m.putObject("aspect_weights")
        .put("type", "object")
        .putObject("additionalProperties")
        .put("type", "number")
        .put("minimum", 0);
    m.set("expectation", expectation.deepCopy());
    moment.put("additionalProperties", false);
    ObjectNode moments = (ObjectNode) properties.get("moments");
    moments.set("items", moment);

    ObjectNode touchpoint = ServerJson.MAPPER.createObjectNode().put("type", "object");
    touchpoint.putArray("required").add("id");
    ObjectNode t = touchpoint.putObject("properties");
    t.putObject("id").put("type", "string");
    t.putObject("name").put("type", "string");
    ObjectNode stage = t.putObject("stage").put("type", "object");
    stage.putArray("required").add("name").add("order");
    stage.putObject("properties").putObject("name").put("type", "string");
    ((ObjectNode) stage.get("properties")).putObject("order").put("type", "integer");
    stage.put("additionalProperties", false);
    ArrayNode channels = t.putObject("channel").put("type", "string").putArray("enum");
    for (String c : new String[] {"in-person", "phone", "sms", "app", "web", "mail", "other"}) {
      channels.add(c);
    }
    t.putObject("owner").put("type", "string");
    t.putObject("tags").put("type", "array").putObject("items").put("type", "string");
    touchpoint.put("additionalProperties", false);
    ((ObjectNode) properties.get("touchpoints")).set("items", touchpoint);

    ObjectNode expectations = (ObjectNode) properties.get("expectations");
    expectations.set("additionalProperties", expectation);
  }
}
