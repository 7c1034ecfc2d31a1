package io.motkit.scoring.peakend;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * How the most intense peak is chosen when a moment worse than neutral and one better than neutral
 * are equally intense (for example a 1 and a 7 on a 1..7 scale with neutral 4). Without a rule the
 * answer would depend on the moments' order.
 *
 * <p>The default, {@link #NEGATIVE}, follows the negativity bias: bad events weigh more in memory
 * and judgement than good events of the same size (Baumeister, Bratslavsky, Finkenauer and Vohs
 * 2001, "Bad is stronger than good", <i>Review of General Psychology</i> 5(4), 323-370). Among tied
 * moments on the same side of neutral the values are equal, and the most recent one is marked as
 * the peak.
 */
@API(status = STABLE, since = "0.1")
public enum PeakTie {
  /** The moment worse than neutral is the peak (negativity bias). */
  NEGATIVE("negative"),
  /** The moment better than neutral is the peak. */
  POSITIVE("positive"),
  /** Both are peaks, each with half the peak's weight: the peak value is their mean. */
  MEAN("mean"),
  /** The earlier of the tied moments is the peak. */
  FIRST("first");

  private final String label;

  PeakTie(String label) {
    this.label = label;
  }

  /**
   * The parameter value, such as {@code negative}.
   *
   * @return the parameter value, such as {@code negative}
   */
  public String label() {
    return label;
  }

  /**
   * The rule with this label.
   *
   * @param text the text
   * @return the rule with this label
   * @throws IllegalArgumentException naming the text if there is none
   */
  public static PeakTie parse(String text) {
    for (PeakTie tie : values()) {
      if (tie.label.equals(text.toLowerCase(Locale.ROOT))) {
        return tie;
      }
    }
    throw new IllegalArgumentException(
        "unknown ties rule '" + text + "'; valid rules are negative, positive, mean, first");
  }

  @Override
  public String toString() {
    return label;
  }
}
