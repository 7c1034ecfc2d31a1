package io.motkit.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/** The media types the endpoints accept, and the 415 for a body of another type. */
final class MediaTypes {

  static final List<String> JSON = List.of("application/json");
  static final List<String> JSON_LINES = List.of("application/x-ndjson", "application/jsonl");
  static final List<String> CSV = List.of("text/csv");

  private MediaTypes() {}

  /** Refuses a request whose Content-Type is missing, not one of {@code accepted}, or not UTF-8. */
  static void require(Context ctx, List<String> accepted) {
    String header = ctx.contentType();
    if (header == null || header.isBlank()) {
      throw unsupported(
          "the request has no Content-Type; send " + String.join(" or ", accepted), accepted);
    }
    // Empty parameters (a trailing ";") carry nothing.
    String[] parts = header.split(";", -1);
    String type = parts[0].trim().toLowerCase(Locale.ROOT);
    if (!accepted.contains(type)) {
      throw unsupported(
          "Content-Type '"
              + header
              + "' is not accepted here; send "
              + String.join(" or ", accepted),
          accepted);
    }
    for (int i = 1; i < parts.length; i++) {
      String[] parameter = parts[i].trim().split("=", 2);
      if (parameter[0].trim().equalsIgnoreCase("charset")
          && (parameter.length < 2
              || !parameter[1].trim().replace("\"", "").equalsIgnoreCase("utf-8"))) {
        throw unsupported("the body must be UTF-8, found Content-Type '" + header + "'", accepted);
      }
    }
  }

  private static ProblemException unsupported(String detail, List<String> accepted) {
    return Problem.of(415, "unsupported-media-type", "Unsupported media type", detail)
        .with("accepted", accepted)
        .asException();
  }
}
