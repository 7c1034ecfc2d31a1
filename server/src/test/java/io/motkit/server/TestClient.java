package io.motkit.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Requests to a server on the loopback address, through the JDK's client or a raw socket. */
final class TestClient {

  /** A response: status, Content-Type and body text. */
  record Response(int status, String contentType, String body, HttpResponse<String> raw) {}

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final int port;

  TestClient(int port) {
    this.port = port;
  }

  Response get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  Response post(String path, String contentType, String body)
      throws IOException, InterruptedException {
    return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  Response post(String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request);
  }

  private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(
            request.timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Response(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body(),
        response);
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** A raw connection, for what a well-behaved client never sends. */
  Socket socket() throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
    socket.setSoTimeout(15_000);
    return socket;
  }

  /** Writes a request head. */
  static void head(OutputStream out, String method, String path, String... headers)
      throws IOException {
    StringBuilder head =
        new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    for (String header : headers) {
      head.append(header).append("\r\n");
    }
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** Reads a response head and returns its status line, or "" if the connection closed first. */
  static String statusLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      line.append((char) b);
    }
    return line.toString().trim();
  }

  /** Reads the rest of a response head up to the blank line; returns the headers in lower case. */
  static String headers(InputStream in) throws IOException {
    StringBuilder headers = new StringBuilder();
    StringBuilder line = new StringBuilder();
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        if (line.toString().trim().isEmpty()) {
          break;
        }
        headers.append(line.toString().trim().toLowerCase(Locale.ROOT)).append('\n');
        line.setLength(0);
      } else {
        line.append((char) b);
      }
    }
    return headers.toString();
  }

  /** A journey on 1..7, one moment a minute from 2024-03-01 09:00 UTC, touchpoints t0, t1... */
  static String journey(String id, double... values) {
    StringBuilder moments = new StringBuilder();
    Instant start = Instant.parse("2024-03-01T09:00:00Z");
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        moments.append(',');
      }
      moments.append(
          String.format(
              Locale.ROOT,
              "{\"touchpoint\":\"t%d\",\"start\":\"%s\",\"value\":%s}",
              i,
              start.plusSeconds(60L * i),
              values[i]));
    }
    return "{\"id\":\""
        + id
        + "\",\"scale\":{\"min\":1,\"max\":7,\"neutral\":4,\"higher_is_better\":true},\"moments\":["
        + moments
        + "]}";
  }
}
