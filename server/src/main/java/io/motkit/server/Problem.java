package io.motkit.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem detail: the HTTP status, a stable type (a URN naming the kind of problem), a
 * short title, the detail of this occurrence, and extension members that say where the problem is
 * (a JSON path, a line and column, a parameter, a journey id). Never a stack trace.
 */
final class Problem {

  /** The media type of a problem document. */
  static final String MEDIA_TYPE = "application/problem+json";

  private final int status;
  private final String type;
  private final String title;
  private final String detail;
  private final Map<String, Object> extensions = new LinkedHashMap<>();

  private Problem(int status, String slug, String title, String detail) {
    this.status = status;
    this.type = "urn:motkit:problem:" + slug;
    this.title = title;
    this.detail = detail;
  }

  /** A problem of HTTP status {@code status}, kind {@code slug}. */
  static Problem of(int status, String slug, String title, String detail) {
    return new Problem(status, slug, title, detail);
  }

  /** This problem with one more extension member. */
  Problem with(String member, Object value) {
    extensions.put(member, value);
    return this;
  }

  int status() {
    return status;
  }

  String detail() {
    return detail;
  }

  /** The problem as a JSON object, with {@code instance} the request path. */
  ObjectNode toJson(String instance) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("type", type);
    node.put("title", title);
    node.put("status", status);
    node.put("detail", detail);
    node.put("instance", instance);
    extensions.forEach((member, value) -> node.set(member, ServerJson.MAPPER.valueToTree(value)));
    return node;
  }

  /** The exception that carries this problem to the error handler. */
  ProblemException asException() {
    return new ProblemException(this);
  }
}
