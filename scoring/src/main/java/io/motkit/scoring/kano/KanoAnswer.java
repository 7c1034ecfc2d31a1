package io.motkit.scoring.kano;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * An answer to a Kano question, functional ("if the service has X?") or dysfunctional ("if it does
 * not?"), on the five-point scale of Kano et al. (1984), in the order of the evaluation table.
 *
 * <p>Parsed from the English words and their synonyms ({@code expect} for must-be, {@code tolerate}
 * for live-with), from the codes 1 to 5, and from the Chinese labels 喜欢, 理所当然, 无所谓, 能忍受 and 不喜欢.
 */
@API(status = STABLE, since = "0.1")
public enum KanoAnswer {
  /** I like it that way. */
  LIKE(4, -2),
  /** It must be that way (I expect it). */
  MUST_BE(2, -1),
  /** I am neutral. */
  NEUTRAL(0, 0),
  /** I can live with it (I tolerate it). */
  LIVE_WITH(-1, 2),
  /** I dislike it that way. */
  DISLIKE(-2, 4);

  private static final Map<String, KanoAnswer> LABELS =
      Map.ofEntries(
          Map.entry("like", LIKE),
          Map.entry("must-be", MUST_BE),
          Map.entry("must be", MUST_BE),
          Map.entry("mustbe", MUST_BE),
          Map.entry("expect", MUST_BE),
          Map.entry("neutral", NEUTRAL),
          Map.entry("live-with", LIVE_WITH),
          Map.entry("live with", LIVE_WITH),
          Map.entry("livewith", LIVE_WITH),
          Map.entry("tolerate", LIVE_WITH),
          Map.entry("dislike", DISLIKE),
          Map.entry("1", LIKE),
          Map.entry("2", MUST_BE),
          Map.entry("3", NEUTRAL),
          Map.entry("4", LIVE_WITH),
          Map.entry("5", DISLIKE),
          Map.entry("喜欢", LIKE),
          Map.entry("理所当然", MUST_BE),
          Map.entry("无所谓", NEUTRAL),
          Map.entry("能忍受", LIVE_WITH),
          Map.entry("不喜欢", DISLIKE));

  private final int functionalScore;
  private final int dysfunctionalScore;

  KanoAnswer(int functionalScore, int dysfunctionalScore) {
    this.functionalScore = functionalScore;
    this.dysfunctionalScore = dysfunctionalScore;
  }

  /**
   * The answer written as a word, a code 1-5 or a Chinese label, in any case and with surrounding
   * blanks ignored.
   *
   * @param text the text
   * @return the answer written as a word, a code 1-5 or a Chinese label, in any case and with
   *     surrounding blanks ignored
   * @throws IllegalArgumentException naming the text and listing the accepted forms if none matches
   */
  public static KanoAnswer parse(String text) {
    KanoAnswer answer = LABELS.get(text.trim().toLowerCase(Locale.ROOT).replace('_', '-'));
    if (answer == null) {
      throw new IllegalArgumentException(
          "unknown Kano answer '"
              + text
              + "'; accepted are like, must-be (expect), neutral, live-with (tolerate), dislike,"
              + " the codes 1-5, or 喜欢, 理所当然, 无所谓, 能忍受, 不喜欢");
    }
    return answer;
  }

  /**
   * The functional answer's score in DuMouchel's continuous analysis (Berger et al. 1993): like 4,
   * must-be 2, neutral 0, live-with -1, dislike -2.
   *
   * @return the functional answer's score in DuMouchel's continuous analysis (Berger et al
   */
  public int functionalScore() {
    return functionalScore;
  }

  /**
   * The dysfunctional answer's score in DuMouchel's continuous analysis (Berger et al. 1993): like
   * -2, must-be -1, neutral 0, live-with 2, dislike 4.
   *
   * @return the dysfunctional answer's score in DuMouchel's continuous analysis (Berger et al
   */
  public int dysfunctionalScore() {
    return dysfunctionalScore;
  }
}
