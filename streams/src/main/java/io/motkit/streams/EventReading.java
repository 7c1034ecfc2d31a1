package io.motkit.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.core.Expectation;
import io.motkit.core.internal.JsonText;
import io.motkit.core.json.JsonFormatException;
import io.motkit.journey.EventLog;
import io.motkit.journey.EventLogReader;
import java.io.StringReader;
import java.util.Optional;

/**
 * Reads one event off the events topic with the event log's own reader, so that a value, a
 * timestamp or a column means on the stream exactly what it means in a file: the same fields, the
 * same parsing, the same refusals and messages.
 *
 * <p>The record's key is the journey (the customer, when journeys are split by inactivity). A
 * {@code journey} field in the value, if there is one, must equal the key.
 */
final class EventReading {

  private final EventLogReader reader;
  private final boolean keepFields;

  EventReading(EventLogReader configured, boolean keepFields) {
    this.reader = unsplit(configured);
    this.keepFields = keepFields;
  }

  /**
   * The configured reader's scale, zone and units, on the caller's thread and without a split gap:
   * the processor splits journeys itself.
   */
  static EventLogReader unsplit(EventLogReader configured) {
    return EventLogReader.builder()
        .scale(configured.scale())
        .zone(configured.zone())
        .epochUnit(configured.epochUnit())
        .localTimePolicy(configured.localTimePolicy())
        .threads(1)
        .build();
  }

  StreamEvent read(String key, String value) throws UnreadableEvent {
    if (value == null) {
      throw new UnreadableEvent("unreadable", "the record has no value; an event is a JSON object");
    }
    JsonNode node;
    try {
      node = JsonText.parse(new StringReader(value));
    } catch (JsonFormatException e) {
      throw new UnreadableEvent("unreadable", e.getMessage());
    }
    if (!node.isObject()) {
      throw new UnreadableEvent(
          "unreadable",
          "the value is JSON "
              + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
              + ", not an object");
    }
    ObjectNode fields = (ObjectNode) node;
    JsonNode journey = fields.remove("journey");
    if (journey != null && !(journey.isTextual() && journey.textValue().equals(key))) {
      throw new UnreadableEvent(
          "unreadable",
          "the event's journey "
              + journey
              + " is not its key '"
              + key
              + "'; the key is the journey");
    }
    String body = fields.toString();
    EventLog log;
    try {
      log = reader.readJsonLines(new StringReader(line(key, body)), "the event");
    } catch (IllegalArgumentException e) {
      throw new UnreadableEvent("unreadable", String.valueOf(e.getMessage()));
    }
    Optional<Expectation> expectation = log.expectation(0);
    return new StreamEvent(
        log.startMillis(0),
        log.touchpoint(0).id(),
        log.value(0),
        log.durationMillis(0),
        expectation,
        keepFields ? body : "");
  }

  /** One line of an event log: the event's fields with the journey put first. */
  static String line(String journey, String body) {
    String id = com.fasterxml.jackson.databind.node.TextNode.valueOf(journey).toString();
    return body.equals("{}")
        ? "{\"journey\":" + id + "}"
        : "{\"journey\":" + id + "," + body.substring(1);
  }
}
