package io.motkit.server;

import static io.motkit.server.TestClient.journey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The limits that protect the server: load shedding, slow clients, clients that disconnect
 * mid-batch, and a graceful shutdown. Every loop here is bounded in count and time, and all traffic
 * goes to the loopback address.
 */
final class ServerLimitsTest {

  private static final int CONCURRENT = 3;

  private static ScoringServer server;
  private static TestClient client;

  @BeforeAll
  static void start() {
    server =
        ScoringServer.start(
            ServerSettings.builder()
                .port(0)
                .maxConcurrentRequests(CONCURRENT)
                .requestTimeout(Duration.ofSeconds(1))
                .build());
    client = new TestClient(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /**
   * Opens a score request that declares a body and sends only its start, holding a request slot.
   */
  private static Socket holdingRequest(String body) throws Exception {
    Socket socket = client.socket();
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    TestClient.head(
        socket.getOutputStream(),
        "POST",
        "/v1/scorers/mean/score",
        "Content-Type: application/json",
        "Content-Length: " + bytes.length);
    socket.getOutputStream().write(bytes, 0, 10);
    socket.getOutputStream().flush();
    return socket;
  }

  /** Waits, at most five seconds, until {@code count} requests are in flight. */
  private static void awaitInFlight(int count) throws Exception {
    awaitInFlight(client, count);
  }

  /**
   * Waits, at most five seconds, until the server's own gauge of requests in flight reads {@code
   * count}: the event the test waits on, not a time it guesses.
   */
  private static void awaitInFlight(TestClient on, int count) {
    String expected = "motkit_http_requests_active " + count + ".0";
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(on.get("/metrics").body()).contains(expected));
  }

  /** Waits, at most five seconds, until the server refuses new connections. */
  private static void awaitRefusing(TestClient on) {
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThatThrownBy(on::socket).isInstanceOf(ConnectException.class));
  }

