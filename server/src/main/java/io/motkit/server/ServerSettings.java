package io.motkit.server;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * How a {@link ScoringServer} listens and what it accepts. Every limit has a safe default: the
 * server binds to the loopback address, refuses bodies over 10 MiB (a batch over 1 GiB), journeys
 * over 10,000 moments and batches over 1,000,000 journeys, gives a request 30 seconds, serves 64
 * requests at once and answers more with 503, and finishes in-flight requests within 10 seconds of
 * a shutdown.
 */
@Value.Immutable
public abstract class ServerSettings {

  ServerSettings() {}

  /**
   * The address to bind; {@code 127.0.0.1} unless set, so nothing outside the machine reaches it.
   */
  @Value.Default
  public String host() {
    return "127.0.0.1";
  }

  /** The port; 8080 unless set, 0 for any free port. */
  @Value.Default
  public int port() {
    return 8080;
  }

  /** The largest body of a single-journey or survey request, in bytes. */
  @Value.Default
  public long maxBodyBytes() {
    return 10L << 20;
  }

  /** The largest body of a batch request, in bytes; a batch is streamed, never held whole. */
  @Value.Default
  public long maxBatchBytes() {
    return 1L << 30;
  }

  /** The most moments one journey may have. */
  @Value.Default
  public int maxMoments() {
    return 10_000;
  }

  /** The most journeys one batch may hold. */
  @Value.Default
  public long maxBatchJourneys() {
    return 1_000_000;
  }

  /**
   * How long a request may take to arrive and be answered; a batch may take longer as long as its
   * body keeps arriving, each wait for more of it bounded by this time.
   */
  @Value.Default
  public Duration requestTimeout() {
    return Duration.ofSeconds(30);
  }

  /** Requests served at once; more are answered 503 with {@code Retry-After} at once. */
  @Value.Default
  public int maxConcurrentRequests() {
    return 64;
  }

  /** How long a shutdown waits for in-flight requests to finish. */
  @Value.Default
  public Duration shutdownGrace() {
    return Duration.ofSeconds(10);
  }

  /**
   * The bearer tokens the server accepts, each as the lower-case hex SHA-256 of the token (see
   * {@link BearerTokens}): the tokens themselves are never held. Empty unless set: then no request
   * needs a token.
   */
  public abstract java.util.Set<String> tokenHashes();

  /**
   * Whether the operations endpoints ({@code /health}, {@code /ready}, {@code /metrics}, {@code
   * /openapi.json}) need a token too; false unless set, so that probes and scrapers need none.
   */
  @Value.Default
  public boolean protectOperations() {
    return false;
  }

  /** A PKCS#12 keystore holding the server's key and certificate: set, the server speaks HTTPS. */
  public abstract java.util.Optional<java.nio.file.Path> tlsKeystore();

  /** The password of {@link #tlsKeystore()}; never printed. */
  @Value.Redacted
  public abstract java.util.Optional<String> tlsPassword();

  /**
   * The longest a new connection may take to send its first request's line and headers; 10 seconds
   * unless set. Past it the connection is closed, so that a client trickling header bytes cannot
   * hold a connection for the idle timeout after every byte.
   */
  @Value.Default
  public Duration headerTimeout() {
    return Duration.ofSeconds(10);
  }

  /** The defaults. */
  public static ServerSettings defaults() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ServerSettings}. */
  public static final class Builder extends ImmutableServerSettings.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    checkArgument(!host().isBlank(), "host is blank");
    checkArgument(
        port() >= 0 && port() <= 65_535, "port must be from 0 to 65535, found %s", port());
    checkArgument(maxBodyBytes() > 0, "maxBodyBytes must be positive, found %s", maxBodyBytes());
    checkArgument(maxBatchBytes() > 0, "maxBatchBytes must be positive, found %s", maxBatchBytes());
    checkArgument(maxMoments() > 0, "maxMoments must be positive, found %s", maxMoments());
    checkArgument(
        maxBatchJourneys() > 0, "maxBatchJourneys must be positive, found %s", maxBatchJourneys());
    checkArgument(
        !requestTimeout().isNegative() && !requestTimeout().isZero(),
        "requestTimeout must be positive, found %s",
        requestTimeout());
    checkArgument(
        maxConcurrentRequests() > 0,
        "maxConcurrentRequests must be positive, found %s",
        maxConcurrentRequests());
    checkArgument(
        !shutdownGrace().isNegative(),
        "shutdownGrace must not be negative, found %s",
        shutdownGrace());
    checkArgument(
        !headerTimeout().isNegative() && !headerTimeout().isZero(),
        "headerTimeout must be positive, found %s",
        headerTimeout());
    for (String hash : tokenHashes()) {
      checkArgument(
          hash.matches("[0-9a-f]{64}"),
          "a token hash must be 64 lower-case hex digits (a SHA-256), found one of %s characters",
          hash.length());
    }
    checkArgument(
        tlsKeystore().isEmpty() || tlsPassword().isPresent(),
        "tlsKeystore %s needs its password",
        tlsKeystore().map(Object::toString).orElse(""));
  }
}
