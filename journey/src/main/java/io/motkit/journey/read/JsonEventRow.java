package io.motkit.journey.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.motkit.core.csv.InputFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** A JSON Lines row seen through {@link EventRow}; numbers must be JSON numbers. */
final class JsonEventRow implements EventRow {
  private static final Set<String> NUMERIC =
      Set.of(
          "value",
          "duration_s",
          "expected",
          "adequate",
          "desired",
          "importance",
          "appearance",
          "behaviour",
          "communication");

  /** Strict as the journey form is: no duplicate keys, no NaN, nothing after the object. */
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .build();

  private final String source;
  private final long line;
  private final java.util.Map<String, String> values;
  List<String> attributeNames = List.of();

  private JsonEventRow(String source, long line, java.util.Map<String, String> values) {
    this.source = source;
    this.line = line;
    this.values = values;
  }

  /** One line: a flat JSON object of strings and numbers (null for an absent value), streamed. */
  static JsonEventRow parse(String source, long line, String text) {
    java.util.Map<String, String> values = new java.util.HashMap<>();
    try (JsonParser parser = JSON.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new InputFormatException(source, line, "", "", "each line must be one JSON object");
      }
      for (JsonToken token = parser.nextToken();
          token != JsonToken.END_OBJECT;
          token = parser.nextToken()) {
        String key = parser.currentName();
        JsonToken value = parser.nextToken();
        if (NUMERIC.contains(key) && value != JsonToken.VALUE_NULL && !value.isNumeric()) {
          throw new InputFormatException(
              source, line, key, parser.getText(), "expected a JSON number");
        }
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
          throw new InputFormatException(
              source,
              line,
              key,
              "",
              "expected a string or a number, not "
                  + (value == JsonToken.START_OBJECT ? "an object" : "an array"));
        }
        String field = parser.getText();
        if (value == JsonToken.VALUE_STRING
            && io.motkit.core.internal.JsonText.unpaired(field).isPresent()) {
          // An escape such as \ud800 alone is no character: as text it cannot be written as
          // UTF-8, and two such ids would print alike.
          throw new InputFormatException(
              source,
              line,
              key,
              "",
              "the text holds an unpaired surrogate escape (\\ud800 to \\udfff), which is not a"
                  + " character");
        }
        values.put(
            key, value == JsonToken.VALUE_NULL ? "" : value.isNumeric() ? field : field.trim());
      }
      if (parser.nextToken() != null) {
        throw new InputFormatException(
            source, line, "", "", "text after the JSON object; a line holds one object");
      }
    } catch (JsonProcessingException e) {
      throw new InputFormatException(
          source, line, "", "", "malformed JSON: " + io.motkit.core.internal.JsonText.problem(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new JsonEventRow(source, line, values);
  }

  /** Whether the column's values must be JSON numbers. */
  static boolean isNumeric(String column) {
    return NUMERIC.contains(column);
  }

  java.util.Set<String> keys() {
    return values.keySet();
  }

  @Override
  public long line() {
    return line;
  }

  private String text(String column) {
    return values.getOrDefault(column, "");
  }

  @Override
  public String get(EventColumn column) {
    return text(column.column);
  }

  @Override
  public String attribute(int index) {
    return text(attributeNames.get(index));
  }

  @Override
  public InputFormatException error(EventColumn column, String message) {
    return new InputFormatException(source, line, column.column, get(column), message);
  }
}
