package io.motkit.streams;

import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.Scale;
import io.motkit.core.json.JourneyScoreJson;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.MomentFold;
import io.motkit.journey.EventLog;
import io.motkit.journey.EventLogReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processor of {@link LiveScoring}: places each event in its journey, seals what the grace
 * period no longer holds open, writes the scores that changed and the alerts that fired.
 */
final class LiveScorer implements Processor<String, String, String, String> {

  static final String SCORES = "scores";
  static final String ALERTS = "alerts";
  static final String DEAD_LETTERS = "dead-letters";
  static final String JOURNEYS = "journeys";

  private static final Logger LOG = LoggerFactory.getLogger(LiveScorer.class);

  private final LiveScoring settings;
  private final JourneyScorer scorer;
  private final Scale scale;
  private final Optional<MomentFold> fold;

  /** Whether the open journey's sealed events are kept: no fold, or analyses of whole journeys. */
  private final boolean keepEvents;

  private final long windowMillis;
  private final EventReading reading;
  private final EventLogReader journeyReader;
  private final long graceMillis;
  private final long gapMillis;
  private final long maxAheadMillis;
  private @Nullable ProcessorContext<String, String> context;
  private @Nullable KeyValueStore<String, byte[]> store;

  /** The latest event time this task has seen; not kept across restarts, which only delays. */
  private long streamTime = Long.MIN_VALUE;

  LiveScorer(LiveScoring settings) {
    this.settings = settings;
    this.scorer = settings.scorer();
    this.scale = settings.reader().scale();
    this.fold = scorer.fold(scale);
    this.keepEvents = fold.isEmpty() || !settings.analyses().isEmpty();
    this.windowMillis = settings.window().toMillis();
    this.reading = new EventReading(settings.reader(), keepEvents);
    this.journeyReader = EventReading.unsplit(settings.reader());
    this.graceMillis = settings.grace().toMillis();
    this.gapMillis = settings.journeyGap().toMillis();
    this.maxAheadMillis = settings.maxAhead().toMillis();
  }

  @Override
  public void init(ProcessorContext<String, String> context) {
    this.context = context;
    this.store = context.getStateStore(settings.storeName());
    context.schedule(settings.sweepInterval(), PunctuationType.WALL_CLOCK_TIME, now -> sweep());
  }

  @Override
  public void process(Record<String, String> record) {
    String key = record.key();
    if (key == null || key.isEmpty()) {
      deadLetter(record, "unreadable", "the record has no key; the key is the journey");
      return;
    }
    StreamEvent event;
    try {
      event = reading.read(key, record.value());
    } catch (UnreadableEvent e) {
      deadLetter(record, e.reason(), "journey '" + key + "': " + e.getMessage());
      return;
    }
    long clock = java.util.Objects.requireNonNull(context).currentSystemTimeMs();
    if (event.startMillis > clock + maxAheadMillis) {
      deadLetter(
          record,
          "future",
          "journey '"
              + key
              + "': the event at "
              + Instant.ofEpochMilli(event.startMillis)
              + " is "
              + java.time.Duration.ofMillis(event.startMillis - clock)
              + " ahead of the clock "
              + Instant.ofEpochMilli(clock)
              + ", more than max ahead "
              + settings.maxAhead());
      return;
    }
    KeyValueStore<String, byte[]> journeys = java.util.Objects.requireNonNull(store);
    byte[] stored = journeys.get(key);
    JourneyState state = stored == null ? new JourneyState() : JourneyState.fromBytes(stored);
    if (streamTime != Long.MIN_VALUE && event.startMillis < streamTime - graceMillis) {
      state.late++;
      journeys.put(key, state.toBytes());
      deadLetter(
          record,
          "late",
          "journey '"
              + key
              + "': the event at "
              + Instant.ofEpochMilli(event.startMillis)
              + " is "
              + java.time.Duration.ofMillis(streamTime - event.startMillis)
              + " behind the stream's time "
              + Instant.ofEpochMilli(streamTime)
              + ", more than the grace period "
              + settings.grace()
              + "; late events of this key: "
              + state.late);
      return;
    }
    int kept = state.pending.size() + (keepEvents ? state.sealedMoments : 0);
    if (kept >= settings.maxMoments()) {
      deadLetter(
          record,
          "too-long",
          "journey '"
              + key
              + "' holds "
              + kept
              + " moments, the most kept for one journey (max moments "
              + settings.maxMoments()
              + ")");
      return;
    }
    int at = Collections.binarySearch(state.pending, event, StreamEvent.BATCH_ORDER);
    state.pending.add(at < 0 ? -at - 1 : at, event);
    streamTime = Math.max(streamTime, event.startMillis);
    seal(key, state, streamTime - graceMillis, record.timestamp());
    write(key, state, event, record.timestamp());
    journeys.put(key, state.toBytes());
  }

