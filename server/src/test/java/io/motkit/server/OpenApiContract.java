package io.motkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks real responses against the server's own OpenAPI document: the status must be documented
 * for the operation, the media type must match, and the body must validate against the documented
 * JSON Schema (2020-12, as OpenAPI 3.1 uses). Records which operations were exercised.
 */
final class OpenApiContract {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private final JsonNode document;
  private final JsonNode definitions;
  private final Set<String> exercised = ConcurrentHashMap.newKeySet();

  OpenApiContract(String document) throws Exception {
    this.document = JSON.readTree(document);
    this.definitions =
        JSON.readTree(rewrite(this.document.path("components").path("schemas").toString()));
  }

  /** Every operation of the document, as {@code METHOD path}. */
  Set<String> operations() {
    Set<String> operations = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      path.getValue()
          .fields()
          .forEachRemaining(
              m -> {
                // A scorer's own path is an instance of the templated one, exercised through it.
                if (!m.getValue().has("x-motkit-instance-of")) {
                  operations.add(
                      m.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                }
              });
    }
    return operations;
  }

  Set<String> exercised() {
    return exercised;
  }

  /** Checks one response of operation {@code method path} (the path as documented, with {id}). */
  void check(String method, String path, int status, String contentType, String body)
      throws Exception {
    JsonNode operation =
        document.path("paths").path(path).path(method.toLowerCase(java.util.Locale.ROOT));
    assertThat(operation.isMissingNode()).as(method + " " + path + " is documented").isFalse();
    JsonNode response = operation.path("responses").path(Integer.toString(status));
    assertThat(response.isMissingNode())
        .as(method + " " + path + " documents status " + status)
        .isFalse();
    exercised.add(method + " " + path);
    String mediaType = contentType.split(";", -1)[0].trim();
    JsonNode content = response.path("content").path(mediaType);
    assertThat(content.isMissingNode())
        .as(
            method
                + " "
                + path
                + " "
                + status
                + " documents "
                + mediaType
                + " (has "
                + response.path("content")
                + ")")
        .isFalse();
    if (content.has("x-motkit-line-schema")) {
      for (String line : body.lines().toList()) {
        assertValid(content.get("x-motkit-line-schema"), line, method + " " + path + " line");
      }
    } else if (mediaType.endsWith("json")) {
      assertValid(content.get("schema"), body, method + " " + path + " " + status);
    }
  }

  private void assertValid(JsonNode schema, String body, String what) throws Exception {
    ObjectNode standalone = (ObjectNode) JSON.readTree(rewrite(schema.toString()));
    standalone.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    standalone.set("$defs", definitions);
    Schema compiled = SCHEMAS.getSchema(standalone.toString(), InputFormat.JSON);
    List<Error> errors = new ArrayList<>(compiled.validate(body, InputFormat.JSON));
    assertThat(errors).as(what + ": " + abbreviate(body)).isEmpty();
  }

  private static String rewrite(String schema) {
    return schema.replace("#/components/schemas/", "#/$defs/");
  }

  private static String abbreviate(String body) {
    return body.length() > 400 ? body.substring(0, 400) + "..." : body;
  }
}
