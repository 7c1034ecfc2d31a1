package io.motkit.journey;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The unit of numeric timestamps in an event log: milliseconds (the default) or seconds since
 * 1970-01-01T00:00:00Z.
 */
@API(status = STABLE, since = "0.1")
public enum EpochUnit {
  /** Milliseconds since the epoch, such as {@code 1709283600000}. */
  MILLISECONDS("ms", 1000),
  /** Seconds since the epoch, such as {@code 1709283600}. */
  SECONDS("s", 1);

  private final String label;
  private final long perSecond;

  EpochUnit(String label, long perSecond) {
    this.label = label;
    this.perSecond = perSecond;
  }

  /**
   * The command-line name: {@code ms} or {@code s}.
   *
   * @return the command-line name: {@code ms} or {@code s}
   */
  public String label() {
    return label;
  }

  /** Units per second. */
  long perSecond() {
    return perSecond;
  }

  /**
   * The unit with this label.
   *
   * @param text the text
   * @return the unit with this label
   * @throws IllegalArgumentException naming the text and the labels
   */
  public static EpochUnit parse(String text) {
    for (EpochUnit unit : values()) {
      if (unit.label.equals(text.trim().toLowerCase(Locale.ROOT))) {
        return unit;
      }
    }
    throw new IllegalArgumentException("unknown epoch unit '" + text + "'; valid units are ms, s");
  }
}
