package io.motkit.server;

import static io.motkit.server.TestClient.journey;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What a platform team needs of the server: a request id on every answer and in the log, an access
 * line per request, every failure a UTF-8 problem document (405 with Allow for a wrong method), no
 * NaN as a score, and metrics whose labels no client can multiply.
 */
final class ServerOperationsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The log lines written, handed over as they are written. */
  private static final BlockingQueue<ILoggingEvent> LOGGED = new LinkedBlockingQueue<>();

  private static final AppenderBase<ILoggingEvent> CAPTURE =
      new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
          LOGGED.add(event);
        }
      };

  private static ScoringServer server;
  private static TestClient client;

  @BeforeAll
  static void start() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    CAPTURE.setContext(root.getLoggerContext());
    CAPTURE.start();
    root.addAppender(CAPTURE);
    server =
        ScoringServer.start(
            ServerSettings.builder()
                .port(0)
                .maxMoments(3)
                .requestTimeout(Duration.ofSeconds(30))
                .headerTimeout(Duration.ofSeconds(1))
                .build());
    client = new TestClient(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(CAPTURE);
  }

  /** Waits for a log line that contains {@code text}, for at most a minute. */
  private static ILoggingEvent logged(String text) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
      ILoggingEvent event = LOGGED.poll(left, TimeUnit.NANOSECONDS);
      if (event != null && event.getFormattedMessage().contains(text)) {
        return event;
      }
    }
    throw new AssertionError("no log line contains " + text);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyAnswerCarriesARequestIdThatTheAccessLineNames() throws Exception {
    HttpResponse<String> given =
        send(HttpRequest.newBuilder(client.uri("/health")).header("X-Request-Id", "trace-42.a"));
    assertThat(given.headers().firstValue("X-Request-Id")).contains("trace-42.a");
    ILoggingEvent access = logged("id=trace-42.a");
    assertThat(access.getLoggerName()).isEqualTo("motkit.access");
    assertThat(access.getFormattedMessage()).contains("\"GET /health\" 200").contains(" ms ");

    HttpResponse<String> invented =
        send(HttpRequest.newBuilder(client.uri("/health")).header("X-Request-Id", "no spaces!"));
    String id = invented.headers().firstValue("X-Request-Id").orElseThrow();
    assertThat(id).matches("[0-9a-f-]{36}");
    logged("id=" + id);
  }

  @Test
  void aProblemDocumentIsUtf8AndNamesItsRequest() throws Exception {
    TestClient.Response tooLong =
        client.post("/v1/scorers/mean/score", "application/json", journey("客户-café", 3, 4, 5, 6));
    assertThat(tooLong.status()).isEqualTo(413);
    assertThat(tooLong.raw().headers().firstValue("Content-Type"))
        .contains("application/problem+json");
    JsonNode problem = JSON.readTree(tooLong.body());
    assertThat(problem.get("detail").asText()).contains("journey '客户-café'");
    assertThat(problem.get("request_id").asText())
        .isEqualTo(tooLong.raw().headers().firstValue("X-Request-Id").orElseThrow());
  }

  @Test
  void aKnownPathWithAnotherMethodIs405WithAllow() throws Exception {
    TestClient.Response health = client.post("/health", "application/json", "{}");
    assertThat(health.status()).isEqualTo(405);
    assertThat(health.raw().headers().firstValue("Allow")).contains("GET");
    assertThat(JSON.readTree(health.body()).get("type").asText())
        .isEqualTo("urn:motkit:problem:method-not-allowed");
    HttpResponse<String> delete =
        send(HttpRequest.newBuilder(client.uri("/v1/scorers/mean/score")).DELETE());
    assertThat(delete.statusCode()).isEqualTo(405);
    assertThat(delete.headers().firstValue("Allow")).contains("POST");
  }

  /** A score that overflows is never written: 422 alone, an error line in a batch. */
  @Test
  void aScoreThatIsNotFiniteIsAnUnscorableJourneyNeverANumber() throws Exception {
    String huge =
        "{\"id\":\"huge\",\"scale\":{\"min\":-1.7e308,\"max\":1.7e308,\"neutral\":0,\"higher_is_better\":true},"
            + "\"moments\":[{\"touchpoint\":\"a\",\"start\":\"2024-03-01T09:00:00Z\",\"value\":1.7e308},"
            + "{\"touchpoint\":\"b\",\"start\":\"2024-03-01T09:01:00Z\",\"value\":1.7e308}]}";
    TestClient.Response single = client.post("/v1/scorers/mean/score", "application/json", huge);
    assertThat(single.status()).isEqualTo(422);
    assertThat(JSON.readTree(single.body()).get("journey").asText()).isEqualTo("huge");
    TestClient.Response batch =
        client.post(
            "/v1/scorers/mean/batch",
            "application/x-ndjson",
            journey("before", 3, 5) + "\n" + huge + "\n" + journey("after", 2) + "\n");
    String[] lines = batch.body().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(JSON.readTree(lines[0]).get("value").asDouble()).isEqualTo(4.0);
    assertThat(JSON.readTree(lines[1]).get("error").get("status").asInt()).isEqualTo(422);
    assertThat(JSON.readTree(lines[2]).get("value").asDouble()).isEqualTo(2.0);
    assertThat(batch.body()).doesNotContainPattern("\"value\":\\s*\"?(NaN|-?Infinity)");
    assertThat(JSON.readTree(lines[1]).get("error").get("detail").asText())
        .contains("journey 'huge'")
        .contains("not finite");
  }

  @Test
  void metricLabelsComeFromFixedSetsWhateverClientsSend() throws Exception {
    for (int i = 0; i < 40; i++) {
      try (Socket socket = client.socket()) {
        OutputStream out = socket.getOutputStream();
        TestClient.head(out, "INVENTED" + i, "/health", "Connection: close");
        TestClient.statusLine(socket.getInputStream());
      }
      client.get("/no-such-path-" + i);
    }
    String metrics = client.get("/metrics").body();
    Set<String> methods = new HashSet<>();
    Set<String> routes = new HashSet<>();
    Matcher labels =
        Pattern.compile(
                "motkit_http_requests_seconds_count\\{[^}]*method=\"([^\"]*)\"[^}]*route=\"([^\"]*)\"")
            .matcher(metrics);
    while (labels.find()) {
      methods.add(labels.group(1));
      routes.add(labels.group(2));
    }
    assertThat(methods)
        .isNotEmpty()
        .allMatch(m -> m.matches("GET|HEAD|POST|PUT|DELETE|OPTIONS|PATCH|TRACE|other"));
    assertThat(routes).doesNotContain("/no-such-path-1").contains("unmatched");
    // A dozen buckets per series, and the JVM's own metrics.
    long buckets =
        metrics
            .lines()
            .filter(
                l ->
                    l.startsWith("motkit_http_requests_seconds_bucket{")
                        && l.contains("route=\"/health\"")
                        && l.contains("method=\"GET\"")
                        && l.contains("status=\"200\""))
            .count();
    assertThat(buckets).isBetween(10L, 15L);
    assertThat(metrics).contains("jvm_memory_used_bytes").contains("process_uptime_seconds");
    assertThat(metrics.getBytes(StandardCharsets.UTF_8).length).isLessThan(200_000);
  }

  /** The whole answer to raw request bytes, read until the server closes the connection. */
  private static String raw(String request) throws Exception {
    try (Socket socket = client.socket()) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void protocolErrorsAreProblemDocumentsNotHtmlPages() throws Exception {
    String[][] cases = {
      {"POST /v1/scorers/mean/score HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n", "400"},
      {
        "POST /v1/scorers/mean/score HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
            + "Content-Length: 3\r\n\r\n{}",
        "400"
      },
      {"GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n", "414"},
      {"GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n", "431"},
      {"GET /health HTTP/7.1\r\nHost: x\r\n\r\n", "505"},
    };
    for (String[] c : cases) {
      String answer = raw(c[0]);
      String what = c[0].substring(0, Math.min(60, c[0].length()));
      assertThat(answer).as(what).startsWith("HTTP/1.1 " + c[1]);
      int body = answer.indexOf("\r\n\r\n");
      assertThat(answer.substring(0, body).toLowerCase(java.util.Locale.ROOT))
          .as(what)
          .contains("content-type: application/problem+json");
      JsonNode problem = JSON.readTree(answer.substring(body + 4));
      assertThat(problem.get("status").asInt()).as(what).isEqualTo(Integer.parseInt(c[1]));
      assertThat(problem.get("type").asText()).startsWith("urn:motkit:problem:");
      assertThat(answer).doesNotContain("<html");
    }
  }

  /**
   * A client that trickles its request head is cut off at the header deadline, not kept for the
   * idle timeout after every byte (30 s here): the server closes the connection.
   */
  @Test
  void aConnectionThatDoesNotFinishItsRequestHeadInTimeIsClosed() throws Exception {
    try (Socket socket = client.socket()) {
      socket.setSoTimeout(25_000);
      OutputStream out = socket.getOutputStream();
      out.write("GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: a".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      // Whatever the server says before it closes, the connection ends: read to its end.
      String said;
      try {
        said = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      } catch (java.net.SocketException reset) {
        said = "";
      }
      assertThat(said).doesNotContain("200 OK");
    }
    assertThat(client.get("/health").status()).isEqualTo(200);
  }

  /** Listening beyond the loopback without TLS or tokens is allowed, and said in the log. */
  @Test
  void bindingBeyondTheLoopbackWithoutTlsOrTokensLogsAWarning() throws Exception {
    try (ScoringServer open =
        ScoringServer.start(ServerSettings.builder().host("0.0.0.0").port(0).build())) {
      ILoggingEvent warning = logged("beyond this machine");
      assertThat(warning.getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
      assertThat(warning.getFormattedMessage()).contains("without TLS");
      assertThat(open.port()).isPositive();
    }
  }
}
