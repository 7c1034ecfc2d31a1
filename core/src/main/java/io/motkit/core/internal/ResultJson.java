package io.motkit.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.core.ConfidenceInterval;
import io.motkit.core.analysis.InputSummary;
import io.motkit.core.analysis.Provenance;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The JSON documents of analysis results, for motkit's own modules: a root object that starts with
 * the provenance, written indented with snake_case names. Applications use {@link
 * io.motkit.core.analysis.AnalysisResult#writeJson} instead.
 */
public final class ResultJson {

  private static final ObjectMapper MAPPER = JsonText.mapper();

  private ResultJson() {}

  /**
   * A new root object whose first member is {@code provenance}.
   *
   * @param provenance where the result came from
   * @return a new root object whose first member is {@code provenance}
   */
  public static ObjectNode document(Provenance provenance) {
    ObjectNode root = MAPPER.createObjectNode();
    root.set("provenance", provenance(provenance));
    return root;
  }

  /**
   * A new empty object.
   *
   * @return a new empty object
   */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * The provenance as JSON.
   *
   * @param provenance where the result came from
   * @return the provenance as JSON
   */
  public static ObjectNode provenance(Provenance provenance) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("analysis", provenance.analysis());
    ObjectNode settings = node.putObject("settings");
    provenance.settings().forEach(settings::put);
    node.put("motkit_version", provenance.version());
    var inputs = node.putArray("inputs");
    for (InputSummary input : provenance.inputs()) {
      ObjectNode i = inputs.addObject();
      i.put("name", input.name());
      i.put("rows_read", input.rowsRead());
      i.put("rows_accepted", input.rowsAccepted());
      i.put("rows_rejected", input.rowsRejected());
      input.sha256().ifPresent(h -> i.put("sha256", h));
    }
    return node;
  }

  /**
   * An object that a public {@code toJson()} wrote as text, to be embedded in a result document.
   *
   * @param json the JSON text
   * @return an object that a public {@code toJson()} wrote as text, to be embedded in a result
   *     document
   * @throws IllegalArgumentException if the text is not one JSON object
   */
  public static ObjectNode parseObject(String json) {
    try {
      com.fasterxml.jackson.databind.JsonNode node = MAPPER.readTree(json);
      if (node instanceof ObjectNode) {
        return (ObjectNode) node;
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON object: " + JsonText.problem(e), e);
    }
    throw new IllegalArgumentException("not a JSON object");
  }

  /**
   * Writes {@code root} indented, with a final line break.
   *
   * @param root the document
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void write(ObjectNode root, Writer out) throws IOException {
    requireFinite(root, "");
    out.write(JsonText.indented().writeValueAsString(root));
    out.write('\n');
  }

  /**
   * Fails if the document holds a number that is not finite, naming its JSON Pointer: such a value
   * is never written, neither as a number nor as a string.
   *
   * @param node the document or a part of it
   * @param path the JSON Pointer of {@code node}
   * @throws IllegalArgumentException naming the first such value
   */
  public static void requireFinite(com.fasterxml.jackson.databind.JsonNode node, String path) {
    if (node.isNumber() && !Double.isFinite(node.doubleValue()) && node.isFloatingPointNumber()) {
      throw new IllegalArgumentException(
          "the result's value at "
              + (path.isEmpty() ? "/" : path)
              + " is not a finite number ("
              + node.doubleValue()
              + "): the arithmetic overflowed; no such value is written");
    }
    if (node.isObject()) {
      var fields = node.fields();
      while (fields.hasNext()) {
        var field = fields.next();
        requireFinite(
            field.getValue(), path + "/" + field.getKey().replace("~", "~0").replace("/", "~1"));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        requireFinite(node.get(i), path + "/" + i);
      }
    }
  }

  /**
   * Sets {@code field} to the value when there is one; leaves it out when there is none, as every
   * result writes a figure that cannot be computed.
   *
   * @param node the object
   * @param field the field's name
   * @param value the value, if any
   */
  public static void putOptional(ObjectNode node, String field, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(field, value.getAsDouble());
    }
  }

  /**
   * Sets {@code <prefix>_ci_low} and {@code <prefix>_ci_high}, the one way every result writes an
   * interval in JSON; leaves both out when there is no interval.
   *
   * @param node the object
   * @param prefix the figure's name
   * @param interval the interval, if any
   */
  public static void putInterval(
      ObjectNode node, String prefix, Optional<ConfidenceInterval> interval) {
    interval.ifPresent(
        ci -> node.put(prefix + "_ci_low", ci.low()).put(prefix + "_ci_high", ci.high()));
  }
}
