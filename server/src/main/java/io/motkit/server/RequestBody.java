package io.motkit.server;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads request bodies within the server's limits: a declared length over the limit is refused
 * before a byte is read, an undeclared one is counted as it arrives, the whole body must arrive
 * before the request's deadline (a client that trickles bytes is cut off), and text must be valid
 * UTF-8: an invalid byte is a 400 naming its line and offset, never a replacement character.
 */
final class RequestBody {

  private RequestBody() {}

  /** Refuses a request whose declared length exceeds {@code limit} (413). */
  static void requireDeclaredLength(HttpServletRequest request, long limit) {
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      throw tooLarge(limit, "declares " + declared + " bytes").asException();
    }
  }

  /** The body as text, read within {@code limit} bytes and before {@code deadlineNanos}. */
  static String text(HttpServletRequest request, long limit, long deadlineNanos)
      throws IOException {
    requireDeclaredLength(request, limit);
    InputStream in = request.getInputStream();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        total += n;
        if (total > limit) {
          throw tooLarge(limit, "sent more").asException();
        }
        if (System.nanoTime() > deadlineNanos) {
          throw timedOut().asException();
        }
        bytes.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw unreadable(e).asException();
    }
    byte[] all = bytes.toByteArray();
    return decode(all, 0, all.length, 1);
  }

  /**
   * Decodes {@code bytes[from, to)} as strict UTF-8; {@code firstLine} is the line number of the
   * first byte, for the message.
   */
  static String decode(byte[] bytes, int from, int to, long firstLine) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    CharBuffer out = CharBuffer.allocate(to - from + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      long line = firstLine;
      int lineStart = from;
      for (int i = from; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw Problem.of(
              400,
              "invalid-utf8",
              "Invalid UTF-8",
              "line "
                  + line
                  + ", byte "
                  + (offset - lineStart + 1)
                  + ": the body is not valid UTF-8 (byte 0x"
                  + String.format("%02x", bytes[offset] & 0xff)
                  + ")")
          .with("line", line)
          .asException();
    }
    out.flip();
    return out.toString();
  }

  static Problem tooLarge(long limit, String what) {
    return Problem.of(
            413,
            "body-too-large",
            "Content too large",
            "the body " + what + "; the limit is " + limit + " bytes")
        .with("limit", limit);
  }

  /**
   * The problem of a body that could not be read: the connection's idle timeout (408), or a client
   * that went away (400, which it will not see).
   */
  static Problem unreadable(IOException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.util.concurrent.TimeoutException
          || cause instanceof java.net.SocketTimeoutException) {
        return timedOut();
      }
    }
    return Problem.of(
        400,
        "unreadable-body",
        "Unreadable body",
        "the body could not be read: the connection ended early");
  }

  static Problem timedOut() {
    return Problem.of(
        408,
        "request-timeout",
        "Request timeout",
        "the request did not arrive within the request timeout");
  }
}
