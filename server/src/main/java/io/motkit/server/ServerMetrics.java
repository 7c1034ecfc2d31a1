package io.motkit.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The server's metrics in Prometheus form (Micrometer): requests by method, route and status with a
 * latency histogram, errors (status 400 and above), requests in flight, and journeys scored.
 */
final class ServerMetrics {

  /** The content type of the Prometheus text format. */
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter journeys =
      Counter.builder("motkit.journeys.scored").description("Journeys scored").register(registry);

  /** Reports the requests in flight, as {@code motkit_http_requests_active}. */
  void inFlight(java.util.function.IntSupplier active) {
    io.micrometer.core.instrument.Gauge.builder("motkit.http.requests.active", active::getAsInt)
        .description("Requests being served now, of the concurrency limit")
        .register(registry);
  }

  /** The methods counted by name; any other a client sends is counted as {@code other}. */
  private static final java.util.Set<String> METHODS =
      java.util.Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE");

  /**
   * The latency buckets: a dozen from half a millisecond (a scored journey) to ten seconds (a large
   * batch), instead of Micrometer's 90 or so.
   */
  private static final Duration[] BUCKETS = {
    Duration.ofNanos(500_000),
    Duration.ofMillis(1),
    Duration.ofMillis(2),
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2_500),
    Duration.ofSeconds(10)
  };

  ServerMetrics() {
    // The JVM's and the process's own metrics, as every service exposes them.
    new io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics().bindTo(registry);
    new io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics().bindTo(registry);
    new io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics().bindTo(registry);
    new io.micrometer.core.instrument.binder.system.ProcessorMetrics().bindTo(registry);
    new io.micrometer.core.instrument.binder.system.UptimeMetrics().bindTo(registry);
  }

  /**
   * Counts a request. Labels come from fixed sets only, so that no client can grow the metrics: an
   * unknown method is {@code other}, an unmatched path the route {@code unmatched}, and a status
   * outside 100 to 599 {@code other}.
   */
  void request(String method, String route, int status, long nanos) {
    String methodLabel = METHODS.contains(method) ? method : "other";
    String statusLabel = status >= 100 && status <= 599 ? Integer.toString(status) : "other";
    Timer.builder("motkit.http.requests")
        .description("HTTP requests served, by method, route and status")
        .tags("method", methodLabel, "route", route, "status", statusLabel)
        .serviceLevelObjectives(BUCKETS)
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
    if (status >= 400) {
      Counter.builder("motkit.http.errors")
          .description("HTTP requests answered with a status of 400 or more")
          .tags("method", methodLabel, "route", route, "status", statusLabel)
          .register(registry)
          .increment();
    }
  }

  void journeysScored(long count) {
    journeys.increment((double) count);
  }

  String scrape() {
    return registry.scrape();
  }
}
