package io.motkit.cli;

import io.javalin.Javalin;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.journey.EventLogReader;
import io.motkit.journey.analysis.JourneyAnalysis;
import io.motkit.journey.analysis.MomentsOfTruthAnalysis;
import io.motkit.journey.analysis.PainPointAnalysis;
import io.motkit.journey.map.JourneyMapAnalysis;
import io.motkit.streams.LiveScoring;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code motkit stream}: live scoring on Kafka Streams, until SIGTERM or Ctrl-C. */
@Command(
    name = "stream",
    mixinStandardHelpOptions = true,
    description =
        "Score journeys live from a Kafka topic of events (key: journey or customer; value: one JSON"
            + " object with the event log's fields): after every event the journey's score goes to"
            + " the scores topic, alerts to the alerts topic, events that cannot be placed to the"
            + " dead-letter topic. The scores equal motkit score --split-gap on the same events."
            + " SIGTERM stops it after committing what it has processed; see docs/streams.md.",
    footer = {
      "",
      "Examples:",
      "  motkit stream --bootstrap-servers 127.0.0.1:9092 --events contacts --scores scores \\",
      "      --alerts alerts --scorer peak-end --param peak=worst --alert-below 3 --grace PT5M"
    })
final class StreamCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger("motkit.stream");

  @Spec CommandSpec spec;

  @Mixin ScorerOptions.Chosen scorer = new ScorerOptions.Chosen();

  @Mixin ScaleOptions scale = new ScaleOptions();

  @Option(
      names = "--bootstrap-servers",
      required = true,
      paramLabel = "HOST:PORT",
      description = "The Kafka brokers to connect to, comma-separated.")
  String bootstrapServers = "";

  @Option(
      names = "--events",
      paramLabel = "TOPIC",
      description = "The topic of events (default: ${DEFAULT-VALUE}).",
      defaultValue = "motkit-events")
  String events = "motkit-events";

  @Option(
      names = "--scores",
      paramLabel = "TOPIC",
      description = "The topic of scores, keyed by journey (default: ${DEFAULT-VALUE}).",
      defaultValue = "motkit-scores")
  String scores = "motkit-scores";

  @Option(
      names = "--alerts",
      paramLabel = "TOPIC",
      description = "The topic of alerts (default: ${DEFAULT-VALUE}).",
      defaultValue = "motkit-alerts")
  String alerts = "motkit-alerts";

  @Option(
      names = "--dead-letters",
      paramLabel = "TOPIC",
      description = "The topic of events that could not be placed (default: ${DEFAULT-VALUE}).",
      defaultValue = "motkit-dead-letters")
  String deadLetters = "motkit-dead-letters";

  @Option(
      names = "--alert-below",
      paramLabel = "X",
      description = "Alert when a journey's score becomes worse than X.")
  @Nullable Double alertBelow;

  @Option(
      names = "--alert-drop",
      paramLabel = "D",
      description = "Alert when one event makes a journey's score worse by more than D.")
  @Nullable Double alertDrop;

  @Option(
      names = "--no-pain-point-alerts",
      description = "No alert for a moment worse than its adequate level.")
  boolean noPainPointAlerts;

  @Option(
      names = "--grace",
      paramLabel = "DURATION",
      description =
          "How far behind the latest event an event may be and still be placed, ISO-8601"
              + " (default: ${DEFAULT-VALUE}).",
      defaultValue = "PT1M")
  String grace = "PT1M";

  @Option(
      names = "--split-gap",
      paramLabel = "DURATION",
      description =
          "The inactivity that ends a journey, ISO-8601, as in motkit score --split-gap (default:"
              + " ${DEFAULT-VALUE}).",
      defaultValue = "P30D")
  String splitGap = "P30D";

  @Option(
      names = "--max-moments",
      paramLabel = "N",
      description = "Most moments kept for one journey (default: ${DEFAULT-VALUE}).",
      defaultValue = "10000")
  int maxMoments = 10_000;

  @Option(
      names = "--analyses",
      paramLabel = "NAME",
      split = ",",
      description =
          "Analyses of the journeys that are over, by window: pain-points, moments-of-truth (under"
              + " the stream's scorer), journey-map; comma-separated (default: none).")
  List<String> analyses = new ArrayList<>();

  @Option(
      names = "--window",
      paramLabel = "DURATION",
      description =
          "The analyses' tumbling window, ISO-8601, aligned to the epoch (default:"
              + " ${DEFAULT-VALUE}).",
      defaultValue = "P1D")
  String window = "P1D";

  @Option(
      names = "--window-retention",
      paramLabel = "DURATION",
      description =
          "How long a window's tally is kept after its end, behind the latest journey end seen"
              + " (default: ${DEFAULT-VALUE}).",
      defaultValue = "P7D")
  String windowRetention = "P7D";

  @Option(
      names = "--journeys",
      paramLabel = "TOPIC",
      description =
          "The topic of journeys that are over, which the analyses read (default:"
              + " ${DEFAULT-VALUE}).",
      defaultValue = "motkit-closed-journeys")
  String journeys = "motkit-closed-journeys";

  @Option(
      names = "--results",
      paramLabel = "TOPIC",
      description = "The topic of the analyses' results by window (default: ${DEFAULT-VALUE}).",
      defaultValue = "motkit-results")
  String results = "motkit-results";

  @Option(
      names = "--application-id",
      paramLabel = "ID",
      description =
          "The Kafka Streams application id: consumer group and prefix of internal topics"
              + " (default: ${DEFAULT-VALUE}).",
      defaultValue = "motkit-stream")
  String applicationId = "motkit-stream";

  @Option(
      names = "--state-dir",
      paramLabel = "DIR",
      description = "Where Kafka Streams keeps its local state (default: its own).")
  @Nullable Path stateDir;

  @Option(
      names = "--config",
      paramLabel = "KEY=VALUE",
      description =
          "A Kafka Streams or client setting, such as security.protocol=SSL; repeat for more.")
  List<String> config = new ArrayList<>();

  @Option(
      names = "--metrics-port",
      paramLabel = "PORT",
      description =
          "Serve Kafka Streams' metrics at /metrics (Prometheus) and the state at /health on this"
              + " port of the loopback address, 0 for any free one (default: none).")
  @Nullable Integer metricsPort;

  @Option(
      names = "--log-format",
      paramLabel = "FORMAT",
      description = "text or json (one JSON object per line) (default: ${DEFAULT-VALUE}).",
      defaultValue = "text")
  String logFormat = "text";

  @Option(
      names = "--log-level",
      paramLabel = "LEVEL",
      description = "error, warn, info or debug (default: ${DEFAULT-VALUE}).",
      defaultValue = "info")
  String logLevel = "info";

  private JourneyAnalysis<?, ?> analysis(String name, JourneyScorer liveScorer) {
    switch (name) {
      case "pain-points":
        return PainPointAnalysis.defaults();
      case "moments-of-truth":
        return MomentsOfTruthAnalysis.of(liveScorer);
      case "journey-map":
        return JourneyMapAnalysis.defaults();
      default:
        throw usage("--analyses", name, "pain-points, moments-of-truth or journey-map");
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    Motkit.requireOneOf(spec, "--log-format", logFormat, "text", "json");
    Motkit.requireOneOf(spec, "--log-level", logLevel, "error", "warn", "info", "debug");
    if (metricsPort != null && (metricsPort < 0 || metricsPort > 65_535)) {
      throw usage("--metrics-port", String.valueOf(metricsPort), "a port from 0 to 65535");
    }
    Map<String, String> extra = KeyValues.of(spec, "--config", config);
    LiveScoring settings;
    try {
      JourneyScorer settingsScorer = scorer.create();
      LiveScoring.Builder builder =
          LiveScoring.builder()
              .reader(EventLogReader.of(scale.scale(spec)))
              .scorer(settingsScorer)
              .grace(duration("--grace", grace))
              .journeyGap(duration("--split-gap", splitGap))
              .alertPainPoints(!noPainPointAlerts)
              .maxMoments(maxMoments)
              .eventsTopic(events)
              .scoresTopic(scores)
              .alertsTopic(alerts)
              .deadLetterTopic(deadLetters)
              .inMemoryStore(true);
      if (alertBelow != null) {
        builder.alertBelow(alertBelow);
      }
      for (String name : analyses) {
        builder.putAnalysis(name, analysis(name, settingsScorer));
      }
      if (!analyses.isEmpty()) {
        builder
            .window(duration("--window", window))
            .windowRetention(duration("--window-retention", windowRetention))
            .journeysTopic(journeys)
            .resultsTopic(results);
      }
      if (alertDrop != null) {
        builder.alertDrop(alertDrop);
      }
      settings = builder.build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    ServerLogging.configure(logFormat, logLevel);
    Properties properties = new Properties();
    properties.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    if (stateDir != null) {
      properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    }
    // An event the processor cannot take is a dead letter, never an exception, so Kafka's
    // handler for processing exceptions only meets bugs; enabled everywhere, as Kafka 5 will.
    properties.put("processing.exception.handler.global.enabled", "true");
    properties.putAll(extra);
    KafkaStreams streams = new KafkaStreams(settings.topology(), properties);
    CountDownLatch stopped = new CountDownLatch(1);
    AtomicBoolean failed = new AtomicBoolean();
    streams.setStateListener(
        (now, before) -> {
          LOG.info("Kafka Streams state {} -> {}", before, now);
          if (now == KafkaStreams.State.ERROR) {
            failed.set(true);
            stopped.countDown();
          }
        });
    @Nullable Javalin metrics = metricsPort == null ? null : metrics(streams, metricsPort);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  LOG.info("stopping: committing what was processed");
                  streams.close(Duration.ofSeconds(30));
                  if (metrics != null) {
                    metrics.stop();
                  }
                  stopped.countDown();
                },
                "motkit-stream-shutdown"));
    streams.start();
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "motkit stream: scoring %s with %s into %s (alerts %s, dead letters %s)%s; SIGTERM or"
            + " Ctrl-C stops it%n",
        events,
        settings.scorer().id(),
        scores,
        alerts,
        deadLetters,
        metrics == null ? "" : ", metrics on http://127.0.0.1:" + metrics.port() + "/metrics");
    out.flush();
    stopped.await();
    if (failed.get()) {
      spec.commandLine()
          .getErr()
          .println("motkit stream: Kafka Streams stopped with an error; see the log");
      streams.close(Duration.ofSeconds(30));
      return 1;
    }
    return 0;
  }

  private static Javalin metrics(KafkaStreams streams, int port) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new KafkaStreamsMetrics(streams).bindTo(registry);
    return Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.routes.get(
                  "/metrics",
                  ctx -> ctx.contentType("text/plain; version=0.0.4").result(registry.scrape()));
              config.routes.get(
                  "/health",
                  ctx -> {
                    KafkaStreams.State state = streams.state();
                    ctx.status(state.isRunningOrRebalancing() ? 200 : 503)
                        .json(Map.of("status", state.toString()));
                  });
            })
        .start("127.0.0.1", port);
  }

  private Duration duration(String option, String text) {
    try {
      return Duration.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw usage(option, text, "an ISO-8601 duration such as PT5M or P30D");
    }
  }

  private CommandLine.ParameterException usage(String option, String value, String expected) {
    return new CommandLine.ParameterException(
        spec.commandLine(), option + ": '" + value + "' is not " + expected);
  }
}
