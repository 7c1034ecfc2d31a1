package io.motkit.journey.fit;

import java.util.ArrayList;
import java.util.List;

/**
 * The model confidence set of Hansen, Lunde and Nason (2011, Econometrica 79(2)): the models that
 * cannot be told apart from the best at a level, found by eliminating the worst model while the
 * equal-performance test rejects, with their MCS p-values. The statistic is their T_max: each
 * model's mean loss relative to the average of the models left, studentised by its bootstrap
 * standard deviation; the bootstrap resamples journeys (independent, so no blocks are needed) and
 * is the same paired one as the comparisons'. A model is in the set at level {@code alpha} when its
 * p-value is at least {@code alpha}; the last model left has p-value 1. Because every model is
 * compared with every other on the same resamples, the set accounts for the search over models that
 * picking the single best hides.
 */
final class ModelConfidenceSet {

  private ModelConfidenceSet() {}

  /**
   * The MCS p-value of each model.
   *
   * @param observed each model's mean loss on all journeys
   * @param resampled each model's mean loss in each bootstrap resample: {@code [model][resample]}
   * @return the MCS p-value of each model, in the order given
   */
  static double[] pValues(double[] observed, double[][] resampled) {
    int m = observed.length;
    int b = resampled.length == 0 ? 0 : resampled[0].length;
    double[] p = new double[m];
    List<Integer> left = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      left.add(i);
    }
    double highest = 0;
    while (left.size() > 1) {
      int k = left.size();
      double average = 0;
      for (int i : left) {
        average += observed[i] / k;
      }
      double[] averageStar = new double[b];
      for (int r = 0; r < b; r++) {
        for (int i : left) {
          averageStar[r] += resampled[i][r] / k;
        }
      }
      double[] t = new double[k];
      double[] sd = new double[k];
      for (int x = 0; x < k; x++) {
        int i = left.get(x);
        double d = observed[i] - average;
        double variance = 0;
        for (int r = 0; r < b; r++) {
          double e = resampled[i][r] - averageStar[r] - d;
          variance += e * e;
        }
        sd[x] = Math.sqrt(variance / b);
        t[x] = sd[x] > 0 ? d / sd[x] : 0;
      }
      int worst = 0;
      for (int x = 1; x < k; x++) {
        if (t[x] > t[worst]) {
          worst = x;
        }
      }
      double statistic = t[worst];
      int exceed = 0;
      for (int r = 0; r < b; r++) {
        double max = Double.NEGATIVE_INFINITY;
        for (int x = 0; x < k; x++) {
          int i = left.get(x);
          double d = observed[i] - average;
          double star = resampled[i][r] - averageStar[r] - d;
          max = Math.max(max, sd[x] > 0 ? star / sd[x] : 0);
        }
        if (max >= statistic) {
          exceed++;
        }
      }
      double pValue = (exceed + 1.0) / (b + 1.0);
      highest = Math.max(highest, pValue);
      p[left.get(worst)] = highest;
      left.remove(worst);
    }
    if (!left.isEmpty()) {
      p[left.get(0)] = 1;
    }
    return p;
  }
}
