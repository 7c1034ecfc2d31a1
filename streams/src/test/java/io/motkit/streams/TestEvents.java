package io.motkit.streams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Simulated contact events of a few customers on a 1-7 scale: bursts of contacts minutes apart,
 * separated now and then by weeks of silence (so journeys split), equal times and equal touchpoints
 * (so the batch's tie order matters), whole and fractional values, durations, and an adequate level
 * on some contacts.
 */
final class TestEvents {

  static final List<String> TOUCHPOINTS =
      List.of("call", "visit", "repair", "invoice", "app", "Ärger", "z-survey");

  /** One event: its key, its time and its JSON value (without the journey). */
  static final class Event {
    final String key;
    final long startMillis;
    final String json;
    long arrival;

    Event(String key, long startMillis, String json) {
      this.key = key;
      this.startMillis = startMillis;
      this.json = json;
    }

    /** The event as a line of an event log. */
    String line() {
      return EventReading.line(key, json);
    }
  }

  private TestEvents() {}

  static List<Event> simulate(long seed, int customers, int eventsPerCustomer) {
    return simulate(seed, customers, eventsPerCustomer, false);
  }

  /**
   * Simulated events; with {@code expectations}, every event has an expectation (of 3 to 6 in
   * halves, an importance of 1 to 5) for the scorers that need one on every moment.
   */
  static List<Event> simulate(
      long seed, int customers, int eventsPerCustomer, boolean expectations) {
    Random random = new Random(seed);
    List<Event> events = new ArrayList<>();
    long origin = Instant.parse("2024-01-08T08:00:00Z").toEpochMilli();
    for (int c = 0; c < customers; c++) {
      String key = "customer-" + c;
      long t = origin + random.nextInt(3_600_000);
      int n = 1 + random.nextInt(eventsPerCustomer);
      for (int i = 0; i < n; i++) {
        double u = random.nextDouble();
        if (u < 0.1) {
          t += 20L * 24 * 3_600_000 + random.nextInt(1_000_000_000); // weeks of silence
        } else if (u < 0.25) {
          t += 0; // at the same instant as the contact before
        } else {
          t += random.nextInt(15 * 60_000);
        }
        String touchpoint = TOUCHPOINTS.get(random.nextInt(TOUCHPOINTS.size()));
        double value =
            random.nextBoolean()
                ? 1 + random.nextInt(7)
                : Math.round(random.nextDouble() * 600) / 100.0 + 1;
        StringBuilder json = new StringBuilder("{");
        json.append("\"timestamp\":\"").append(Instant.ofEpochMilli(t)).append('"');
        json.append(",\"touchpoint\":\"").append(touchpoint).append('"');
        json.append(",\"value\":").append(String.format(Locale.ROOT, "%s", value));
        if (random.nextInt(3) > 0) {
          json.append(",\"duration_s\":").append(random.nextInt(600));
        }
        if (expectations) {
          json.append(",\"expected\":")
              .append(3 + random.nextInt(7) / 2.0)
              .append(",\"importance\":")
              .append(1 + random.nextInt(5));
        } else if (random.nextInt(4) == 0) {
          json.append(",\"expected\":5,\"adequate\":3,\"desired\":6");
        }
        json.append('}');
        events.add(new Event(key, t, json.toString()));
      }
    }
    return events;
  }

  /**
   * The order the events reach the stream: each one delayed by less than {@code graceMillis}, so
   * any event is at most the grace behind the latest one before it.
   */
  /** The events read as one event log, journeys split by the gap as {@code --split-gap} does. */
  static io.motkit.journey.EventLog batchLog(
      List<Event> events, io.motkit.core.Scale scale, java.time.Duration gap) {
    String lines =
        events.stream().map(Event::line).collect(java.util.stream.Collectors.joining("\n"));
    return io.motkit.journey.EventLogReader.builder()
        .scale(scale)
        .inactivityGap(gap)
        .build()
        .readJsonLines(new java.io.StringReader(lines), "events");
  }

  static List<Event> arrivals(List<Event> events, long graceMillis, long seed) {
    Random random = new Random(seed ^ 0x5DEECE66DL);
    List<Event> shuffled = new ArrayList<>(events);
    for (Event e : shuffled) {
      e.arrival =
          e.startMillis + (graceMillis == 0 ? 0 : (long) (random.nextDouble() * graceMillis));
    }
    java.util.Collections.shuffle(shuffled, random);
    shuffled.sort(Comparator.comparingLong((Event e) -> e.arrival));
    return shuffled;
  }
}
