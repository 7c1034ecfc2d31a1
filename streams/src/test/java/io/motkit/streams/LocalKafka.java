package io.motkit.streams;

import io.motkit.core.Expectation;
import io.motkit.core.Scale;
import io.motkit.journey.EventLog;
import io.motkit.journey.EventLogReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
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
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A Kafka broker in this JVM, and the producer and reader the demonstration script needs, so that
 * {@code motkit stream} can be run on a machine with nothing but a JDK:
 *
 * <ul>
 *   <li>{@code broker DIR TOPIC...}: starts a one-node KRaft cluster on a loopback port, creates
 *       the topics, writes the bootstrap address to {@code DIR/bootstrap} and runs until killed;
 *   <li>{@code produce BOOTSTRAP TOPIC LOG.csv MIN..MAX}: sends every event of an event log, in
 *       time order, keyed by journey, as the event log's JSON;
 *   <li>{@code table BOOTSTRAP TOPIC IDLE_SECONDS}: reads a topic from the start until it has been
 *       idle that long and prints the last value of each key as {@code key,value}.
 * </ul>
 */
final class LocalKafka {

  private LocalKafka() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "broker":
        broker(Path.of(args[1]), List.of(args).subList(2, args.length));
        break;
      case "produce":
        produce(args[1], args[2], Path.of(args[3]), args[4]);
        break;
      case "table":
        table(args[1], args[2], Integer.parseInt(args[3]));
        break;
      default:
        throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }

  static KafkaClusterTestKit start(Path dir) throws Exception {
    KafkaClusterTestKit cluster =
        new KafkaClusterTestKit.Builder(
                new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBaseDirectory(dir)
                    .build())
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("transaction.state.log.replication.factor", "1")
            .setConfigProp("group.initial.rebalance.delay.ms", "0")
            .build();
    cluster.format();
    cluster.startup();
    cluster.waitForReadyBrokers();
    return cluster;
  }

  static void createTopics(String bootstrap, List<String> topics, int partitions) throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      List<NewTopic> created = new ArrayList<>();
      for (String t : topics) {
        created.add(new NewTopic(t, partitions, (short) 1));
      }
      admin.createTopics(created).all().get();
    }
  }

  private static void broker(Path dir, List<String> topics) throws Exception {
    KafkaClusterTestKit cluster = start(dir.resolve("kafka"));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    cluster.close();
                  } catch (Exception e) {
                    System.err.println("broker: " + e);
                  }
                }));
    createTopics(cluster.bootstrapServers(), topics, 2);
    Files.writeString(dir.resolve("bootstrap.tmp"), cluster.bootstrapServers());
    Files.move(dir.resolve("bootstrap.tmp"), dir.resolve("bootstrap"));
    System.out.println("broker: " + cluster.bootstrapServers() + ", topics " + topics);
    Thread.currentThread().join();
  }

  /** The events of a log as JSON values keyed by journey, all journeys' events in time order. */
  static List<ProducerRecord<String, String>> records(String topic, EventLog log) {
    List<long[]> order = new ArrayList<>();
    for (int j = 0; j < log.journeyCount(); j++) {
      for (int e = log.firstEvent(j); e < log.endEvent(j); e++) {
        order.add(new long[] {log.startMillis(e), j, e});
      }
    }
    order.sort(Comparator.comparingLong((long[] x) -> x[0]));
    List<ProducerRecord<String, String>> records = new ArrayList<>(order.size());
    for (long[] x : order) {
      int e = (int) x[2];
      StringBuilder json = new StringBuilder("{\"timestamp\":\"");
      json.append(Instant.ofEpochMilli(log.startMillis(e))).append("\",\"touchpoint\":");
      json.append(com.fasterxml.jackson.databind.node.TextNode.valueOf(log.touchpoint(e).id()));
      json.append(",\"value\":").append(log.value(e));
      json.append(",\"duration_s\":").append(log.durationMillis(e) / 1000.0);
      Optional<Expectation> expectation = log.expectation(e);
      if (expectation.isPresent()) {
        json.append(",\"expected\":").append(expectation.get().expected());
        if (expectation.get().adequate().isPresent()) {
          json.append(",\"adequate\":").append(expectation.get().adequate().getAsDouble());
        }
        if (expectation.get().desired().isPresent()) {
          json.append(",\"desired\":").append(expectation.get().desired().getAsDouble());
        }
      }
      json.append('}');
      records.add(new ProducerRecord<>(topic, log.journeyId((int) x[1]), json.toString()));
    }
    return records;
  }

  static Scale scale(String range) {
    String[] b = range.split("\\.\\.", -1);
    double min = Double.parseDouble(b[0]);
    double max = Double.parseDouble(b[1]);
    return Scale.of(min, max, (min + max) / 2, true);
  }

  private static void produce(String bootstrap, String topic, Path file, String range)
      throws Exception {
    EventLog log = EventLogReader.of(scale(range)).readCsv(file);
    List<ProducerRecord<String, String>> records = records(topic, log);
    try (KafkaProducer<String, String> producer = producer(bootstrap)) {
      List<Future<?>> sent = new ArrayList<>();
      for (ProducerRecord<String, String> r : records) {
        sent.add(producer.send(r));
      }
      for (Future<?> f : sent) {
        f.get();
      }
    }
    System.err.println(
        "produce: "
            + records.size()
            + " events of "
            + log.journeyCount()
            + " journeys to "
            + topic);
  }

  static KafkaProducer<String, String> producer(String bootstrap) {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, 5),
        new StringSerializer(),
        new StringSerializer());
  }

  static KafkaConsumer<String, String> consumer(String bootstrap, String group) {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
            ConsumerConfig.GROUP_ID_CONFIG, group,
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
        new StringDeserializer(),
        new StringDeserializer());
  }

  private static void table(String bootstrap, String topic, int idleSeconds) {
    Map<String, String> table = new TreeMap<>();
    long records = 0;
    try (KafkaConsumer<String, String> consumer =
        consumer(bootstrap, "motkit-table-" + System.nanoTime())) {
      consumer.subscribe(List.of(topic));
      long idleSince = System.nanoTime();
      while (System.nanoTime() - idleSince < Duration.ofSeconds(idleSeconds).toNanos()) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
          idleSince = System.nanoTime();
          records++;
          if (r.value() == null) {
            table.remove(r.key());
          } else {
            table.put(r.key(), r.value());
          }
        }
      }
    }
    table.forEach((k, v) -> System.out.println(k + "\t" + v));
    System.err.println("table: " + records + " records, " + table.size() + " keys in " + topic);
  }
}
