package io.motkit.server;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The id of a request, in the {@code X-Request-Id} header of every response, in every log line
 * written while answering it, and in every problem document: the client's own when it sent a
 * well-formed one (letters, digits and {@code . _ : -}, at most 128), else a new random UUID.
 */
final class RequestIds {

  /** The header that carries the id both ways. */
  static final String HEADER = "X-Request-Id";

  /** The request attribute holding the id. */
  static final String ATTRIBUTE = "motkit.request_id";

  /** The key of the id in the logging context. */
  static final String MDC_KEY = "request_id";

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private RequestIds() {}

  /** The client's id if it is well-formed, else a new one. */
  static String of(@Nullable String given) {
    return given != null && WELL_FORMED.matcher(given).matches()
        ? given
        : UUID.randomUUID().toString();
  }
}
