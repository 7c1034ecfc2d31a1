package io.motkit.streams;

import io.motkit.core.Scale;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.EventLogReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The throughput benchmark of live scoring (a benchmark, not a test: run by
 * benchmarks/run-streams.sh): events per second through the topology on Kafka's test driver and on
 * a broker in this JVM, the state kept per journey, and the time from an event to its alert.
 */
final class LiveThroughput {

  private static final Scale SCALE = Scale.of(1, 7, 4, true);
  private static final int LINGER_MS = 5;

  private LiveThroughput() {}

  public static void main(String[] args) throws Exception {
    int customers = Integer.parseInt(args[0]);
    int rounds = Integer.parseInt(args[1]);
    ScorerRegistry registry = ScorerRegistry.load();
    List<TestEvents.Event> events = TestEvents.simulate(11, customers, 20);
    System.out.printf("log: %d events of %d customers%n", events.size(), customers);
    for (JourneyScorer scorer :
        List.of(
            registry.create("peak-end"),
            registry.create("peak-end", Map.of("end", "window", "window", "600")))) {
      driver(events, scorer, rounds);
    }
    if (args.length > 2) {
      broker(events, registry.create("peak-end"), Path.of(args[2]));
    }
  }

  private static LiveScoring settings(JourneyScorer scorer, boolean inMemory) {
    return LiveScoring.builder()
        .reader(EventLogReader.of(SCALE))
        .scorer(scorer)
        .grace(Duration.ofMinutes(1))
        .journeyGap(Duration.ofDays(14))
        .inMemoryStore(inMemory)
        .build();
  }

  private static void driver(List<TestEvents.Event> events, JourneyScorer scorer, int rounds) {
    double[] rates = new double[rounds];
    long open = 0;
    long closed = 0;
    long keys = 0;
    for (int r = 0; r < rounds; r++) {
      LiveScoring settings = settings(scorer, false);
      try (LiveDriver live = new LiveDriver(settings)) {
        long t0 = System.nanoTime();
        for (TestEvents.Event e : events) {
          live.send(e.key, e.json);
        }
        rates[r] = events.size() / ((System.nanoTime() - t0) / 1e9);
        live.scores.readRecordsToList();
        KeyValueStore<String, byte[]> store = live.driver.getKeyValueStore(settings.storeName());
        open = 0;
        keys = 0;
        try (KeyValueIterator<String, byte[]> all = store.all()) {
          while (all.hasNext()) {
            open += all.next().value.length;
            keys++;
          }
        }
        live.driver.advanceWallClockTime(settings.sweepInterval());
        closed = 0;
        try (KeyValueIterator<String, byte[]> all = store.all()) {
          while (all.hasNext()) {
            closed += all.next().value.length;
          }
        }
      }
    }
    Arrays.sort(rates);
    System.out.printf(
        "driver  %-40s median %,.0f events/s (runs %s); state per key %d bytes open at the end, %d"
            + " after the sweep%n",
        scorer.id() + " " + scorer.parameters(),
        rates[rounds / 2],
        Arrays.toString(Arrays.stream(rates).mapToLong(Math::round).toArray()),
        open / keys,
        closed / keys);
  }

