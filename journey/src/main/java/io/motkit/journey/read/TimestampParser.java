package io.motkit.journey.read;

import io.motkit.journey.EpochUnit;
import io.motkit.journey.LocalTimePolicy;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Optional;

/**
 * Reads a timestamp as a number since the epoch (ASCII digits, optionally signed, in the reader's
 * {@link EpochUnit}), an ISO-8601 instant or offset date-time ({@code 2024-03-01T09:00:00Z}, {@code
 * 2024-03-01T17:00:00+08:00}), or an ISO local date-time ({@code 2024-03-01T09:00:00}) in the zone
 * the caller gives, with a {@link LocalTimePolicy} for the days the clocks change. Every timestamp
 * must fall in the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}.
 */
final class TimestampParser {

  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2199;

  /** 1900-01-01T00:00:00Z in epoch milliseconds. */
  static final long EARLIEST = daysFromCivil(FIRST_YEAR, 1, 1) * 86_400_000L;

  /** 2200-01-01T00:00:00Z in epoch milliseconds, the first instant after the range. */
  static final long AFTER_LATEST = daysFromCivil(LAST_YEAR + 1, 1, 1) * 86_400_000L;

  /**
   * Milliseconds below this in magnitude are within about three years of 1970: more likely seconds.
   */
  private static final long PLAUSIBLE_MILLIS = 100_000_000_000L;

  private final Optional<ZoneId> zone;
  private final EpochUnit unit;
  private final LocalTimePolicy policy;

  TimestampParser(Optional<ZoneId> zone) {
    this(zone, EpochUnit.MILLISECONDS, LocalTimePolicy.REJECT);
  }

  TimestampParser(Optional<ZoneId> zone, EpochUnit unit, LocalTimePolicy policy) {
    this.zone = zone;
    this.unit = unit;
    this.policy = policy;
  }

  /** Epoch milliseconds, or throws IllegalArgumentException saying what was expected. */
  long parse(String text) {
    long fast = utcInstant(text);
    if (fast != Long.MIN_VALUE) {
      return inRange(fast);
    }
    if (isEpochNumber(text)) {
      return epoch(text);
    }
    return inRange(parseText(text));
  }

