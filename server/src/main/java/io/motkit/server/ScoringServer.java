package io.motkit.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.motkit.core.scoring.ScorerRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * motkit's scorers and survey analyses over HTTP: JSON in and out, RFC 9457 problem documents for
 * every error, limits on every input, Prometheus metrics, and an OpenAPI 3.1 description at {@code
 * /openapi.json}. Built on Javalin (on Jetty). Thread-safe; {@link #close()} stops accepting,
 * finishes the requests in flight within the grace period, and stops.
 *
 * <pre>{@code
 * try (ScoringServer server = ScoringServer.start(ServerSettings.builder().port(0).build())) {
 *   System.out.println("listening on " + server.port());
 * }
 * }</pre>
 */
public final class ScoringServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ScoringServer.class);
  private static final String ROUTE = "motkit.route";
  private static final String STARTED = "motkit.started";

  /** The access line's fields, in Jetty's request log format. */
  private static final String ACCESS_FORMAT =
      "%{client}a \"%m %U\" %s %{CLF}O bytes %{ms}T ms id=%{X-Request-Id}o";

  private final ServerSettings settings;
  private final ServerMetrics metrics = new ServerMetrics();
  private final Semaphore admission;
  private final AtomicBoolean ready = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Javalin app;
  private final @Nullable BearerTokens tokens;

  /** The OpenAPI document, made once the address is known. */
  private volatile String openApi = "{}";

  private ScoringServer(ServerSettings settings, ScorerRegistry registry) {
    this.settings = settings;
    this.tokens = settings.tokenHashes().isEmpty() ? null : BearerTokens.of(settings.tokenHashes());
    if (!isLoopback(settings.host())
        && (settings.tlsKeystore().isEmpty() || settings.tokenHashes().isEmpty())) {
      LOG.warn(
          "listening on {} beyond this machine {}; anyone who can reach it can {}",
          settings.host(),
          settings.tlsKeystore().isEmpty() ? "without TLS" : "with TLS but without tokens",
          settings.tlsKeystore().isEmpty() ? "read the traffic" : "call it");
    }
    this.admission = new Semaphore(settings.maxConcurrentRequests());
    metrics.inFlight(() -> settings.maxConcurrentRequests() - admission.availablePermits());
    ScorerEndpoints scorers = new ScorerEndpoints(registry, settings, metrics);
    SurveyEndpoints surveys = new SurveyEndpoints(settings);
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.http.maxRequestSize = settings.maxBodyBytes();
              // A known path asked with another method is 405 with Allow, not 404.
              config.http.prefer405over404 = true;
              config.jetty.modifyServer(
                  server -> {
                    // One access line per request, protocol errors included, written once the
                    // answer is complete: client, method, path, status, bytes, time, request id.
                    Slf4jRequestLogWriter access = new Slf4jRequestLogWriter();
                    access.setLoggerName("motkit.access");
                    server.setRequestLog(new CustomRequestLog(access, ACCESS_FORMAT));
                    server.setStopTimeout(settings.shutdownGrace().toMillis());
                    server.setErrorHandler(new ProblemErrorHandler());
                    server.insertHandler(new GracefulHandler());
                  });
              config.jetty.addConnector(
                  (server, http) -> {
                    ServerConnector connector =
                        settings.tlsKeystore().isPresent()
                            ? new ServerConnector(
                                server,
                                new SslConnectionFactory(tls(settings), "http/1.1"),
                                new HttpConnectionFactory(https(http)))
                            : new ServerConnector(server, new HttpConnectionFactory(http));
                    connector.setHost(settings.host());
                    connector.setPort(settings.port());
                    // Bounds every wait for bytes, so a stalled client cannot hold a thread.
                    connector.setIdleTimeout(settings.requestTimeout().toMillis());
                    connector.addEventListener(headerDeadline(connector, settings));
                    return connector;
                  });
              config.routes.before(
                  ctx -> {
                    ctx.attribute(STARTED, System.nanoTime());
                    String id = RequestIds.of(ctx.header(RequestIds.HEADER));
                    ctx.attribute(RequestIds.ATTRIBUTE, id);
                    ctx.header(RequestIds.HEADER, id);
                    MDC.put(RequestIds.MDC_KEY, id);
                    requireToken(ctx);
                  });
              config.routes.get(
                  "/health",
                  route(
                      "/health",
                      ctx -> ctx.contentType("application/json").result("{\"status\":\"up\"}")));
              config.routes.get(
                  "/ready",
                  route(
                      "/ready",
                      ctx -> {
                        if (ready.get() && !closed.get()) {
                          ctx.contentType("application/json").result("{\"status\":\"ready\"}");
                        } else {
                          throw Problem.of(
                                  503,
                                  "not-ready",
                                  "Not ready",
                                  "the server is starting or shutting down")
                              .asException();
                        }
                      }));
              config.routes.get(
                  "/metrics",
                  route(
                      "/metrics",
                      ctx -> ctx.contentType(ServerMetrics.CONTENT_TYPE).result(metrics.scrape())));
              config.routes.get(
                  "/openapi.json",
                  route(
                      "/openapi.json",
                      ctx ->
                          ctx.contentType("application/json")
                              .result(openApi.getBytes(StandardCharsets.UTF_8))));
              config.routes.get("/v1/scorers", admitted("/v1/scorers", scorers::list));
              config.routes.post(
                  "/v1/scorers/{id}/score",
                  admitted("/v1/scorers/{id}/score", ctx -> scorers.score(ctx, deadline())));
              config.routes.post(
                  "/v1/scorers/{id}/batch", admitted("/v1/scorers/{id}/batch", scorers::batch));
              config.routes.post(
                  "/v1/analyses/{analysis}",
                  admitted("/v1/analyses/{analysis}", ctx -> surveys.analyse(ctx, deadline())));
              config.routes.after(
                  ctx -> {
                    record(ctx);
                    MDC.remove(RequestIds.MDC_KEY);
                  });
              config.routes.exception(ProblemException.class, (e, ctx) -> answer(ctx, e.problem()));
              config.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) -> {
                    Problem problem =
                        Problem.of(
                            e.getStatus(),
                            slug(e.getStatus()),
                            reason(e.getStatus()),
                            e.getMessage());
                    String allowed = e.getDetails().get("availableMethods");
                    if (e.getStatus() == 405 && allowed != null) {
                      ctx.header("Allow", allowed);
                      problem =
                          Problem.of(
                                  405,
                                  "method-not-allowed",
                                  "Method not allowed",
                                  ctx.method().name() + " is not allowed on " + ctx.path())
                              .with("allow", allowed);
                    }
                    answer(ctx, problem);
                  });
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.error("internal error answering {} {}", ctx.method(), ctx.path(), e);
                    answer(
                        ctx,
                        Problem.of(
                            500,
                            "internal-error",
                            "Internal error",
                            "the server could not answer this request; the error is logged"));
                  });
            });
  }

  /**
   * Closes a connection that has not sent a whole request head within the header timeout of its
   * opening. The HTTP connection counts the requests whose head it has read (a TLS connection
   * counts none of its own and is left to the HTTP connection inside it).
   */
  private static org.eclipse.jetty.io.Connection.Listener headerDeadline(
      ServerConnector connector, ServerSettings settings) {
    long millis = settings.headerTimeout().toMillis();
    return new org.eclipse.jetty.io.Connection.Listener() {
      @Override
      public void onOpened(org.eclipse.jetty.io.Connection connection) {
        if (connection.getMessagesIn() != 0) {
          return;
        }
        connector
            .getScheduler()
            .schedule(
                () -> {
                  if (connection.getMessagesIn() == 0 && connection.getEndPoint().isOpen()) {
                    connection.close();
                  }
                },
                millis,
                java.util.concurrent.TimeUnit.MILLISECONDS);
      }
    };
  }

  /** The paths of the operations endpoints, open to probes and scrapers unless protected. */
  private static final java.util.Set<String> OPERATIONS =
      java.util.Set.of("/health", "/ready", "/metrics", "/openapi.json");

  /** 401 unless the request presents an accepted token, when the server has tokens. */
  private void requireToken(Context ctx) {
    if (tokens == null || (!settings.protectOperations() && OPERATIONS.contains(ctx.path()))) {
      return;
    }
    if (!tokens.accepts(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"motkit\"");
      throw Problem.of(
              401,
              "unauthorized",
              "Unauthorized",
              "this server needs a bearer token: Authorization: Bearer TOKEN")
          .asException();
    }
  }

  /** The TLS of the connector: the keystore's key and certificate, TLS 1.2 and 1.3 only. */
  private static SslContextFactory.Server tls(ServerSettings settings) {
    SslContextFactory.Server tls = new SslContextFactory.Server();
    tls.setKeyStorePath(settings.tlsKeystore().orElseThrow().toString());
    tls.setKeyStoreType("PKCS12");
    tls.setKeyStorePassword(settings.tlsPassword().orElseThrow());
    tls.setIncludeProtocols("TLSv1.3", "TLSv1.2");
    return tls;
  }

  /**
   * HTTP over TLS: the request knows it is secure; the name a client asked for need not be the
   * certificate's (a client may call by address).
   */
  private static HttpConfiguration https(HttpConfiguration http) {
    HttpConfiguration https = new HttpConfiguration(http);
    SecureRequestCustomizer secure = new SecureRequestCustomizer();
    secure.setSniHostCheck(false);
    https.addCustomizer(secure);
    return https;
  }

  /**
   * Starts a server with {@code settings} and the scorers found by {@link ScorerRegistry#load()}.
   *
   * @throws IllegalStateException naming the address if the server cannot bind
   */
  public static ScoringServer start(ServerSettings settings) {
    return start(settings, ScorerRegistry.load());
  }

  /**
   * Starts a server with {@code settings} and the scorers of {@code registry}.
   *
   * @throws IllegalStateException naming the address if the server cannot bind
   */
  public static ScoringServer start(ServerSettings settings, ScorerRegistry registry) {
    ScoringServer server = new ScoringServer(settings, registry);
    try {
      server.app.start();
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "cannot listen on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
    }
    String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
    server.openApi =
        OpenApiDocument.of(
            registry,
            (settings.tlsKeystore().isPresent() ? "https" : "http")
                + "://"
                + host
                + ":"
                + server.port());
    server.ready.set(true);
    return server;
  }

  /** The port the server listens on (the one chosen when the settings said 0). */
  public int port() {
    return app.port();
  }

  /** The settings the server runs with. */
  public ServerSettings settings() {
    return settings;
  }

  /**
   * Stops the server: new connections are refused and {@code /ready} answers 503 at once, requests
   * in flight get up to the shutdown grace to finish. Calling it again does nothing.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      ready.set(false);
      app.stop();
    }
  }

  private static boolean isLoopback(String host) {
    try {
      return java.net.InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  private long deadline() {
    return System.nanoTime() + settings.requestTimeout().toNanos();
  }

  /** A handler whose requests are counted under {@code route}. */
  private static Handler route(String route, Handler handler) {
    return ctx -> {
      ctx.attribute(ROUTE, route);
      handler.handle(ctx);
    };
  }

  /**
   * A handler that runs only when fewer than the maximum of requests are in flight, 503 otherwise.
   */
  private Handler admitted(String route, Handler handler) {
    return route(
        route,
        ctx -> {
          if (!admission.tryAcquire()) {
            ctx.header("Retry-After", "1");
            throw Problem.of(
                    503,
                    "overloaded",
                    "Overloaded",
                    "the server is answering "
                        + settings.maxConcurrentRequests()
                        + " requests already; retry after a second")
                .asException();
          }
          try {
            handler.handle(ctx);
          } finally {
            admission.release();
          }
        });
  }

  private void record(Context ctx) {
    Long started = ctx.attribute(STARTED);
    String route = ctx.attribute(ROUTE);
    metrics.request(
        ctx.method().name(),
        route == null ? "unmatched" : route,
        ctx.res().getStatus(),
        started == null ? 0 : System.nanoTime() - started);
  }

  private static void answer(Context ctx, Problem problem) {
    if (ctx.res().isCommitted()) {
      // A streamed answer is under way; its own lines carry the problem, if it can still be sent.
      return;
    }
    ctx.status(problem.status());
    ctx.contentType(Problem.MEDIA_TYPE);
    // The bytes are UTF-8 whatever charset the container would pick for this media type.
    var json = problem.toJson(ctx.path());
    String id = ctx.attribute(RequestIds.ATTRIBUTE);
    if (id != null) {
      json.put("request_id", id);
    }
    ctx.result(json.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String slug(int status) {
    return reason(status).toLowerCase(Locale.ROOT).replace(' ', '-');
  }

  private static String reason(int status) {
    HttpStatus known = HttpStatus.forStatus(status);
    return known == HttpStatus.UNKNOWN ? "Error " + status : known.getMessage();
  }
}
