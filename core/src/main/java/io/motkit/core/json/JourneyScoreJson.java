package io.motkit.core.json;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.core.JourneyScore;
import io.motkit.core.MomentContribution;
import io.motkit.core.internal.StrictJsonObject;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Reads and writes {@link JourneyScore journey scores} in motkit's JSON form ({@code
 * docs/json-format.md}): provenance, value and explanation. Reading is strict, like {@link
 * JourneyJson}. Thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class JourneyScoreJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JourneyScoreJson() {}

  /**
   * Writes a score as a compact JSON document.
   *
   * @param score the score
   * @return the score as one JSON object
   */
  public static String write(JourneyScore score) {
    return Mapper.write(toTree(score));
  }

  /** The JSON tree of a score. */
  static ObjectNode toTree(JourneyScore score) {
    ObjectNode root = NODES.objectNode();
    root.put("journey", score.journeyId());
    root.put("scorer", score.scorerId());
    root.put("version", score.version());
    ObjectNode parameters = root.putObject("parameters");
    score.parameters().forEach(parameters::put);
    root.put("value", score.value());
    ArrayNode contributions = root.putArray("contributions");
    for (MomentContribution c : score.contributions()) {
      ObjectNode node = contributions.addObject();
      node.put("index", c.index());
      node.put("touchpoint", c.touchpointId());
      node.put("input", c.input());
      node.put("weight", c.weight());
      node.put("contribution", c.contribution());
    }
    ObjectNode roles = root.putObject("roles");
    for (Map.Entry<String, List<Integer>> role : score.roles().entrySet()) {
      ArrayNode indices = roles.putArray(role.getKey());
      role.getValue().forEach(indices::add);
    }
    ObjectNode details = root.putObject("details");
    score.details().forEach(details::put);
    return root;
  }

  /**
   * Reads one score from a JSON document.
   *
   * @param json the JSON text
   * @return the score
   * @throws JsonFormatException naming the JSON path of the first problem
   */
  public static JourneyScore read(String json) {
    return read(new StringReader(json));
  }

  /**
   * Reads one score from a JSON document.
   *
   * @param reader the text to read
   * @return the score
   * @throws JsonFormatException naming the JSON path of the first problem
   * @throws java.io.UncheckedIOException if the reader fails
   */
  public static JourneyScore read(Reader reader) {
    return fromTree(Mapper.parse(reader));
  }

  /**
   * Reads one score from a parsed JSON tree.
   *
   * @throws JsonFormatException naming the JSON path of the first problem
   */
  static JourneyScore fromTree(JsonNode node) {
    StrictJsonObject root = StrictJsonObject.of(node, "$");
    JourneyScore.Builder score =
        JourneyScore.builder()
            .journeyId(root.text("journey"))
            .scorerId(root.text("scorer"))
            .version(root.text("version"))
            .putAllParameters(root.textMap("parameters"))
            .value(root.number("value"));
    List<JsonNode> contributions = root.array("contributions");
    for (int i = 0; i < contributions.size(); i++) {
      StrictJsonObject c =
          StrictJsonObject.of(
              contributions.get(i), StrictJsonObject.element(root.path("contributions"), i));
      int index = c.integer("index");
      String touchpoint = c.text("touchpoint");
      double input = c.number("input");
      double weight = c.number("weight");
      double contribution = c.number("contribution");
      c.end();
      MomentContribution read =
          JourneyJson.build(
              c.path(), () -> MomentContribution.of(index, touchpoint, input, weight));
      if (Double.compare(read.contribution(), contribution) != 0) {
        throw new JsonFormatException(
            c.path("contribution"),
            "contribution " + contribution + " is not weight * input = " + read.contribution());
      }
      score.addContribution(read);
    }
    for (Map.Entry<String, JsonNode> role : root.entries("roles").entrySet()) {
      String at = StrictJsonObject.child(root.path("roles"), role.getKey());
      if (!role.getValue().isArray()) {
        throw new JsonFormatException(
            at,
            "expected an array of moment indices, found "
                + StrictJsonObject.describe(role.getValue()));
      }
      int i = 0;
      for (JsonNode index : role.getValue()) {
        if (!index.isIntegralNumber() || !index.canConvertToInt() || index.intValue() < 0) {
          throw new JsonFormatException(
              StrictJsonObject.element(at, i),
              "expected a moment index >= 0, found " + StrictJsonObject.describe(index));
        }
        score.putRole(role.getKey(), index.intValue());
        i++;
      }
    }
    score.putAllDetails(root.numberMap("details"));
    root.end();
    return JourneyJson.build("$", score::build);
  }
}
