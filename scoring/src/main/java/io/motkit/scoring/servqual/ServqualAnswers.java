package io.motkit.scoring.servqual;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of a SERVQUAL survey as a matrix: respondents in the order of their first answer by
 * items in the instrument's order, and each respondent's answers in the order given, so that every
 * mean adds the same values in the same order as a walk over the respondents' answers would,
 * without a map per respondent.
 */
final class ServqualAnswers {

  final Map<String, Integer> itemIndex;
  final List<String> respondents;
  final List<ServqualResponse[]> matrix;
  private final List<ServqualResponse> responses;
  private final int[] nextGiven;
  private final List<int[]> givenEnds;

  private ServqualAnswers(
      Map<String, Integer> itemIndex,
      List<String> respondents,
      List<ServqualResponse[]> matrix,
      List<ServqualResponse> responses,
      int[] nextGiven,
      List<int[]> givenEnds) {
    this.itemIndex = itemIndex;
    this.respondents = respondents;
    this.matrix = matrix;
    this.responses = responses;
    this.nextGiven = nextGiven;
    this.givenEnds = givenEnds;
  }

  static ServqualAnswers of(List<ServqualResponse> responses, List<ServqualItem> items) {
    Map<String, Integer> itemIndex = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      itemIndex.put(items.get(i).id(), i);
    }
    Map<String, Integer> respondentIndex = new HashMap<>();
    List<String> respondents = new ArrayList<>();
    List<ServqualResponse[]> matrix = new ArrayList<>();
    // Each respondent's answers in the order given, linked through the responses' positions.
    int[] nextGiven = new int[responses.size()];
    List<int[]> givenEnds = new ArrayList<>();
    for (int n = 0; n < responses.size(); n++) {
      ServqualResponse r = responses.get(n);
      Integer k = respondentIndex.get(r.respondent());
      if (k == null) {
        k = respondents.size();
        respondentIndex.put(r.respondent(), k);
        respondents.add(r.respondent());
        matrix.add(new ServqualResponse[items.size()]);
        givenEnds.add(new int[] {n, n});
      } else {
        int[] ends = givenEnds.get(k);
        nextGiven[ends[1]] = n;
        ends[1] = n;
      }
      nextGiven[n] = -1;
      matrix.get(k)[requireNonNull(itemIndex.get(r.item()))] = r;
    }
    return new ServqualAnswers(itemIndex, respondents, matrix, responses, nextGiven, givenEnds);
  }

  /**
   * SERVPERF (Cronin and Taylor 1992): the mean over respondents of each respondent's mean
   * perception, over the answers in the order given.
   */
  double servperf() {
    double servperf = 0;
    double[] perceptions = new double[matrix.isEmpty() ? 0 : matrix.get(0).length];
    for (int[] ends : givenEnds) {
      int answered = 0;
      for (int n = ends[0]; n >= 0; n = nextGiven[n]) {
        perceptions[answered++] = responses.get(n).perception();
      }
      servperf += java.util.Arrays.stream(perceptions, 0, answered).average().orElseThrow();
    }
    return servperf / respondents.size();
  }
}