  private long epoch(String text) {
    long number;
    try {
      number = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "the epoch number is out of range; timestamps must fall in the years "
              + FIRST_YEAR
              + " to "
              + LAST_YEAR);
    }
    if (unit == EpochUnit.MILLISECONDS) {
      long asSeconds =
          number <= Long.MAX_VALUE / 1000 && number >= Long.MIN_VALUE / 1000
              ? number * 1000
              : Long.MIN_VALUE;
      if (Math.abs(number) < PLAUSIBLE_MILLIS
          && number != 0
          && asSeconds >= EARLIEST
          && asSeconds < AFTER_LATEST) {
        throw new IllegalArgumentException(
            "as epoch milliseconds this is "
                + Instant.ofEpochMilli(number)
                + ", as seconds "
                + Instant.ofEpochMilli(asSeconds)
                + "; if the file counts seconds, read it with the epoch unit s (--epoch-unit s)");
      }
      return inRange(number);
    }
    if (number > AFTER_LATEST / 1000 || number < EARLIEST / 1000) {
      String hint =
          number >= EARLIEST && number < AFTER_LATEST
              ? "; as milliseconds it is "
                  + Instant.ofEpochMilli(number)
                  + ": if the file counts milliseconds, read it with the epoch unit ms"
              : "";
      throw new IllegalArgumentException(
          "as epoch seconds this is outside the years " + FIRST_YEAR + " to " + LAST_YEAR + hint);
    }
    return inRange(number * 1000);
  }

  private static long inRange(long millis) {
    if (millis < EARLIEST || millis >= AFTER_LATEST) {
      throw new IllegalArgumentException(
          "the timestamp is outside the years " + FIRST_YEAR + " to " + LAST_YEAR);
    }
    return millis;
  }

  private long parseText(String text) {
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
      return local(local).toInstant().toEpochMilli();
    } catch (java.time.DateTimeException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "expected an ISO-8601 instant (2024-03-01T09:00:00Z), a local date-time with a zone, or a number since the epoch");
    }
  }

  /** The local time in the zone, by the policy on the days the clocks change. */
  private ZonedDateTime local(LocalDateTime local) {
    ZoneRules rules = zone.get().getRules();
    List<ZoneOffset> offsets = rules.getValidOffsets(local);
    if (offsets.size() == 1) {
      return ZonedDateTime.ofLocal(local, zone.get(), offsets.get(0));
    }
    ZoneOffsetTransition change = rules.getTransition(local);
    if (policy == LocalTimePolicy.REJECT) {
      throw new IllegalArgumentException(
          (offsets.isEmpty()
                  ? "this local time does not exist in "
                      + zone.get()
                      + ": the clocks went forward from "
                      + change.getDateTimeBefore()
                      + " to "
                      + change.getDateTimeAfter()
                  : "this local time happened twice in "
                      + zone.get()
                      + ": the clocks went back from "
                      + change.getDateTimeBefore()
                      + " to "
                      + change.getDateTimeAfter())
              + "; write the instant with an offset, or choose a policy for such times (--dst earlier or later)");
    }
    if (offsets.isEmpty()) {
      return ZonedDateTime.ofLocal(local, zone.get(), null);
    }
    return ZonedDateTime.ofLocal(
        local, zone.get(), policy == LocalTimePolicy.EARLIER ? offsets.get(0) : offsets.get(1));
  }

  /**
   * The common form {@code yyyy-MM-ddTHH:mm:ss[.f...]Z} read by arithmetic, for speed on large
   * logs; {@code Long.MIN_VALUE} for any other form, which {@link java.time} then reads. Fields out
   * of range are left to {@link java.time} too, so that its messages stay the only ones.
   */
  static long utcInstant(String t) {
    byte[] ascii = AsciiText.bytes(t, 30);
    return ascii == null ? Long.MIN_VALUE : utcInstant(ascii, 0, ascii.length);
  }

  /** The bytes [from, to) of {@code text} read as ASCII, as {@link #utcInstant(String)}. */
  static long utcInstant(byte[] text, int from, int to) {
    int n = to - from;
    if (n < 20
        || n > 30
        || text[to - 1] != 'Z'
        || text[from + 4] != '-'
        || text[from + 7] != '-'
        || text[from + 10] != 'T'
        || text[from + 13] != ':'
        || text[from + 16] != ':') {
      return Long.MIN_VALUE;
    }
    int year = digits(text, from, 4);
    int month = digits(text, from + 5, 2);
    int day = digits(text, from + 8, 2);
    int hour = digits(text, from + 11, 2);
    int minute = digits(text, from + 14, 2);
    int second = digits(text, from + 17, 2);
    if ((year | month | day | hour | minute | second) < 0
        || month < 1
        || month > 12
        || day < 1
        || day > lengthOfMonth(year, month)
        || hour > 23
        || minute > 59
        || second > 59) {
      return Long.MIN_VALUE;
    }
    long millis = 0;
    if (n > 20) {
      if (text[from + 19] != '.' || n == 21) {
        return Long.MIN_VALUE;
      }
      // Fractions beyond milliseconds are cut, as Instant.toEpochMilli does.
      int scale = 100;
      for (int i = from + 20; i < to - 1; i++) {
        byte c = text[i];
        if (c < '0' || c > '9') {
          return Long.MIN_VALUE;
        }
        millis += (long) (c - '0') * scale;
        scale /= 10;
      }
    }
    long days = daysFromCivil(year, month, day);
    return ((days * 24 + hour) * 60 + minute) * 60_000L + second * 1000L + millis;
  }

  private static int digits(byte[] t, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      byte c = t[i];
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

  /** Optionally signed ASCII digits only: other scripts' digits are not plain decimals. */
  private static boolean isEpochNumber(String text) {
    int i = text.startsWith("-") ? 1 : 0;
    if (i == text.length()) {
      return false;
    }
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
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