  /** Folds the pending moments that start before {@code bound} into the open journey. */
  private void seal(String key, JourneyState state, long bound, long timestamp) {
    while (!state.pending.isEmpty() && state.pending.get(0).startMillis < bound) {
      StreamEvent next = state.pending.remove(0);
      if (state.sealedMoments > 0 && next.startMillis - state.sealedLastStart > gapMillis) {
        close(key, state, timestamp);
      }
      if (fold.isPresent()) {
        if (state.sealedMoments == 0) {
          state.fold = fold.get().newState();
        }
        state.fold =
            fold.get()
                .add(
                    state.fold,
                    next.touchpoint,
                    next.value,
                    next.expectation,
                    next.startMillis,
                    next.durationMillis);
      }
      if (keepEvents) {
        state.sealedFields.add(next.fields);
      }
      state.sealedMoments++;
      state.sealedLastStart = next.startMillis;
    }
  }

  /**
   * Ends the open journey; when there are analyses, it goes to the journeys topic keyed by the
   * window of its last moment, as the lines of an event log.
   */
  private void close(String key, JourneyState state, long timestamp) {
    if (!settings.analyses().isEmpty() && state.sealedMoments > 0) {
      String id = key + "#" + (state.closed + 1);
      StringBuilder lines = new StringBuilder();
      for (String f : state.sealedFields) {
        lines.append(EventReading.line(id, f)).append('\n');
      }
      long window = Math.floorDiv(state.sealedLastStart, windowMillis) * windowMillis;
      java.util.Objects.requireNonNull(context)
          .forward(
              new Record<>(Instant.ofEpochMilli(window).toString(), lines.toString(), timestamp),
              JOURNEYS);
    }
    state.written.remove(state.closed + 1);
    state.closed++;
    state.sealedMoments = 0;
    state.fold = new double[0];
    state.sealedFields.clear();
  }

  /** One journey not yet closed, as it stands. */
  private static final class Part {
    final int number;
    int moments;
    long lastStart;
    double[] foldState;
    final List<String> fields = new ArrayList<>();

    Part(int number, double[] foldState) {
      this.number = number;
      this.foldState = foldState;
    }
  }

  /** The journeys not yet closed, with where the new event went. */
  private List<Part> parts(JourneyState state) {
    List<Part> parts = new ArrayList<>();
    Part current = new Part(state.closed + 1, state.fold.clone());
    current.moments = state.sealedMoments;
    current.lastStart = state.sealedLastStart;
    if (fold.isEmpty()) {
      current.fields.addAll(state.sealedFields);
    }
    for (StreamEvent e : state.pending) {
      if (current.moments > 0 && e.startMillis - current.lastStart > gapMillis) {
        parts.add(current);
        current = new Part(current.number + 1, new double[0]);
      }
      if (fold.isPresent()) {
        if (current.moments == 0) {
          current.foldState = fold.get().newState();
        }
        current.foldState =
            fold.get()
                .add(
                    current.foldState,
                    e.touchpoint,
                    e.value,
                    e.expectation,
                    e.startMillis,
                    e.durationMillis);
      }
      if (fold.isEmpty()) {
        current.fields.add(e.fields);
      }
      current.moments++;
      current.lastStart = e.startMillis;
    }
    if (current.moments > 0) {
      parts.add(current);
    }
    return parts;
  }

