package io.motkit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.core.ConfidenceInterval;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.OptionalDouble;

/** Writes the commands' JSON: plain, unrounded numbers, one document per call. */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  static final ObjectMapper COMPACT = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static void print(PrintWriter out, Object node) {
    try {
      out.println(MAPPER.writeValueAsString(node));
      out.flush();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  static void put(ObjectNode node, String field, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(field, value.getAsDouble());
    }
  }

  static void putInterval(ObjectNode node, String prefix, Optional<ConfidenceInterval> interval) {
    interval.ifPresent(
        ci -> {
          node.put(prefix + "_ci_low", ci.low());
          node.put(prefix + "_ci_high", ci.high());
        });
  }
}
