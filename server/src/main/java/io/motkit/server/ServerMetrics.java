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

  void request(String method, String route, int status, long nanos) {
    Timer.builder("motkit.http.requests")
        .description("HTTP requests served, by method, route and status")
        .tags("method", method, "route", route, "status", Integer.toString(status))
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofNanos(100_000))
        .maximumExpectedValue(Duration.ofSeconds(60))
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
    if (status >= 400) {
      Counter.builder("motkit.http.errors")
          .description("HTTP requests answered with a status of 400 or more")
          .tags("method", method, "route", route, "status", Integer.toString(status))
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
