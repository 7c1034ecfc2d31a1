package io.motkit.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A load generator for {@code motkit serve} on the loopback address: sustained single-journey
 * scoring at several numbers of concurrent clients (requests per second, p50 and p99 latency,
 * errors), then journeys per second through the streamed batch endpoint. Every phase is bounded in
 * time and in requests, and it talks only to 127.0.0.1.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.motkit.benchmarks.ServerLoad PORT [SECONDS]
 * [CLIENTS,...] [BATCH_JOURNEYS]}
 */
public final class ServerLoad {

  private static final int MAX_REQUESTS_PER_PHASE = 5_000_000;

  /** The bearer token to present, from the system property {@code load.token}; none unless set. */
  private static final String TOKEN = System.getProperty("load.token", "");

  /**
   * TLS that trusts the certificate of the PKCS#12 keystore named by {@code load.keystore} (its
   * password in {@code load.keystore.password}); plain HTTP unless set.
   */
  private static final javax.net.ssl.@Nullable SSLContext TLS = tls();

  private ServerLoad() {}

  private static javax.net.ssl.@Nullable SSLContext tls() {
    String keystore = System.getProperty("load.keystore");
    if (keystore == null) {
      return null;
    }
    try {
      char[] password = System.getProperty("load.keystore.password", "").toCharArray();
      java.security.KeyStore key = java.security.KeyStore.getInstance("PKCS12");
      try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(keystore))) {
        key.load(in, password);
      }
      java.security.KeyStore trusted =
          java.security.KeyStore.getInstance(java.security.KeyStore.getDefaultType());
      trusted.load(null, null);
      String alias = key.aliases().nextElement();
      trusted.setCertificateEntry(alias, key.getCertificate(alias));
      javax.net.ssl.TrustManagerFactory trust =
          javax.net.ssl.TrustManagerFactory.getInstance(
              javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException("cannot load " + keystore + ": " + e.getMessage(), e);
    }
  }

  private static HttpRequest.Builder authorized(HttpRequest.Builder request) {
    return TOKEN.isEmpty() ? request : request.header("Authorization", "Bearer " + TOKEN);
  }

  /** Runs the phases and prints one line per phase. */
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int[] clients =
        args.length > 2
            ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
            : new int[] {1, 16, 64};
    long batchJourneys = args.length > 3 ? Long.parseLong(args[3]) : 1_000_000;
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5));
    javax.net.ssl.SSLContext tls = TLS;
    if (tls != null) {
      builder.sslContext(tls);
    }
    HttpClient http = builder.build();
    URI score =
        URI.create(
            (tls == null ? "http" : "https")
                + "://127.0.0.1:"
                + port
                + "/v1/scorers/peak-end/score");
    // Warm the server's JIT before measuring.
    phase(http, score, 4, Math.max(2, seconds / 2), false);
    for (int c : clients) {
      phase(http, score, c, seconds, true);
    }
    batch(port, batchJourneys);
  }

  /** A journey of 10 moments on 1..7, varied by {@code n}. */
  static String journey(long n) {
    StringBuilder moments = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      if (i > 0) {
        moments.append(',');
      }
      long value = 1 + (n * 7 + i * 3) % 7;
      moments
          .append("{\"touchpoint\":\"t")
          .append(i)
          .append("\",\"start\":\"2024-03-01T09:")
          .append(String.format(Locale.ROOT, "%02d", i))
          .append(":00Z\",\"value\":")
          .append(value)
          .append('}');
    }
    return "{\"id\":\"j"
        + n
        + "\",\"scale\":{\"min\":1,\"max\":7,\"neutral\":4,\"higher_is_better\":true},\"moments\":["
        + moments
        + "]}";
  }

  private static void phase(HttpClient http, URI uri, int clients, int seconds, boolean report)
      throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    AtomicLong issued = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<long[]>> results = new ArrayList<>();
    long started = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      results.add(
          pool.submit(
              () -> {
                long[] latencies = new long[1 << 16];
                int count = 0;
                while (System.nanoTime() < end
                    && issued.incrementAndGet() <= MAX_REQUESTS_PER_PHASE) {
                  HttpRequest request =
                      authorized(HttpRequest.newBuilder(uri))
                          .header("Content-Type", "application/json")
                          .POST(HttpRequest.BodyPublishers.ofString(journey(issued.get())))
                          .build();
                  long t0 = System.nanoTime();
                  HttpResponse<String> response =
                      http.send(request, HttpResponse.BodyHandlers.ofString());
                  long t1 = System.nanoTime();
                  if (response.statusCode() != 200) {
                    errors.incrementAndGet();
                  }
                  if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                  }
                  latencies[count++] = t1 - t0;
                }
                return Arrays.copyOf(latencies, count);
              }));
    }
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> f : results) {
      all.add(f.get());
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    if (report) {
      System.out.printf(
          Locale.ROOT,
          "score   clients=%-3d requests=%-8d %9.0f req/s  p50 %7.3f ms  p99 %7.3f ms  errors %d%n",
          clients,
          latencies.length,
          latencies.length / elapsed,
          latencies[latencies.length / 2] / 1e6,
          latencies[(int) Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.99) - 1)]
              / 1e6,
          errors.get());
    }
  }

  /** Streams {@code journeys} journeys through one batch request and counts the answers. */
  private static void batch(int port, long journeys) throws IOException, InterruptedException {
    javax.net.ssl.SSLContext tls = TLS;
    try (Socket socket =
        tls == null
            ? new Socket("127.0.0.1", port)
            : tls.getSocketFactory().createSocket("127.0.0.1", port)) {
      socket.setSoTimeout(120_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write(
          ("POST /v1/scorers/peak-end/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\n"
                  + (TOKEN.isEmpty() ? "" : "Authorization: Bearer " + TOKEN + "\r\n")
                  + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      long started = System.nanoTime();
      long[] answered = new long[2];
      Thread reader =
          new Thread(
              () -> {
                byte[] buffer = new byte[1 << 16];
                try {
                  for (int n; (n = in.read(buffer)) >= 0; ) {
                    for (int i = 0; i < n; i++) {
                      if (buffer[i] == '\n') {
                        answered[0]++;
                      }
                    }
                    answered[1] += n;
                  }
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
      reader.start();
      StringBuilder chunk = new StringBuilder();
      for (long j = 0; j < journeys; j++) {
        chunk.append(journey(j)).append('\n');
        if (chunk.length() > 60_000 || j == journeys - 1) {
          byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
          out.write(
              (Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(bytes);
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
          chunk.setLength(0);
        }
      }
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      reader.join(120_000);
      double elapsed = (System.nanoTime() - started) / 1e9;
      // The response head's lines and the chunk framing add a few newlines; the scores are one
      // each.
      System.out.printf(
          Locale.ROOT,
          "batch   journeys=%d  %9.0f journeys/s  %.1f s  response %.0f MB%n",
          journeys,
          journeys / elapsed,
          elapsed,
          answered[1] / 1e6);
    }
  }
}