  private static void finish(Socket socket, String body) throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    socket.getOutputStream().write(bytes, 10, bytes.length - 10);
    socket.getOutputStream().flush();
  }

  @Test
  void requestsBeyondTheConcurrencyLimitGet503WithRetryAfter() throws Exception {
    String body = journey("held", 3, 5);
    List<Socket> held = new ArrayList<>();
    try {
      for (int i = 0; i < CONCURRENT; i++) {
        held.add(holdingRequest(body));
      }
      awaitInFlight(CONCURRENT);
      // Every permit is taken (the gauge is the permits in use), so the next request is shed.
      TestClient.Response shed = client.post("/v1/scorers/mean/score", "application/json", body);
      assertThat(shed.status()).isEqualTo(503);
      assertThat(shed.raw().headers().firstValue("Retry-After")).hasValue("1");
      assertThat(shed.contentType()).startsWith("application/problem+json");
      assertThat(shed.body()).contains("urn:motkit:problem:overloaded");
      // Operations endpoints are never shed.
      assertThat(client.get("/health").status()).isEqualTo(200);
      for (Socket socket : held) {
        finish(socket, body);
        assertThat(TestClient.statusLine(socket.getInputStream())).startsWith("HTTP/1.1 200");
      }
    } finally {
      for (Socket socket : held) {
        socket.close();
      }
    }
    assertThat(client.post("/v1/scorers/mean/score", "application/json", body).status())
        .isEqualTo(200);
  }

  @Test
  void aClientThatTricklesItsBodyIsCutOffAtTheRequestTimeout() throws Exception {
    String status;
    int sent = 0;
    try (Socket socket = client.socket()) {
      OutputStream out = socket.getOutputStream();
      TestClient.head(
          out,
          "POST",
          "/v1/scorers/mean/score",
          "Content-Type: application/json",
          "Content-Length: 400");
      CompletableFuture<String> answer =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return TestClient.statusLine(socket.getInputStream());
                } catch (Exception e) {
                  return "closed: " + e.getMessage();
                }
              });
      // The slow client: one byte every 150 ms, each byte within the idle timeout, for as long as
      // the server listens (at most 60 s, far beyond the request timeout).
      while (sent < 400 && !answer.isDone()) {
        try {
          out.write('{');
          out.flush();
          sent++;
        } catch (java.io.IOException closed) {
          break;
        }
        // The pause between bytes is a wait on the answer: the loop ends as soon as it comes.
        try {
          answer.get(150, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException notYet) {
          continue;
        }
        break;
      }
      status = answer.get(10, TimeUnit.SECONDS);
    }
    assertThat(status).startsWith("HTTP/1.1 408");
    // The server answered before the body was complete: the request timeout, not the body's end,
    // ended the request.
    assertThat(sent).isLessThan(400);
    assertThat(client.get("/health").status()).isEqualTo(200);
  }

  @Test
  void aClientThatStopsSendingIsCutOffByTheIdleTimeout() throws Exception {
    try (Socket socket = client.socket()) {
      TestClient.head(
          socket.getOutputStream(),
          "POST",
          "/v1/analyses/nps",
          "Content-Type: text/csv",
          "Content-Length: 100");
      socket.getOutputStream().write("respondent,score\n".getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String status = TestClient.statusLine(socket.getInputStream());
      // Either the 408 problem or a closed connection, within the one-second idle timeout.
      assertThat(status)
          .satisfiesAnyOf(
              s -> assertThat(s).startsWith("HTTP/1.1 408"), s -> assertThat(s).isEmpty());
    }
    assertThat(client.get("/health").status()).isEqualTo(200);
  }

  /**
   * Clients that vanish in the middle of a batch leave nothing behind: afterwards every request
   * slot is free (a leaked slot would shed these requests), the thread count is where it was, and
   * the heap has not grown.
   */
  @Test
  void clientsThatDisconnectMidBatchLeakNoSlotsThreadsOrMemory() throws Exception {
    StringBuilder half = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      half.append(journey("j" + i, 2, 5, 4)).append('\n');
    }
    byte[] partial = half.toString().getBytes(StandardCharsets.UTF_8);
    // Warm up, so the pool's threads and the JIT are in place before the baseline is taken.
    disconnectMidBatch(partial, 5);
    int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
    long heapBefore = usedHeapAfterGc();
    // Each disconnect is waited on until its slot is free again, so the count is taken after.
    disconnectMidBatch(partial, 40);
    int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
    long heapAfter = usedHeapAfterGc();
    List<CompletableFuture<Integer>> together = new ArrayList<>();
    for (int i = 0; i < CONCURRENT; i++) {
      together.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return client
                      .post(
                          "/v1/scorers/mean/batch", "application/x-ndjson", journey("ok", 4) + "\n")
                      .status();
                } catch (Exception e) {
                  return -1;
                }
              }));
    }
    for (CompletableFuture<Integer> status : together) {
      assertThat(status.get(10, TimeUnit.SECONDS)).isEqualTo(200);
    }
    assertThat(threadsAfter)
        .as("threads before %s, after %s", threadsBefore, threadsAfter)
        .isLessThanOrEqualTo(threadsBefore + 2);
    assertThat(heapAfter - heapBefore).as("heap growth in bytes").isLessThan(16L << 20);
  }

  private static void disconnectMidBatch(byte[] partial, int times) throws Exception {
    for (int i = 0; i < times; i++) {
      try (Socket socket = client.socket()) {
        OutputStream out = socket.getOutputStream();
        TestClient.head(
            out,
            "POST",
            "/v1/scorers/mean/batch",
            "Content-Type: application/x-ndjson",
            "Transfer-Encoding: chunked");
        out.write(
            (Integer.toHexString(partial.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(partial);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        assertThat(TestClient.statusLine(in)).startsWith("HTTP/1.1 200");
        in.readNBytes(100);
        // Reset the connection rather than close it politely: the server sees the client vanish.
        socket.setSoLinger(true, 0);
      }
      // The server notices the reset at its next read or write and frees the slot.
      awaitInFlight(0);
    }
  }

  private static long usedHeapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** A shutdown lets a request in flight finish, then refuses new connections. */
  @Test
  void aShutdownFinishesTheRequestsInFlight() throws Exception {
    ScoringServer stopping =
        ScoringServer.start(
            ServerSettings.builder().port(0).shutdownGrace(Duration.ofSeconds(5)).build());
    TestClient stoppingClient = new TestClient(stopping.port());
    String body = journey("in-flight", 2, 6);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = stoppingClient.socket()) {
      TestClient.head(
          socket.getOutputStream(),
          "POST",
          "/v1/scorers/mean/score",
          "Content-Type: application/json",
          "Content-Length: " + bytes.length);
      socket.getOutputStream().write(bytes, 0, 10);
      socket.getOutputStream().flush();
      awaitInFlight(stoppingClient, 1);
      CompletableFuture<Void> closing = CompletableFuture.runAsync(stopping::close);
      awaitRefusing(stoppingClient);
      assertThat(closing).as("shutting down, but still serving the request in flight").isNotDone();
      socket.getOutputStream().write(bytes, 10, bytes.length - 10);
      socket.getOutputStream().flush();
      assertThat(TestClient.statusLine(socket.getInputStream())).startsWith("HTTP/1.1 200");
      closing.get(10, TimeUnit.SECONDS);
    }
    assertThatThrownBy(stoppingClient::socket).isInstanceOf(ConnectException.class);
  }
}
