package io.motkit.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import io.motkit.core.json.JsonFormatException;
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
 * Strict access to the fields of one JSON object, for readers of motkit's JSON forms: each read
 * names the field's JSON path in a {@link JsonFormatException} when the field is missing or of the
 * wrong type, and {@link #end()} rejects the fields nobody read. Not thread-safe; use one per
 * object read.
 */
public final class StrictJsonObject {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final JsonNode node;
  private final String path;
  private final Set<String> read = new HashSet<>();

  private StrictJsonObject(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /**
   * The object at {@code path}.
   *
   * @param node the node
   * @param path the file
   * @return the object at {@code path}
   * @throws JsonFormatException if {@code node} is not an object
   */
  public static StrictJsonObject of(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw new JsonFormatException(path, "expected an object, found " + describe(node));
    }
    return new StrictJsonObject(node, path);
  }

  /**
   * The JSON path of {@code field} under {@code path}: {@code $.a.b} or {@code $.a['b c']}.
   *
   * @param path the file
   * @param field the field
   * @return the JSON path of {@code field} under {@code path}: {@code $.a.b} or {@code $.a['b c']}
   */
  public static String child(String path, String field) {
    return IDENTIFIER.matcher(field).matches()
        ? path + "." + field
        : path + "['" + field.replace("'", "\\'") + "']";
  }

  /**
   * The JSON path of element {@code index} of the array at {@code path}.
   *
   * @param path the file
   * @param index the index
   * @return the JSON path of element {@code index} of the array at {@code path}
   */
  public static String element(String path, int index) {
    return path + "[" + index + "]";
  }

  /**
   * This object's JSON path.
   *
   * @return this object's JSON path
   */
  public String path() {
    return path;
  }

  /**
   * The JSON path of one of this object's fields.
   *
   * @param field the field
   * @return the JSON path of one of this object's fields
   */
  public String path(String field) {
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

  /**
   * A required string field.
   *
   * @param field the field
   * @return a required string field
   */
  public String text(String field) {
    return asText(required(field), path(field));
  }

  /**
   * An optional string field; null counts as absent.
   *
   * @param field the field
   * @return an optional string field; null counts as absent
   */
  public Optional<String> optionalText(String field) {
    return optional(field).map(v -> asText(v, path(field)));
  }

  /**
   * A required finite number field.
   *
   * @param field the field
   * @return a required finite number field
   */
  public double number(String field) {
    return asNumber(required(field), path(field));
  }

  /**
   * An optional finite number field.
   *
   * @param field the field
   * @return an optional finite number field
   */
  public OptionalDouble optionalNumber(String field) {
    Optional<JsonNode> value = optional(field);
    return value.isPresent()
        ? OptionalDouble.of(asNumber(value.get(), path(field)))
        : OptionalDouble.empty();
  }

  /**
   * A required whole-number field that fits an int.
   *
   * @param field the field
   * @return a required whole-number field that fits an int
   */
  public int integer(String field) {
    JsonNode value = required(field);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new JsonFormatException(
          path(field), "expected a whole number, found " + describe(value));
    }
    return value.intValue();
  }

  /**
   * A required boolean field.
   *
   * @param field the field
   * @return a required boolean field
   */
  public boolean bool(String field) {
    JsonNode value = required(field);
    if (!value.isBoolean()) {
      throw new JsonFormatException(
          path(field), "expected true or false, found " + describe(value));
    }
    return value.booleanValue();
  }

  /**
   * An optional boolean field.
   *
   * @param field the field
   * @return an optional boolean field
   */
  public Optional<Boolean> optionalBool(String field) {
    Optional<JsonNode> value = optional(field);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!value.get().isBoolean()) {
      throw new JsonFormatException(
          path(field), "expected true or false, found " + describe(value.get()));
    }
    return Optional.of(value.get().booleanValue());
  }

  /**
   * A required object field.
   *
   * @param field the field
   * @return a required object field
   */
  public StrictJsonObject object(String field) {
    return of(required(field), path(field));
  }

  /**
   * An optional object field.
   *
   * @param field the field
   * @return an optional object field
   */
  public Optional<StrictJsonObject> optionalObject(String field) {
    return optional(field).map(v -> of(v, path(field)));
  }

  /**
   * The elements of an array field; absent means empty.
   *
   * @param field the field
   * @return the elements of an array field; absent means empty
   */
  public List<JsonNode> array(String field) {
    Optional<JsonNode> value = optional(field);
    if (value.isEmpty()) {
      return List.of();
    }
    if (!value.get().isArray()) {
      throw new JsonFormatException(
          path(field), "expected an array, found " + describe(value.get()));
    }
    List<JsonNode> elements = new ArrayList<>();
    value.get().forEach(elements::add);
    return elements;
  }

  /**
   * An object field whose values are all numbers; absent means empty.
   *
   * @param field the field
   * @return an object field whose values are all numbers; absent means empty
   */
  public Map<String, Double> numberMap(String field) {
    Map<String, Double> result = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : entries(field).entrySet()) {
      result.put(e.getKey(), asNumber(e.getValue(), child(path(field), e.getKey())));
    }
    return result;
  }

  /**
   * An object field whose values are all strings; absent means empty.
   *
   * @param field the field
   * @return an object field whose values are all strings; absent means empty
   */
  public Map<String, String> textMap(String field) {
    Map<String, String> result = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : entries(field).entrySet()) {
      result.put(e.getKey(), asText(e.getValue(), child(path(field), e.getKey())));
    }
    return result;
  }

  /**
   * The members of an object field, in document order; absent means empty.
   *
   * @param field the field
   * @return the members of an object field, in document order; absent means empty
   */
  public Map<String, JsonNode> entries(String field) {
    Optional<JsonNode> value = optional(field);
    if (value.isEmpty()) {
      return Map.of();
    }
    if (!value.get().isObject()) {
      throw new JsonFormatException(
          path(field), "expected an object, found " + describe(value.get()));
    }
    ImmutableMap.Builder<String, JsonNode> result = ImmutableMap.builder();
    value.get().fields().forEachRemaining(e -> result.put(e.getKey(), e.getValue()));
    return result.build();
  }

  /**
   * Rejects any field that was not read.
   *
   * @throws JsonFormatException naming the first unknown field and listing the known ones
   */
  public void end() {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!read.contains(name)) {
        throw new JsonFormatException(
            path(name), "unknown field; valid fields here are " + new TreeSet<>(read));
      }
    }
  }

  /**
   * {@code value} as a string, or an error at {@code path}.
   *
   * @param value the value
   * @param path the file
   * @return {@code value} as a string, or an error at {@code path}
   */
  public static String asText(JsonNode value, String path) {
    if (!value.isTextual()) {
      throw new JsonFormatException(path, "expected a string, found " + describe(value));
    }
    return value.textValue();
  }

  /**
   * {@code value} as a finite number, or an error at {@code path}.
   *
   * @param value the value
   * @param path the file
   * @return {@code value} as a finite number, or an error at {@code path}
   */
  public static double asNumber(JsonNode value, String path) {
    if (!value.isNumber()) {
      throw new JsonFormatException(path, "expected a number, found " + describe(value));
    }
    double number = value.doubleValue();
    if (!Double.isFinite(number)) {
      throw new JsonFormatException(path, "number is out of range: " + value);
    }
    return number;
  }

  /**
   * A short description of a JSON value for messages: its type and text.
   *
   * @param value the value
   * @return a short description of a JSON value for messages: its type and text
   */
  public static String describe(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "nothing";
    }
    String text = value.toString();
    return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
        + " "
        + (text.length() > 60 ? text.substring(0, 57) + "..." : text);
  }
}
