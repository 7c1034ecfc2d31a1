package io.motkit.journey;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * What a local date-time means on a day the clocks change in the reader's zone: in a gap (the hour
 * skipped in spring) no instant has that local time, and in an overlap (the hour repeated in
 * autumn) two do.
 */
@API(status = STABLE, since = "0.1")
public enum LocalTimePolicy {
  /**
   * Such a time is an error naming the row (the default): the file cannot say which instant it
   * meant.
   */
  REJECT("reject"),
  /** An overlap takes the earlier instant; a gap moves the time forward by the gap's length. */
  EARLIER("earlier"),
  /** An overlap takes the later instant; a gap moves the time forward by the gap's length. */
  LATER("later");

  private final String label;

  LocalTimePolicy(String label) {
    this.label = label;
  }

  /**
   * The command-line name.
   *
   * @return the command-line name
   */
  public String label() {
    return label;
  }

  /**
   * The policy with this label.
   *
   * @param text the text
   * @return the policy with this label
   * @throws IllegalArgumentException naming the text and the labels
   */
  public static LocalTimePolicy parse(String text) {
    for (LocalTimePolicy policy : values()) {
      if (policy.label.equals(text.trim().toLowerCase(Locale.ROOT))) {
        return policy;
      }
    }
    throw new IllegalArgumentException(
        "unknown policy '" + text + "'; valid policies are reject, earlier, later");
  }
}
