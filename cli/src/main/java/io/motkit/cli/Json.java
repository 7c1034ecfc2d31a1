package io.motkit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;

/** Writes the commands' JSON: plain, unrounded numbers, one document per call. */
final class Json {

  static final ObjectMapper MAPPER = io.motkit.core.internal.JsonText.mapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static void print(PrintWriter out, Object node) {
    try {
      out.println(io.motkit.core.internal.JsonText.indented().writeValueAsString(node));
      out.flush();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
