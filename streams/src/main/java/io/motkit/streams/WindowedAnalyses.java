package io.motkit.streams;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.core.analysis.AnalysisResult;
import io.motkit.core.analysis.InputSummary;
import io.motkit.core.internal.JsonText;
import io.motkit.journey.EventLog;
import io.motkit.journey.EventLogReader;
import io.motkit.journey.LoggedJourney;
import io.motkit.journey.analysis.JourneyAnalysis;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * The processor of {@link LiveScoring#analyses()}: tallies each journey that is over into the tally
 * of its window, one per analysis, and on the sweep writes the finished result of every window
 * whose tally changed. Journeys reach it keyed by window, so each window is tallied by one task,
 * whatever the partition of the journey's events.
 */
final class WindowedAnalyses implements Processor<String, String, String, String> {

  static final String RESULTS = "results";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final LiveScoring settings;
  private final EventLogReader reader;
  private final long windowMillis;
  private final long retentionMillis;
  private @Nullable ProcessorContext<String, String> context;
  private @Nullable KeyValueStore<String, byte[]> store;

  /** The latest journey end this task has tallied; not kept across restarts, which only delays. */
  private long streamTime = Long.MIN_VALUE;

  WindowedAnalyses(LiveScoring settings) {
    this.settings = settings;
    this.reader = EventReading.unsplit(settings.reader());
    this.windowMillis = settings.window().toMillis();
    this.retentionMillis = settings.windowRetention().toMillis();
  }

  @Override
  public void init(ProcessorContext<String, String> context) {
    this.context = context;
    this.store = context.getStateStore(settings.windowStoreName());
    context.schedule(settings.sweepInterval(), PunctuationType.WALL_CLOCK_TIME, now -> publish());
  }

  @Override
  public void process(Record<String, String> record) {
    KeyValueStore<String, byte[]> tallies = Objects.requireNonNull(store);
    String key = record.key();
    String value = record.value();
    if (key == null || value == null) {
      deadLetter(record, "unreadable", "a closed journey record needs a key and a value");
      return;
    }
    long window;
    EventLog journey;
    try {
      window = Instant.parse(key).toEpochMilli();
      journey = reader.readJsonLines(new StringReader(value), "the journey");
    } catch (DateTimeParseException | IllegalArgumentException e) {
      deadLetter(record, "unreadable", "a closed journey that cannot be read: " + e.getMessage());
      return;
    }
    if (journey.journeyCount() != 1) {
      deadLetter(
          record,
          "unreadable",
          "a closed journey record holds " + journey.journeyCount() + " journeys, not one");
      return;
    }
    String id = journey.journeyId(0);
    long end = journey.startMillis(journey.endEvent(0) - 1);
    if (streamTime != Long.MIN_VALUE && window + windowMillis + retentionMillis < streamTime) {
      deadLetter(
          record,
          "late-journey",
          "journey '"
              + id
              + "' ended at "
              + Instant.ofEpochMilli(end)
              + ", in a window no longer kept: its end "
              + Instant.ofEpochMilli(window + windowMillis)
              + " is more than the window retention "
              + settings.windowRetention()
              + " behind the latest journey end "
              + Instant.ofEpochMilli(streamTime));
      return;
    }
    streamTime = Math.max(streamTime, end);
    for (Map.Entry<String, JourneyAnalysis<?, ?>> analysis : settings.analyses().entrySet()) {
      String tallyKey = analysis.getKey() + "@" + Instant.ofEpochMilli(window);
      byte[] stored = tallies.get(tallyKey);
      WindowTally tally =
          stored == null
              ? new WindowTally(window, analysis.getValue().newTally())
              : WindowTally.fromBytes(stored);
      try {
        tally.add(analysis.getValue(), LoggedJourney.of(journey, 0));
      } catch (IllegalArgumentException e) {
        deadLetter(
            record,
            "unanalysable",
            "analysis '" + analysis.getKey() + "', journey '" + id + "': " + e.getMessage());
        continue;
      }
      tallies.put(tallyKey, tally.toBytes());
    }
  }

  /** Writes the result of every window that changed; removes the windows past their retention. */
  private void publish() {
    KeyValueStore<String, byte[]> tallies = Objects.requireNonNull(store);
    List<KeyValue<String, byte[]>> changed = new ArrayList<>();
    List<String> expired = new ArrayList<>();
    long now = Objects.requireNonNull(context).currentSystemTimeMs();
    try (KeyValueIterator<String, byte[]> all = tallies.all()) {
      while (all.hasNext()) {
        KeyValue<String, byte[]> entry = all.next();
        WindowTally tally = WindowTally.fromBytes(entry.value);
        if (tally.changed) {
          write(entry.key, tally, now);
          tally.changed = false;
          changed.add(KeyValue.pair(entry.key, tally.toBytes()));
        }
        if (tally.windowStart + windowMillis + retentionMillis < streamTime) {
          expired.add(entry.key);
        }
      }
    }
    changed.forEach(e -> tallies.put(e.key, e.value));
    expired.forEach(tallies::delete);
  }

  private void write(String key, WindowTally tally, long timestamp) {
    String name = key.substring(0, key.lastIndexOf('@'));
    JourneyAnalysis<?, ?> analysis = Objects.requireNonNull(settings.analyses().get(name));
    ObjectNode root = NODES.objectNode();
    root.put("analysis", name);
    root.put("window_start", Instant.ofEpochMilli(tally.windowStart).toString());
    root.put("window_end", Instant.ofEpochMilli(tally.windowStart + windowMillis).toString());
    root.put("journeys", tally.journeys);
    root.put("events", tally.events);
    try {
      AnalysisResult result =
          tally.finish(
              analysis,
              List.of(
                  InputSummary.inMemory(
                      "topic " + settings.journeysTopic() + ", window " + key, tally.events)));
      StringWriter json = new StringWriter();
      result.writeJson(json);
      root.set("result", JsonText.parse(new StringReader(json.toString())));
    } catch (IllegalArgumentException e) {
      // Too few journeys for a regression, say: the window's record says so rather than nothing.
      root.put("error", String.valueOf(e.getMessage()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Objects.requireNonNull(context).forward(new Record<>(key, root.toString(), timestamp), RESULTS);
  }

  private void deadLetter(Record<String, String> record, String reason, String message) {
    Objects.requireNonNull(context)
        .forward(
            new Record<>(
                record.key(),
                LiveRecords.deadLetter(record.key(), reason, message, record.value(), streamTime),
                record.timestamp()),
            LiveScorer.DEAD_LETTERS);
  }
}
