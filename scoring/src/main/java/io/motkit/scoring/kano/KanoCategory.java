package io.motkit.scoring.kano;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import org.apiguardian.api.API;

/** A Kano category (Kano, Seraku, Takahashi and Tsuji 1984), with its one-letter code. */
@API(status = STABLE, since = "0.1")
public enum KanoCategory {
  /** Attractive: delights when present, not missed when absent. */
  ATTRACTIVE('A', "attractive"),
  /** One-dimensional (performance): the better, the more satisfied. */
  ONE_DIMENSIONAL('O', "one-dimensional"),
  /** Must-be (basic): taken for granted when present, dissatisfies when absent. */
  MUST_BE('M', "must-be"),
  /** Indifferent: makes no difference either way. */
  INDIFFERENT('I', "indifferent"),
  /** Reverse: its presence dissatisfies. */
  REVERSE('R', "reverse"),
  /** Questionable: contradictory answers, such as liking both presence and absence. */
  QUESTIONABLE('Q', "questionable");

  private final char letter;
  private final String label;

  KanoCategory(char letter, String label) {
    this.letter = letter;
    this.label = label;
  }

  /**
   * The one-letter code: A, O, M, I, R or Q.
   *
   * @return the one-letter code: A, O, M, I, R or Q
   */
  public char letter() {
    return letter;
  }

  /**
   * The lower-case name, such as {@code must-be}.
   *
   * @return the lower-case name, such as {@code must-be}
   */
  public String label() {
    return label;
  }

  /**
   * The category with this letter or name, in any case ({@code M}, {@code must-be}).
   *
   * @param text the text
   * @return the category with this letter or name, in any case ({@code M}, {@code must-be})
   * @throws IllegalArgumentException naming the text and listing the valid codes if none matches
   */
  public static KanoCategory parse(String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (KanoCategory category : values()) {
      if (wanted.length() == 1 && Character.toLowerCase(category.letter) == wanted.charAt(0)) {
        return category;
      }
      if (category.label.equals(wanted)) {
        return category;
      }
    }
    throw new IllegalArgumentException(
        "unknown Kano category '"
            + text
            + "'; valid categories are A, O, M, I, R, Q or their names");
  }

  @Override
  public String toString() {
    return String.valueOf(letter);
  }
}
