package io.motkit.spark;

import io.motkit.core.Scale;
import org.immutables.value.Value;

/**
 * The columns of an event table and the scale of its value column. The names default to those of
 * motkit's event CSV (docs/formats.md): {@code journey}, {@code timestamp}, {@code touchpoint},
 * {@code value}, {@code duration_s}, {@code stage}, {@code expected}, {@code adequate}, {@code
 * desired}; the scale to 1..7. The timestamp may be a Spark timestamp, an ISO-8601 string (a zone
 * is needed, or the session's zone applies), or epoch milliseconds; the duration is in seconds and
 * optional, as are the expectation columns.
 */
@Value.Immutable
public abstract class EventColumns {

  EventColumns() {}

  /** The journey id column. */
  @Value.Default
  public String journey() {
    return "journey";
  }

  /** The time of each event. */
  @Value.Default
  public String timestamp() {
    return "timestamp";
  }

  /** The touchpoint id column. */
  @Value.Default
  public String touchpoint() {
    return "touchpoint";
  }

  /** The rating of each event. */
  @Value.Default
  public String value() {
    return "value";
  }

  /** The duration of each event in seconds, if the table has it. */
  @Value.Default
  public String duration() {
    return "duration_s";
  }

  /** The journey stage of each touchpoint, if the table has it (for the journey map). */
  @Value.Default
  public String stage() {
    return "stage";
  }

  /** The expected level, if the table has it. */
  @Value.Default
  public String expected() {
    return "expected";
  }

  /** The adequate level, if the table has it. */
  @Value.Default
  public String adequate() {
    return "adequate";
  }

  /** The desired level, if the table has it. */
  @Value.Default
  public String desired() {
    return "desired";
  }

  /** The scale of the value column; 1..7 unless set. */
  @Value.Default
  public Scale scale() {
    return Scale.likert7();
  }

  /** The defaults, as motkit's event CSV. */
  public static EventColumns defaults() {
    return builder().build();
  }

  /** The defaults on {@code scale}. */
  public static EventColumns on(Scale scale) {
    return builder().scale(scale).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EventColumns}. */
  public static final class Builder extends ImmutableEventColumns.Builder {
    Builder() {}
  }
}
