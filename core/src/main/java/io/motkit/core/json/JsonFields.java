package io.motkit.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Strict access to the fields of one JSON object: each read names the field's JSON path when the
 * field is missing or of the wrong type, and {@link #end()} rejects the fields nobody read.
 */
final class JsonFields {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final JsonNode node;
  private final String path;
  private final Set<String> read = new HashSet<>();

  private JsonFields(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  static JsonFields of(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw new JsonFormatException(path, "expected an object, found " + describe(node));
    }
    return new JsonFields(node, path);
  }

  static String child(String path, String field) {
    return IDENTIFIER.matcher(field).matches()
        ? path + "." + field
        : path + "['" + field.replace("'", "\\'") + "']";
  }

  static String element(String path, int index) {
    return path + "[" + index + "]";
  }

  String path() {
    return path;
  }

  String path(String field) {
    return child(path, field);
  }

  private Optional<JsonNode> optional(String field) {
    read.add(field);
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  private JsonNode required(String field) {
    return optional(field)
        .orElseThrow(() -> new JsonFormatException(path(field), "required field is missing"));
  }

  String text(String field) {
    return asText(required(field), path(field));
  }

  Optional<String> optionalText(String field) {
    return optional(field).map(v -> asText(v, path(field)));
  }

  double number(String field) {
    return asNumber(required(field), path(field));
  }

  OptionalDouble optionalNumber(String field) {
    Optional<JsonNode> value = optional(field);
    return value.isPresent()
        ? OptionalDouble.of(asNumber(value.get(), path(field)))
        : OptionalDouble.empty();
  }

  int integer(String field) {
    JsonNode value = required(field);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new JsonFormatException(path(field), "expected a whole number, found " + describe(value));
    }
    return value.intValue();
  }

  boolean bool(String field) {
    JsonNode value = required(field);
    if (!value.isBoolean()) {
      throw new JsonFormatException(path(field), "expected true or false, found " + describe(value));
    }
    return value.booleanValue();
  }

  JsonFields object(String field) {
    return of(required(field), path(field));
  }

  Optional<JsonFields> optionalObject(String field) {
    return optional(field).map(v -> of(v, path(field)));
  }

  /** The elements of an array field; absent means empty. */
  List<JsonNode> array(String field) {
    Optional<JsonNode> value = optional(field);
    if (value.isEmpty()) {
      return List.of();
    }
    if (!value.get().isArray()) {
      throw new JsonFormatException(path(field), "expected an array, found " + describe(value.get()));
    }
    List<JsonNode> elements = new ArrayList<>();
    value.get().forEach(elements::add);
    return elements;
  }

  /** An object field whose values are all numbers; absent means empty. */
  Map<String, Double> numberMap(String field) {
    Map<String, Double> result = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : entries(field).entrySet()) {
      result.put(e.getKey(), asNumber(e.getValue(), child(path(field), e.getKey())));
    }
    return result;
  }

  /** An object field whose values are all strings; absent means empty. */
  Map<String, String> textMap(String field) {
    Map<String, String> result = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : entries(field).entrySet()) {
      result.put(e.getKey(), asText(e.getValue(), child(path(field), e.getKey())));
    }
    return result;
  }

  /** The members of an object field, in document order; absent means empty. */
  Map<String, JsonNode> entries(String field) {
    Optional<JsonNode> value = optional(field);
    if (value.isEmpty()) {
      return Map.of();
    }
    if (!value.get().isObject()) {
      throw new JsonFormatException(path(field), "expected an object, found " + describe(value.get()));
    }
    ImmutableMap.Builder<String, JsonNode> result = ImmutableMap.builder();
    value.get().fields().forEachRemaining(e -> result.put(e.getKey(), e.getValue()));
    return result.build();
  }

  /** Rejects any field that was not read. */
  void end() {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!read.contains(name)) {
        throw new JsonFormatException(
            path(name), "unknown field; valid fields here are " + new TreeSet<>(read));
      }
    }
  }

  static String asText(JsonNode value, String path) {
    if (!value.isTextual()) {
      throw new JsonFormatException(path, "expected a string, found " + describe(value));
    }
    return value.textValue();
  }

  static double asNumber(JsonNode value, String path) {
    if (!value.isNumber()) {
      throw new JsonFormatException(path, "expected a number, found " + describe(value));
    }
    double number = value.doubleValue();
    if (!Double.isFinite(number)) {
      throw new JsonFormatException(path, "number is out of range: " + value);
    }
    return number;
  }

  static String describe(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "nothing";
    }
    String text = value.toString();
    return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
        + " "
        + (text.length() > 60 ? text.substring(0, 57) + "..." : text);
  }
}
