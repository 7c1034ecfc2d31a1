package io.motkit.streams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** A topology of {@link LiveScoring} on Kafka's test driver, with its four topics at hand. */
final class LiveDriver implements AutoCloseable {

  final TopologyTestDriver driver;
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  final TestInputTopic<String, String> events;
  final TestOutputTopic<String, String> scores;
  final TestOutputTopic<String, String> alerts;
  final TestOutputTopic<String, String> deadLetters;

  /** The processor's wall clock at the start: fixed, so that no test depends on the day it runs. */
  static final java.time.Instant CLOCK = java.time.Instant.parse("2026-06-01T00:00:00Z");

  LiveDriver(LiveScoring settings) {
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "motkit-test");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(settings.topology(), config, CLOCK);
    events =
        driver.createInputTopic(
            settings.eventsTopic(), new StringSerializer(), new StringSerializer());
    scores =
        driver.createOutputTopic(
            settings.scoresTopic(), new StringDeserializer(), new StringDeserializer());
    alerts =
        driver.createOutputTopic(
            settings.alertsTopic(), new StringDeserializer(), new StringDeserializer());
    deadLetters =
        driver.createOutputTopic(
            settings.deadLetterTopic(), new StringDeserializer(), new StringDeserializer());
  }

  void send(String key, String value) {
    events.pipeInput(key, value);
  }

  /** The scores topic read as a table: the last value of each key, tombstones removing it. */
  Map<String, String> scoreTable() {
    Map<String, String> table = new LinkedHashMap<>();
    for (TestRecord<String, String> r : scores.readRecordsToList()) {
      if (r.value() == null) {
        table.remove(r.key());
      } else {
        table.put(r.key(), r.value());
      }
    }
    return table;
  }

  /** The values of a topic's new records, each read as JSON. */
  List<com.fasterxml.jackson.databind.JsonNode> json(TestOutputTopic<String, String> topic) {
    List<com.fasterxml.jackson.databind.JsonNode> nodes = new ArrayList<>();
    for (String value : values(topic)) {
      try {
        nodes.add(JSON.readTree(value));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new AssertionError("not JSON: " + value, e);
      }
    }
    return nodes;
  }

  List<String> values(TestOutputTopic<String, String> topic) {
    List<String> values = new ArrayList<>();
    topic.readRecordsToList().forEach(r -> values.add(r.value()));
    return values;
  }

  @Override
  public void close() {
    driver.close();
  }
}
