package io.motkit.cli;

import io.motkit.server.BearerTokens;
import io.motkit.server.ScoringServer;
import io.motkit.server.ServerSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code motkit serve}: the scoring server, until SIGTERM or Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serve the scorers and the survey analyses over HTTP/JSON (GET /v1/scorers, POST /v1/scorers/{id}/score"
            + " and /batch, POST /v1/analyses/{kano|servqual|nps}, /health, /ready, /metrics, /openapi.json). Binds"
            + " to the loopback address unless told otherwise; SIGTERM stops accepting and lets requests in flight"
            + " finish within the shutdown grace.",
    footer = {
      "",
      "Examples:",
      "  motkit serve --port 8080",
      "  curl -s -X POST -H 'Content-Type: application/json' --data @journey.json \\",
      "      'http://127.0.0.1:8080/v1/scorers/peak-end/score?peak=worst'"
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description = "The address to bind (default: ${DEFAULT-VALUE}; env MOTKIT_HOST).",
      defaultValue = "${env:MOTKIT_HOST:-127.0.0.1}")
  String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "The port, 0 for any free one (default: ${DEFAULT-VALUE}; env MOTKIT_PORT).",
      defaultValue = "${env:MOTKIT_PORT:-8080}")
  int port;

  @Option(
      names = "--max-body-bytes",
      paramLabel = "N",
      description =
          "Largest single-journey or survey body (default: ${DEFAULT-VALUE}; env MOTKIT_MAX_BODY_BYTES).",
      defaultValue = "${env:MOTKIT_MAX_BODY_BYTES:-10485760}")
  long maxBodyBytes;

  @Option(
      names = "--max-batch-bytes",
      paramLabel = "N",
      description = "Largest batch body (default: ${DEFAULT-VALUE}; env MOTKIT_MAX_BATCH_BYTES).",
      defaultValue = "${env:MOTKIT_MAX_BATCH_BYTES:-1073741824}")
  long maxBatchBytes;

  @Option(
      names = "--max-moments",
      paramLabel = "N",
      description =
          "Most moments in one journey (default: ${DEFAULT-VALUE}; env MOTKIT_MAX_MOMENTS).",
      defaultValue = "${env:MOTKIT_MAX_MOMENTS:-10000}")
  int maxMoments;

  @Option(
      names = "--max-batch-journeys",
      paramLabel = "N",
      description =
          "Most journeys in one batch (default: ${DEFAULT-VALUE}; env MOTKIT_MAX_BATCH_JOURNEYS).",
      defaultValue = "${env:MOTKIT_MAX_BATCH_JOURNEYS:-1000000}")
  long maxBatchJourneys;

  @Option(
      names = "--request-timeout",
      paramLabel = "SECONDS",
      description =
          "Time for a request to arrive and be answered (default: ${DEFAULT-VALUE}; env MOTKIT_REQUEST_TIMEOUT).",
      defaultValue = "${env:MOTKIT_REQUEST_TIMEOUT:-30}")
  double requestTimeout;

  @Option(
      names = "--max-concurrent",
      paramLabel = "N",
      description =
          "Requests served at once; more get 503 (default: ${DEFAULT-VALUE}; env MOTKIT_MAX_CONCURRENT).",
      defaultValue = "${env:MOTKIT_MAX_CONCURRENT:-64}")
  int maxConcurrent;

  @Option(
      names = "--shutdown-grace",
      paramLabel = "SECONDS",
      description =
          "Time for requests in flight to finish at shutdown (default: ${DEFAULT-VALUE}; env MOTKIT_SHUTDOWN_GRACE).",
      defaultValue = "${env:MOTKIT_SHUTDOWN_GRACE:-10}")
  double shutdownGrace;

  @Option(
      names = "--header-timeout",
      paramLabel = "SECONDS",
      description =
          "Time for a new connection to send its first request head (default: ${DEFAULT-VALUE}; env MOTKIT_HEADER_TIMEOUT).",
      defaultValue = "${env:MOTKIT_HEADER_TIMEOUT:-10}")
  double headerTimeout;

  @Option(
      names = "--log-format",
      paramLabel = "text|json",
      description =
          "The log on standard error: text, or JSON lines for a log shipper (default: ${DEFAULT-VALUE}; env MOTKIT_LOG_FORMAT).",
      defaultValue = "${env:MOTKIT_LOG_FORMAT:-text}")
  String logFormat;

  @Option(
      names = "--log-level",
      paramLabel = "LEVEL",
      description =
          "error, warn, info (an access line per request) or debug (default: ${DEFAULT-VALUE}; env MOTKIT_LOG_LEVEL).",
      defaultValue = "${env:MOTKIT_LOG_LEVEL:-info}")
  String logLevel;

  @Option(
      names = "--auth-tokens",
      paramLabel = "FILE",
      description =
          "Require a bearer token: FILE holds one [NAME ]sha256:HEX per line, the SHA-256 of each token (env MOTKIT_AUTH_TOKENS).",
      defaultValue = "${env:MOTKIT_AUTH_TOKENS}")
  @Nullable Path authTokens;

  @Option(
      names = "--protect-operations",
      description =
          "Require the token on /health, /ready, /metrics and /openapi.json too (env MOTKIT_PROTECT_OPERATIONS).",
      defaultValue = "${env:MOTKIT_PROTECT_OPERATIONS:-false}")
  boolean protectOperations;

  @Option(
      names = "--tls-keystore",
      paramLabel = "FILE",
      description =
          "Serve HTTPS with the key and certificate of this PKCS#12 keystore (env MOTKIT_TLS_KEYSTORE).",
      defaultValue = "${env:MOTKIT_TLS_KEYSTORE}")
  @Nullable Path tlsKeystore;

  @Option(
      names = "--tls-password-env",
      paramLabel = "NAME",
      description =
          "The environment variable holding the keystore's password (default: ${DEFAULT-VALUE}).",
      defaultValue = "MOTKIT_TLS_PASSWORD")
  String tlsPasswordEnv;

  @Override
  public Integer call() throws InterruptedException {
    Motkit.requireOneOf(spec, "--log-format", logFormat, "text", "json");
    Motkit.requireOneOf(spec, "--log-level", logLevel, "error", "warn", "info", "debug");
    ServerLogging.configure(logFormat, logLevel);
    ServerSettings settings;
    try {
      settings =
          ServerSettings.builder()
              .host(host)
              .port(port)
              .maxBodyBytes(maxBodyBytes)
              .maxBatchBytes(maxBatchBytes)
              .maxMoments(maxMoments)
              .maxBatchJourneys(maxBatchJourneys)
              .requestTimeout(seconds("--request-timeout", requestTimeout))
              .maxConcurrentRequests(maxConcurrent)
              .shutdownGrace(seconds("--shutdown-grace", shutdownGrace))
              .headerTimeout(seconds("--header-timeout", headerTimeout))
              .addAllTokenHashes(
                  authTokens == null ? java.util.Set.of() : BearerTokens.read(authTokens))
              .protectOperations(protectOperations)
              .tlsKeystore(java.util.Optional.ofNullable(tlsKeystore))
              .tlsPassword(java.util.Optional.ofNullable(tlsPassword()))
              .build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    ScoringServer server = ScoringServer.start(settings);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "motkit-serve-shutdown"));
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "motkit serve: listening on %s://%s:%d (SIGTERM or Ctrl-C stops it)%n",
        tlsKeystore == null ? "http" : "https", host, server.port());
    out.flush();
    stopped.await();
    return 0;
  }

  /** The keystore's password, from the environment variable named, when there is a keystore. */
  private @Nullable String tlsPassword() {
    if (tlsKeystore == null) {
      return null;
    }
    String password = System.getenv(tlsPasswordEnv);
    if (password == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--tls-keystore needs its password in the environment variable "
              + tlsPasswordEnv
              + " (--tls-password-env names another)");
    }
    return password;
  }

  private Duration seconds(String option, double seconds) {
    if (!(seconds >= 0) || seconds > 86_400) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), option + " must be from 0 to 86400 seconds, found " + seconds);
    }
    return Duration.ofMillis(Math.round(seconds * 1000));
  }
}
