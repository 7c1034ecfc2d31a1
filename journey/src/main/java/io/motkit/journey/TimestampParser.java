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
    long fast = utcInstant(text);
    if (fast != Long.MIN_VALUE) {
      return fast;
    }
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

  /**
   * The common form {@code yyyy-MM-ddTHH:mm:ss[.f...]Z} read by arithmetic, for speed on large
   * logs; {@code Long.MIN_VALUE} for any other form, which {@link java.time} then reads. Fields out
   * of range are left to {@link java.time} too, so that its messages stay the only ones.
   */
  static long utcInstant(String t) {
    int n = t.length();
    if (n < 20 || t.charAt(n - 1) != 'Z' || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T'
        || t.charAt(13) != ':' || t.charAt(16) != ':') {
      return Long.MIN_VALUE;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 2);
    int day = digits(t, 8, 2);
    int hour = digits(t, 11, 2);
    int minute = digits(t, 14, 2);
    int second = digits(t, 17, 2);
    if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1
        || day > lengthOfMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
      return Long.MIN_VALUE;
    }
    long millis = 0;
    if (n > 20) {
      if (t.charAt(19) != '.' || n > 30 || n == 21) {
        return Long.MIN_VALUE;
      }
      // Fractions beyond milliseconds are cut, as Instant.toEpochMilli does.
      int scale = 100;
      for (int i = 20; i < n - 1; i++) {
        char c = t.charAt(i);
        if (c < '0' || c > '9') {
          return Long.MIN_VALUE;
        }
        millis += (c - '0') * scale;
        scale /= 10;
      }
    }
    long days = daysFromCivil(year, month, day);
    return ((days * 24 + hour) * 60 + minute) * 60_000L + second * 1000L + millis;
  }

  private static int digits(String t, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
  static long daysFromCivil(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yoe = y - era * 400;
    int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097L + doe - 719_468;
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
