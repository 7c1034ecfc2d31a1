package io.motkit.streams;

import static com.google.common.base.Preconditions.checkArgument;

import io.motkit.core.scoring.JourneyScorer;
import io.motkit.journey.EventLogReader;
import io.motkit.journey.analysis.JourneyAnalysis;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;
import org.immutables.value.Value;

/**
 * Live scoring of journeys on Kafka Streams: the settings, and the {@link #topology()} they make.
 *
 * <p>Events come keyed by journey (or by customer: contacts are split into journeys by an
 * inactivity gap, as {@code motkit score --split-gap} splits them, and journey {@code n} of key
 * {@code k} is named {@code k#n}). Each value is one JSON object with the event log's fields
 * ({@code timestamp}, {@code touchpoint}, {@code value}, optionally {@code duration_s}, {@code
 * expected}, {@code adequate}, {@code desired}, ...), read by the event log's own reader. After
 * every event the journey's current score goes to the scores topic, the same JSON as {@code motkit
 * score --format json} writes for one journey; a rule that fires goes to the alerts topic; an event
 * that cannot be placed goes to the dead-letter topic with the reason.
 *
 * <p>The score equals the batch score of the same events to the last bit. Events may arrive out of
 * order by up to the {@link #grace()} period behind the stream's time (the latest event time the
 * processor has seen); they are placed by their time. A later event is late: refused, counted and
 * written to the dead-letter topic. A scorer with an incremental form ({@link
 * io.motkit.core.scoring.JourneyScorer#fold}) keeps a few numbers per open journey plus the events
 * within the grace period; any other scorer keeps the open journey's events, at most {@link
 * #maxMoments()} of them. A journey over (its last event more than the gap behind the stream's time
 * minus the grace) has its state removed but for the count of its key's journeys.
 */
@Value.Immutable
public abstract class LiveScoring {

  LiveScoring() {}

  /**
   * How events are read: the scale, the zone of local times, the unit of epoch numbers. Its
   * inactivity gap, if any, is ignored: {@link #journeyGap()} splits journeys.
   *
   * @return the reader whose settings apply to each event
   */
  public abstract EventLogReader reader();

  /**
   * The scorer.
   *
   * @return the scorer
   */
  public abstract JourneyScorer scorer();

  /**
   * How far behind the stream's time an event may be and still be placed; one minute unless set.
   *
   * @return the grace period
   */
  @Value.Default
  public Duration grace() {
    return Duration.ofMinutes(1);
  }

  /**
   * The inactivity that ends a journey: a contact more than this after the one before starts the
   * key's next journey; 30 days unless set.
   *
   * @return the inactivity gap
   */
  @Value.Default
  public Duration journeyGap() {
    return Duration.ofDays(30);
  }

  /**
   * Alert when a journey's score becomes worse than this value (below it, on a scale where higher
   * is better).
   *
   * @return the threshold, if this rule is on
   */
  public abstract OptionalDouble alertBelow();

  /**
   * Alert when one event makes a journey's score worse by more than this amount.
   *
   * @return the drop, if this rule is on
   */
  public abstract OptionalDouble alertDrop();

  /**
   * Alert when a moment is worse than its adequate level (its {@code adequate} field): a pain point
   * in the sense of the zone of tolerance (Zeithaml, Berry and Parasuraman 1993). On unless set.
   *
   * @return whether the pain-point rule is on
   */
  @Value.Default
  public boolean alertPainPoints() {
    return true;
  }

  /**
   * The most moments kept for one journey: for a scorer without an incremental form, the open
   * journey's moments; for any scorer, the moments within the grace period. An event beyond goes to
   * the dead-letter topic. 10,000 unless set.
   *
   * @return the bound
   */
  @Value.Default
  public int maxMoments() {
    return 10_000;
  }

  /**
   * How far ahead of the processor's clock an event's time may be: a later one (a wrong clock, a
   * typo in the year) goes to the dead-letter topic rather than moving the stream's time so far
   * that every later event would be late. One hour unless set, the bound Kafka's brokers put on a
   * record's time by default.
   *
   * @return the bound
   */
  @Value.Default
  public Duration maxAhead() {
    return Duration.ofHours(1);
  }

  /**
   * How often (wall-clock time) the state store is swept for journeys that are over.
   *
   * @return the sweep interval
   */
  @Value.Default
  public Duration sweepInterval() {
    return Duration.ofSeconds(30);
  }

  /**
   * The topic of events.
   *
   * @return the topic name
   */
  @Value.Default
  public String eventsTopic() {
    return "motkit-events";
  }

  /**
   * The topic of scores, a changelog keyed by journey: compact it.
   *
   * @return the topic name
   */
  @Value.Default
  public String scoresTopic() {
    return "motkit-scores";
  }

  /**
   * The topic of alerts.
   *
   * @return the topic name
   */
  @Value.Default
  public String alertsTopic() {
    return "motkit-alerts";
  }

  /**
   * The topic of events that could not be placed, with the reason.
   *
   * @return the topic name
   */
  @Value.Default
  public String deadLetterTopic() {
    return "motkit-dead-letters";
  }

  /**
   * The name of the state store of open journeys (and of its changelog topic).
   *
   * @return the store name
   */
  @Value.Default
  public String storeName() {
    return "motkit-journeys";
  }

  /**
   * Whether the store of open journeys is kept in memory rather than in RocksDB on disk. Either is
   * backed by its changelog topic and restored from it after a restart; in memory, the restore
   * reads the whole changelog. Off unless set.
   *
   * @return whether the store is in memory
   */
  @Value.Default
  public boolean inMemoryStore() {
    return false;
  }

