package io.motkit.scoring.nps;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The tally of an {@link NpsAnalysis}: promoters, passives and detractors, overall and per segment,
 * and the respondents seen, so that a respondent who answered twice is found wherever the two
 * answers were tallied. Opaque; made, filled, merged and finished by the analysis.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class NpsTally implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Promoters, passives and detractors of every respondent. */
  final int[] all = new int[3];

  /** Promoters, passives and detractors per segment, in segment order. */
  final TreeMap<String, int[]> segments = new TreeMap<>();

  /** The respondents tallied. */
  final HashSet<String> respondents = new HashSet<>();

  NpsTally() {}

  /** Counts {@code score} into {@code counts}: promoters 9-10, passives 7-8, detractors 0-6. */
  static void count(int[] counts, int score) {
    counts[score >= 9 ? 0 : score >= 7 ? 1 : 2]++;
  }

  /** {@code into} with {@code from}'s counts added, segment by segment. */
  static void add(Map<String, int[]> into, Map<String, int[]> from) {
    from.forEach(
        (segment, counts) -> {
          int[] to = into.computeIfAbsent(segment, s -> new int[3]);
          for (int k = 0; k < 3; k++) {
            to[k] += counts[k];
          }
        });
  }
}
