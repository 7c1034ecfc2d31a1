package io.motkit.streams;

import io.motkit.core.Expectation;
import io.motkit.core.internal.TextOrder;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One contact event as read off the events topic: the numbers a score needs, the adequate level a
 * pain-point rule compares with, and the event's fields (without the journey) for scorers that need
 * the whole moment.
 */
final class StreamEvent {

  /** The order of the batch: time, then touchpoint by code point, value and duration. */
  static final Comparator<StreamEvent> BATCH_ORDER =
      Comparator.comparingLong((StreamEvent e) -> e.startMillis)
          .thenComparing((a, b) -> TextOrder.compare(a.touchpoint, b.touchpoint))
          .thenComparingDouble(e -> e.value)
          .thenComparingLong(e -> e.durationMillis);

  final long startMillis;
  final String touchpoint;
  final double value;
  final long durationMillis;
  final Optional<Expectation> expectation;

  /** The adequate level of the expectation, the pain-point rule's limit, if there is one. */
  final OptionalDouble adequate;

  /** The event's JSON object without its journey, or empty where no scorer needs it. */
  final String fields;

  StreamEvent(
      long startMillis,
      String touchpoint,
      double value,
      long durationMillis,
      Optional<Expectation> expectation,
      String fields) {
    this.startMillis = startMillis;
    this.touchpoint = touchpoint;
    this.value = value;
    this.durationMillis = durationMillis;
    this.expectation = expectation;
    this.adequate = expectation.isPresent() ? expectation.get().adequate() : OptionalDouble.empty();
    this.fields = fields;
  }
}
