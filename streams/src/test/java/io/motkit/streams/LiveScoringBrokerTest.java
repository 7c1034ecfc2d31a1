package io.motkit.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.motkit.core.Scale;
import io.motkit.core.json.JourneyScoreJson;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.EventLogReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topology on a real Kafka broker, started in this JVM in KRaft mode (the Kafka project's own
 * test cluster) on a loopback port: a simulated log is produced, scored live, and the topics read
 * back: every journey's last score is its batch score, every pain point is alerted, a bad event is
 * a dead letter.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
final class LiveScoringBrokerTest {

  private static final Scale SCALE = Scale.of(1, 7, 4, true);
  private static final Duration GAP = Duration.ofDays(14);
  private static KafkaClusterTestKit cluster;

  @BeforeAll
  static void startBroker(@TempDir Path dir) throws Exception {
    cluster = LocalKafka.start(dir);
  }

  @AfterAll
  static void stopBroker() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void aSimulatedLogScoredLiveOnABrokerLeavesTheBatchScoresAndItsAlerts(@TempDir Path state)
      throws Exception {
    JourneyScorer scorer = ScorerRegistry.load().create("peak-end");
    LiveScoring settings =
        LiveScoring.builder()
            .reader(EventLogReader.of(SCALE))
            .scorer(scorer)
            .journeyGap(GAP)
            .grace(Duration.ofMinutes(5))
            .build();
    try (Admin admin = cluster.admin()) {
      admin
          .createTopics(
              List.of(
                  new NewTopic(settings.eventsTopic(), 2, (short) 1),
                  new NewTopic(settings.scoresTopic(), 2, (short) 1),
                  new NewTopic(settings.alertsTopic(), 1, (short) 1),
                  new NewTopic(settings.deadLetterTopic(), 1, (short) 1)))
          .all()
          .get();
    }
    List<TestEvents.Event> events = TestEvents.simulate(42, 40, 30);
    Map<String, Long> expected = LiveScoringReplayTest.batchScores(events, scorer);
    long painPoints =
        events.stream().filter(e -> e.json.contains("\"adequate\":3") && value(e) < 3).count();

    Properties producerConfig = new Properties();
    producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
      List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
      for (TestEvents.Event e : TestEvents.arrivals(events, 0, 42)) {
        sent.add(producer.send(new ProducerRecord<>(settings.eventsTopic(), e.key, e.json)));
      }
      sent.add(
          producer.send(
              new ProducerRecord<>(settings.eventsTopic(), "customer-0", "{\"value\":3}")));
      for (java.util.concurrent.Future<?> f : sent) {
        f.get();
      }
    }

    Properties streamsConfig = new Properties();
    streamsConfig.put(StreamsConfig.APPLICATION_ID_CONFIG, "motkit-broker-test");
    streamsConfig.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    streamsConfig.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
    streamsConfig.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    streamsConfig.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
    streamsConfig.put(
        StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    try (KafkaStreams streams = new KafkaStreams(settings.topology(), streamsConfig)) {
      streams.start();
      Map<String, Long> scores = new TreeMap<>();
      List<String> alerts = new ArrayList<>();
      List<String> deadLetters = new ArrayList<>();
      try (KafkaConsumer<String, String> consumer = consumer()) {
        consumer.subscribe(
            List.of(settings.scoresTopic(), settings.alertsTopic(), settings.deadLetterTopic()));
        // Wait on the records themselves, not on a clock: until every journey has its batch score,
        // every pain point its alert and the bad event its dead letter (the class has a timeout).
        while (!(scores.equals(expected)
            && alerts.size() >= painPoints
            && !deadLetters.isEmpty())) {
          for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
            if (r.topic().equals(settings.scoresTopic())) {
              if (r.value() == null) {
                scores.remove(r.key());
              } else {
                scores.put(
                    r.key(), Double.doubleToRawLongBits(JourneyScoreJson.read(r.value()).value()));
              }
            } else if (r.topic().equals(settings.alertsTopic())) {
              alerts.add(r.value());
            } else {
              deadLetters.add(r.value());
            }
          }
        }
      }
      assertThat(scores).isEqualTo(expected);
      assertThat(alerts)
          .hasSize((int) painPoints)
          .allMatch(a -> a.contains("\"rule\":\"pain-point\""));
      assertThat(deadLetters).hasSize(1);
      assertThat(new ObjectMapper().readTree(deadLetters.get(0)).get("message").asText())
          .contains("customer-0", "timestamp");
    }
  }

  private static double value(TestEvents.Event e) {
    String json = e.json;
    int at = json.indexOf("\"value\":") + 8;
    int end = at;
    while (end < json.length() && "0123456789.".indexOf(json.charAt(end)) >= 0) {
      end++;
    }
    return Double.parseDouble(json.substring(at, end));
  }

  private static KafkaConsumer<String, String> consumer() {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "motkit-broker-test-reader");
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
  }
}
