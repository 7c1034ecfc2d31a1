package io.motkit.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * The one Jackson mapper motkit reads and writes with: strict about duplicates and trailing text.
 */
final class Mapper {

  static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private Mapper() {}

  static JsonNode parse(Reader reader) {
    try {
      JsonNode node = JSON.readTree(reader);
      if (node == null || node.isMissingNode()) {
        throw new JsonFormatException("$", "the input is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new JsonFormatException(
          "$", "malformed JSON: " + e.getOriginalMessage() + location(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }

  static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree motkit built itself", e);
    }
  }
}