  private static void broker(List<TestEvents.Event> events, JourneyScorer scorer, Path dir)
      throws Exception {
    KafkaClusterTestKit cluster = LocalKafka.start(dir.resolve("kafka"));
    try {
      String bootstrap = cluster.bootstrapServers();
      LiveScoring settings = settings(scorer, false);
      LocalKafka.createTopics(
          bootstrap,
          List.of(
              settings.eventsTopic(),
              settings.scoresTopic(),
              settings.alertsTopic(),
              settings.deadLetterTopic()),
          2);
      try (KafkaProducer<String, String> producer = LocalKafka.producer(bootstrap)) {
        List<Future<?>> sent = new ArrayList<>();
        for (TestEvents.Event e : TestEvents.arrivals(events, 0, 11)) {
          sent.add(producer.send(new ProducerRecord<>(settings.eventsTopic(), e.key, e.json)));
        }
        for (Future<?> f : sent) {
          f.get();
        }
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "motkit-throughput");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(
            StreamsConfig.STATE_DIR_CONFIG,
            Files.createDirectories(dir.resolve("state")).toString());
        config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 2);
        // Kafka Streams' producers wait up to 100 ms to fill a batch unless told otherwise; a
        // service that acts on alerts sets this lower, at some cost in throughput.
        config.put(
            StreamsConfig.producerPrefix(
                org.apache.kafka.clients.producer.ProducerConfig.LINGER_MS_CONFIG),
            LINGER_MS);
        try (KafkaStreams streams = new KafkaStreams(settings.topology(), config);
            KafkaConsumer<String, String> scores =
                LocalKafka.consumer(bootstrap, "throughput-scores");
            KafkaConsumer<String, String> alerts =
                LocalKafka.consumer(bootstrap, "throughput-alerts")) {
          scores.subscribe(List.of(settings.scoresTopic()));
          // Assigned, not subscribed: no group to join, so the first timed alert waits on nothing.
          List<org.apache.kafka.common.TopicPartition> alertPartitions = new ArrayList<>();
          alerts
              .partitionsFor(settings.alertsTopic())
              .forEach(
                  p ->
                      alertPartitions.add(
                          new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())));
          alerts.assign(alertPartitions);
          long t0 = System.nanoTime();
          streams.start();
          long seen = 0;
          long firstRecord = 0;
          while (seen < events.size()) {
            int polled = scores.poll(Duration.ofMillis(100)).count();
            if (seen == 0 && polled > 0) {
              firstRecord = System.nanoTime();
            }
            seen += polled;
          }
          long t1 = System.nanoTime();
          System.out.printf(
              "broker  %-40s %,.0f events/s from start to the last score (%.1f s, %.1f s of it"
                  + " before the first score: start-up and assignment), %,.0f events/s after%n",
              scorer.id(),
              events.size() / ((t1 - t0) / 1e9),
              (t1 - t0) / 1e9,
              (firstRecord - t0) / 1e9,
              events.size() / ((t1 - firstRecord) / 1e9));
          alerts.seekToEnd(alertPartitions);
          alertPartitions.forEach(alerts::position);
          int n = 200;
          double[] latency = new double[n];
          for (int i = 0; i < n; i++) {
            String event =
                "{\"timestamp\":\""
                    + java.time.Instant.now()
                    + "\",\"touchpoint\":\"repair\",\"value\":1,"
                    + "\"expected\":5,\"adequate\":4,\"desired\":6}";
            long s = System.nanoTime();
            producer
                .send(new ProducerRecord<>(settings.eventsTopic(), "late-night-" + i, event))
                .get();
            boolean got = false;
            long giveUp = s + Duration.ofSeconds(30).toNanos();
            while (!got) {
              for (ConsumerRecord<String, String> r : alerts.poll(Duration.ofMillis(5))) {
                got |= r.key().equals("late-night-" + i + "#1");
              }
              if (!got && System.nanoTime() > giveUp) {
                throw new IllegalStateException(
                    "no alert for late-night-"
                        + i
                        + " within 30 s of its event; Kafka Streams is "
                        + streams.state());
              }
            }
            latency[i] = (System.nanoTime() - s) / 1e6;
          }
          Arrays.sort(latency);
          System.out.printf(
              "latency event to alert over %d events: median %.1f ms, p90 %.1f ms, p99 %.1f ms (linger"
                  + " %d ms, commit interval 100 ms)%n",
              n, latency[n / 2], latency[n * 9 / 10], latency[n * 99 / 100], LINGER_MS);
        }
      }
    } finally {
      cluster.close();
    }
  }
}
