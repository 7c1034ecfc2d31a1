package io.motkit.journey;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a timestamp as epoch milliseconds (digits, optionally signed), an ISO-8601 instant or
 * offset date-time ({@code 2024-03-01T09:00:00Z}, {@code 2024-03-01T17:00:00+08:00}), or an ISO
 * local date-time ({@code 2024-03-01T09:00:00}) in the zone the caller gives.
 */
final class TimestampParser {

  private final Optional<ZoneId> zone;

  TimestampParser(Optional<ZoneId> zone) {
    this.zone = zone;
  }

  /** Epoch milliseconds, or throws IllegalArgumentException saying what was expected. */
  long parse(String text) {
    if (isEpochMillis(text)) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("epoch milliseconds out of range");
      }
    }
    try {
      if (text.endsWith("Z") || text.endsWith("z")) {
        return Instant.parse(text).toEpochMilli();
      }
      if (hasOffset(text)) {
        return OffsetDateTime.parse(text).toInstant().toEpochMilli();
      }
      LocalDateTime local = LocalDateTime.parse(text);
      if (zone.isEmpty()) {
        throw new IllegalArgumentException(
            "a local date-time needs a time zone: give the reader a zone, or write the instant with Z or an offset");
      }
      return local.atZone(zone.get()).toInstant().toEpochMilli();
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "expected an ISO-8601 instant (2024-03-01T09:00:00Z), a local date-time with a zone, or epoch milliseconds");
    }
  }

  private static boolean isEpochMillis(String text) {
    int i = text.startsWith("-") ? 1 : 0;
    if (i == text.length()) {
      return false;
    }
    for (; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasOffset(String text) {
    int t = text.indexOf('T');
    if (t < 0) {
      return false;
    }
    for (int i = t; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '+' || c == '-') {
        return true;
      }
    }
    return false;
  }
}