  private Optional<JourneyScore> score(String key, Part part, long late) {
    String id = key + "#" + part.number;
    try {
      if (fold.isPresent()) {
        return Optional.of(
            JourneyScore.builder()
                .journeyId(id)
                .scorerId(scorer.id())
                .putAllParameters(scorer.parameters())
                .value(fold.get().value(part.foldState))
                .putDetail("moments", part.moments)
                .putDetail("late-events", (double) late)
                .build());
      }
      StringBuilder lines = new StringBuilder();
      for (String f : part.fields) {
        lines.append(EventReading.line(id, f)).append('\n');
      }
      EventLog log = journeyReader.readJsonLines(new StringReader(lines.toString()), id);
      Journey journey = log.journey(0);
      return Optional.of(scorer.score(journey));
    } catch (IllegalArgumentException undefined) {
      // The model has no value for these moments yet (every duration zero, say): no score now.
      LOG.debug("journey {} has no score yet: {}", id, undefined.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Writes the scores that changed and the alerts that fired. The records carry the event record's
   * time, not the event's: that time the broker has accepted already, while an event's own time may
   * lie further in the past than a topic's retention.
   */
  private void write(String key, JourneyState state, StreamEvent event, long timestamp) {
    ProcessorContext<String, String> out = java.util.Objects.requireNonNull(context);
    List<Part> parts = parts(state);
    int eventPart = partOf(state, parts, event);
    int last = state.closed;
    for (Part part : parts) {
      last = part.number;
      String id = key + "#" + part.number;
      Long before = state.written.get(part.number);
      Optional<JourneyScore> score = score(key, part, state.late);
      if (score.isEmpty()) {
        if (before != null) {
          out.forward(new Record<String, String>(id, null, timestamp), SCORES);
          state.written.remove(part.number);
        }
        continue;
      }
      double value = score.get().value();
      long bits = Double.doubleToRawLongBits(value);
      if (part.number == eventPart || before == null || before != bits) {
        out.forward(new Record<>(id, JourneyScoreJson.write(score.get()), timestamp), SCORES);
        state.written.put(part.number, bits);
      }
      if (part.number == eventPart) {
        OptionalDouble previous =
            before == null
                ? OptionalDouble.empty()
                : OptionalDouble.of(Double.longBitsToDouble(before));
        alerts(id, event, value, previous, part.moments, timestamp);
      }
    }
    // Journeys merged by an event that filled their gap no longer exist under their numbers.
    for (Map.Entry<Integer, Long> gone :
        List.copyOf(state.written.tailMap(last, false).entrySet())) {
      out.forward(new Record<String, String>(key + "#" + gone.getKey(), null, timestamp), SCORES);
      state.written.remove(gone.getKey());
    }
  }

  private int partOf(JourneyState state, List<Part> parts, StreamEvent event) {
    int index = state.pending.indexOf(event);
    int seen = 0;
    for (Part part : parts) {
      int pendingInPart =
          part.number == state.closed + 1 ? part.moments - state.sealedMoments : part.moments;
      if (index < seen + pendingInPart) {
        return part.number;
      }
      seen += pendingInPart;
    }
    throw new IllegalStateException("the event is in no journey");
  }

  private void alerts(
      String journey,
      StreamEvent event,
      double score,
      OptionalDouble previous,
      int moments,
      long timestamp) {
    ProcessorContext<String, String> out = java.util.Objects.requireNonNull(context);
    List<String> fired = new ArrayList<>();
    if (settings.alertBelow().isPresent()) {
      double threshold = settings.alertBelow().getAsDouble();
      boolean worseNow = scale.isBetter(threshold, score);
      boolean worseBefore =
          previous.isPresent() && scale.isBetter(threshold, previous.getAsDouble());
      if (worseNow && !worseBefore) {
        fired.add(
            LiveRecords.alert(
                journey,
                "below",
                scorer.id(),
                event,
                score,
                previous,
                moments,
                "threshold",
                threshold));
      }
    }
    if (settings.alertDrop().isPresent() && previous.isPresent()) {
      double drop = settings.alertDrop().getAsDouble();
      double change =
          scale.higherIsBetter() ? previous.getAsDouble() - score : score - previous.getAsDouble();
      if (change > drop) {
        fired.add(
            LiveRecords.alert(
                journey, "drop", scorer.id(), event, score, previous, moments, "drop", drop));
      }
    }
    if (settings.alertPainPoints()
        && event.adequate.isPresent()
        && scale.isBetter(event.adequate.getAsDouble(), event.value)) {
      fired.add(
          LiveRecords.alert(
              journey,
              "pain-point",
              scorer.id(),
              event,
              score,
              previous,
              moments,
              "adequate",
              event.adequate.getAsDouble()));
    }
    for (String alert : fired) {
      out.forward(new Record<>(journey, alert, timestamp), ALERTS);
    }
  }

  /** Closes the journeys whose last moment is further behind than the gap and the grace. */
  private void sweep() {
    KeyValueStore<String, byte[]> journeys = java.util.Objects.requireNonNull(store);
    if (streamTime == Long.MIN_VALUE) {
      return;
    }
    long horizon = streamTime - graceMillis;
    List<KeyValue<String, byte[]>> over = new ArrayList<>();
    try (KeyValueIterator<String, byte[]> all = journeys.all()) {
      while (all.hasNext()) {
        KeyValue<String, byte[]> entry = all.next();
        JourneyState state = JourneyState.fromBytes(entry.value);
        if (state.isOpen() && state.lastStart() + gapMillis < horizon) {
          long now = java.util.Objects.requireNonNull(context).currentSystemTimeMs();
          seal(entry.key, state, Long.MAX_VALUE, now);
          close(entry.key, state, now);
          state.written.clear();
          over.add(KeyValue.pair(entry.key, state.toBytes()));
        }
      }
    }
    for (KeyValue<String, byte[]> entry : over) {
      journeys.put(entry.key, entry.value);
    }
    if (!over.isEmpty()) {
      LOG.debug(
          "closed {} journeys inactive since before {}",
          over.size(),
          Instant.ofEpochMilli(horizon - gapMillis));
    }
  }

  private void deadLetter(Record<String, String> record, String reason, String message) {
    java.util.Objects.requireNonNull(context)
        .forward(
            new Record<>(
                record.key(),
                LiveRecords.deadLetter(record.key(), reason, message, record.value(), streamTime),
                record.timestamp()),
            DEAD_LETTERS);
  }
}
