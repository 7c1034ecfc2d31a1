package io.motkit.streams;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/** The JSON of the alert and dead-letter topics ({@code docs/streams.md}). */
final class LiveRecords {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private LiveRecords() {}

  static String alert(
      String journey,
      String rule,
      String scorer,
      StreamEvent moment,
      double score,
      OptionalDouble previous,
      int moments,
      String limitName,
      double limit) {
    ObjectNode root = NODES.objectNode();
    root.put("journey", journey);
    root.put("rule", rule);
    root.put("scorer", scorer);
    root.put("touchpoint", moment.touchpoint);
    root.put("timestamp", Instant.ofEpochMilli(moment.startMillis).toString());
    root.put("moment_value", moment.value);
    root.put("score", score);
    if (previous.isPresent()) {
      root.put("previous_score", previous.getAsDouble());
    } else {
      root.putNull("previous_score");
    }
    root.put(limitName, limit);
    root.put("moments", moments);
    return root.toString();
  }

  static String deadLetter(
      @Nullable String key,
      String reason,
      String message,
      @Nullable String event,
      long streamTime) {
    ObjectNode root = NODES.objectNode();
    if (key == null) {
      root.putNull("key");
    } else {
      root.put("key", key);
    }
    root.put("reason", reason);
    root.put("message", message);
    if (event == null) {
      root.putNull("event");
    } else {
      root.put("event", event);
    }
    if (streamTime == Long.MIN_VALUE) {
      root.putNull("stream_time");
    } else {
      root.put("stream_time", Instant.ofEpochMilli(streamTime).toString());
    }
    return root.toString();
  }
}
