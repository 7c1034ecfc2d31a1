package io.motkit.scoring.kano;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The Kano evaluation table (Kano, Seraku, Takahashi and Tsuji 1984; in the form of Berger et al.
 * 1993): the category of a pair of answers, functional answer by row, dysfunctional by column, both
 * in the order like, must-be, neutral, live-with, dislike.
 */
@API(status = STABLE, since = "0.1")
public final class KanoEvaluationTable {

  /** The table as data: one row per functional answer, one letter per dysfunctional answer. */
  private static final String[] ROWS = {
    "QAAAO", // like
    "RIIIM", // must-be
    "RIIIM", // neutral
    "RIIIM", // live-with
    "RRRRQ", // dislike
  };

  private static final KanoCategory[][] TABLE = new KanoCategory[5][5];

  static {
    for (int f = 0; f < 5; f++) {
      for (int d = 0; d < 5; d++) {
        TABLE[f][d] = KanoCategory.parse(String.valueOf(ROWS[f].charAt(d)));
      }
    }
  }

  private KanoEvaluationTable() {}

  /**
   * The category of a functional and a dysfunctional answer.
   *
   * @param functional the answer to the functional question (the feature present)
   * @param dysfunctional the answer to the dysfunctional question (the feature absent)
   * @return the category of a functional and a dysfunctional answer
   */
  @SuppressWarnings("EnumOrdinal") // the table's rows and columns are the answers in declared order
  public static KanoCategory classify(KanoAnswer functional, KanoAnswer dysfunctional) {
    return TABLE[functional.ordinal()][dysfunctional.ordinal()];
  }
}