  /**
   * Analyses of the journeys that are over, each by tumbling window of {@link #window()}: a journey
   * counts in the window of its last moment. Each is an {@link
   * io.motkit.core.analysis.Aggregation}, so the stream runs the tally, merge and finish the event
   * log and Spark run, and a window's last result equals the batch analysis of the same journeys.
   * Keyed by the name the results carry; none unless set.
   *
   * @return the analyses by name
   */
  public abstract Map<String, JourneyAnalysis<?, ?>> analyses();

  /**
   * The length of the analyses' tumbling windows, aligned to the epoch (so a day is a UTC day); one
   * day unless set.
   *
   * @return the window length
   */
  @Value.Default
  public Duration window() {
    return Duration.ofDays(1);
  }

  /**
   * How long a window's tally is kept after the window's end, behind the latest journey end seen: a
   * journey of an older window goes to the dead-letter topic. Seven days unless set.
   *
   * @return the retention
   */
  @Value.Default
  public Duration windowRetention() {
    return Duration.ofDays(7);
  }

  /**
   * The topic of journeys that are over, each as the lines of an event log, keyed by the start of
   * its window; the analyses read it, so that each window is tallied in one place.
   *
   * @return the topic name
   */
  @Value.Default
  public String journeysTopic() {
    return "motkit-closed-journeys";
  }

  /**
   * The topic of the analyses' results, a changelog keyed by analysis and window: compact it.
   *
   * @return the topic name
   */
  @Value.Default
  public String resultsTopic() {
    return "motkit-results";
  }

  /**
   * The name of the state store of window tallies (and of its changelog topic).
   *
   * @return the store name
   */
  @Value.Default
  public String windowStoreName() {
    return "motkit-windows";
  }

  /**
   * The topology: events in; scores, alerts and dead letters out; one state store.
   *
   * @return a new topology
   */
  public final Topology topology() {
    Topology topology = new Topology();
    topology.addSource(
        "events", Serdes.String().deserializer(), Serdes.String().deserializer(), eventsTopic());
    topology.addProcessor("score", () -> new LiveScorer(this), "events");
    topology.addStateStore(
        Stores.keyValueStoreBuilder(
            inMemoryStore()
                ? Stores.inMemoryKeyValueStore(storeName())
                : Stores.persistentKeyValueStore(storeName()),
            Serdes.String(),
            Serdes.ByteArray()),
        "score");
    topology.addSink(
        LiveScorer.SCORES,
        scoresTopic(),
        Serdes.String().serializer(),
        Serdes.String().serializer(),
        "score");
    topology.addSink(
        LiveScorer.ALERTS,
        alertsTopic(),
        Serdes.String().serializer(),
        Serdes.String().serializer(),
        "score");
    if (!analyses().isEmpty()) {
      topology.addSink(
          LiveScorer.JOURNEYS,
          journeysTopic(),
          Serdes.String().serializer(),
          Serdes.String().serializer(),
          "score");
      topology.addSource(
          "closed-journeys",
          Serdes.String().deserializer(),
          Serdes.String().deserializer(),
          journeysTopic());
      topology.addProcessor("analyse", () -> new WindowedAnalyses(this), "closed-journeys");
      topology.addStateStore(
          Stores.keyValueStoreBuilder(
              inMemoryStore()
                  ? Stores.inMemoryKeyValueStore(windowStoreName())
                  : Stores.persistentKeyValueStore(windowStoreName()),
              Serdes.String(),
              Serdes.ByteArray()),
          "analyse");
      topology.addSink(
          WindowedAnalyses.RESULTS,
          resultsTopic(),
          Serdes.String().serializer(),
          Serdes.String().serializer(),
          "analyse");
    }
    topology.addSink(
        LiveScorer.DEAD_LETTERS,
        deadLetterTopic(),
        Serdes.String().serializer(),
        Serdes.String().serializer(),
        analyses().isEmpty() ? new String[] {"score"} : new String[] {"score", "analyse"});
    return topology;
  }

  /**
   * A new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LiveScoring} settings. */
  public static final class Builder extends ImmutableLiveScoring.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    checkArgument(
        !grace().isNegative(), "the grace period must not be negative, found %s", grace());
    checkArgument(
        !journeyGap().isNegative() && !journeyGap().isZero(),
        "the journey gap must be positive, found %s",
        journeyGap());
    checkArgument(!maxAhead().isNegative(), "max ahead must not be negative, found %s", maxAhead());
    checkArgument(
        !window().isNegative() && !window().isZero() && window().toMillis() > 0,
        "the window must be at least a millisecond, found %s",
        window());
    checkArgument(
        !windowRetention().isNegative(),
        "the window retention must not be negative, found %s",
        windowRetention());
    analyses()
        .keySet()
        .forEach(
            name ->
                checkArgument(
                    !name.isBlank() && name.indexOf('@') < 0,
                    "an analysis name must not be blank nor contain '@', found '%s'",
                    name));
    checkArgument(
        !storeName().equals(windowStoreName()),
        "the journey store and the window store need different names, both are '%s'",
        storeName());
    checkArgument(maxMoments() >= 1, "max moments must be at least 1, found %s", maxMoments());
    checkArgument(
        !sweepInterval().isNegative() && !sweepInterval().isZero(),
        "the sweep interval must be positive, found %s",
        sweepInterval());
    alertDrop()
        .ifPresent(d -> checkArgument(d > 0, "the alert drop must be positive, found %s", d));
    alertBelow()
        .ifPresent(
            x ->
                checkArgument(
                    Double.isFinite(x),
                    "the alert threshold must be a finite number, found %s",
                    x));
  }
}
