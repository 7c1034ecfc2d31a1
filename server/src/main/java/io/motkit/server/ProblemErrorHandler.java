package io.motkit.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * Errors that Jetty answers itself, before any route sees the request (a bad or repeated
 * Content-Length, a URI or headers too long, an HTTP version it does not speak, an illegal path),
 * as RFC 9457 problem documents like every other error, never as an HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      @Nullable String message,
      @Nullable Throwable cause,
      Callback callback)
      throws IOException {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    response.write(
        true, ByteBuffer.wrap(body(code, message, request.getHttpURI().getPath())), callback);
  }

  private static byte[] body(int status, @Nullable String message, @Nullable String path) {
    String title = HttpStatus.getMessage(status);
    String detail =
        message == null || message.isBlank() ? title : message.replaceAll("\\s+", " ").strip();
    return Problem.of(
            status,
            title.toLowerCase(Locale.ROOT).replace(' ', '-'),
            title,
            "the request was refused: " + detail)
        .toJson(path == null ? "" : path)
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }
}
