package io.motkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code motkit serve} in its own JVM: it serves, and on SIGTERM finishes what is in flight. */
final class ServeCommandTest {

  private static final String JOURNEY =
      "{\"id\":\"owner-1\",\"scale\":{\"min\":1,\"max\":7,\"neutral\":4,\"higher_is_better\":true},\"moments\":["
          + "{\"touchpoint\":\"fee-notice\",\"start\":\"2024-03-01T09:00:00Z\",\"value\":3},"
          + "{\"touchpoint\":\"repair-visit\",\"start\":\"2024-03-05T14:00:00Z\",\"value\":2},"
          + "{\"touchpoint\":\"follow-up-call\",\"start\":\"2024-03-07T10:00:00Z\",\"value\":6}]}";

  @Test
  void serveAnswersAndSigtermLetsTheRequestInFlightFinish() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process process =
        new ProcessBuilder(
                java,
                "-cp",
                classPath,
                "io.motkit.cli.Motkit",
                "serve",
                "--port",
                "0",
                "--shutdown-grace",
                "5",
                "--log-format",
                "json")
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertThat(line).startsWith("motkit serve: listening on http://127.0.0.1:");
      Matcher port = Pattern.compile(":(\\d+) ").matcher(line);
      assertThat(port.find()).isTrue();
      int listening = Integer.parseInt(port.group(1));
      // The rest of the output is the log, collected as it comes: destroying the process closes
      // its streams.
      List<String> logged = Collections.synchronizedList(new ArrayList<>());
      Thread collector =
          new Thread(
              () -> {
                try {
                  for (String l = out.readLine(); l != null; l = out.readLine()) {
                    logged.add(l);
                  }
                } catch (java.io.IOException closed) {
                  // The process was destroyed; what was read is kept.
                }
              });
      collector.start();

      HttpResponse<String> score =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "http://127.0.0.1:"
                                  + listening
                                  + "/v1/scorers/peak-end/score?peak=worst"))
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(JOURNEY))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(score.statusCode()).isEqualTo(200);
      assertThat(score.body()).contains("\"value\":4.0");

      byte[] body = JOURNEY.getBytes(StandardCharsets.UTF_8);
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), listening)) {
        socket.setSoTimeout(10_000);
        OutputStream request = socket.getOutputStream();
        request.write(
            ("POST /v1/scorers/mean/score HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        request.write(body, 0, 20);
        request.flush();
        awaitInFlight(listening);
        // SIGTERM on Linux.
        process.destroy();
        awaitRefusing(listening);
        assertThat(process.isAlive()).as("still finishing the request in flight").isTrue();
        request.write(body, 20, body.length - 20);
        request.flush();
        InputStream response = socket.getInputStream();
        String status = new String(response.readNBytes(12), StandardCharsets.US_ASCII);
        assertThat(status).isEqualTo("HTTP/1.1 200");
      }
      assertThat(process.waitFor(15, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isIn(0, 143);
      // The log, JSON lines: an access line for each request, the request id in each.
      collector.join(TimeUnit.SECONDS.toMillis(15));
      com.fasterxml.jackson.databind.ObjectMapper json =
          new com.fasterxml.jackson.databind.ObjectMapper();
      List<com.fasterxml.jackson.databind.JsonNode> access = new ArrayList<>();
      for (String text : List.copyOf(logged)) {
        if (!text.startsWith("{")) {
          continue;
        }
        com.fasterxml.jackson.databind.JsonNode entry = json.readTree(text);
        assertThat(entry.has("timestamp") && entry.has("level")).as(text).isTrue();
        if (entry.path("loggerName").asText().equals("motkit.access")) {
          access.add(entry);
        }
      }
      assertThat(access)
          .extracting(e -> e.get("formattedMessage").asText())
          .anyMatch(
              m -> m.contains("\"POST /v1/scorers/peak-end/score\" 200") && m.contains("id="));
    } finally {
      process.destroyForcibly();
    }
  }

  /** Waits, at most five seconds, until the server's gauge says one request is in flight. */
  private static void awaitInFlight(int port) {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest metrics =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build();
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(client.send(metrics, HttpResponse.BodyHandlers.ofString()).body())
                    .contains("motkit_http_requests_active 1.0"));
  }

  /** Waits, at most five seconds, until the server refuses new connections: it is stopping. */
  private static void awaitRefusing(int port) {
    await()
        .atMost(Duration.ofSeconds(5))
        .alias("the server refuses connections after SIGTERM")
        .untilAsserted(
            () ->
                assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
                    .isInstanceOf(java.net.ConnectException.class));
  }
}
