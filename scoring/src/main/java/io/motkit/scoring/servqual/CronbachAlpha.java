package io.motkit.scoring.servqual;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Cronbach's (1951) alpha of a scale of k items answered by n respondents: k / (k - 1) * (1 - sum
 * of item variances / variance of the respondents' totals), with sample variances.
 */
final class CronbachAlpha {

  private CronbachAlpha() {}

  /** Alpha of the rows (one per respondent, one value per item); empty where it is undefined. */
  static OptionalDouble of(List<double[]> rows) {
    if (rows.size() < 2 || rows.get(0).length < 2) {
      return OptionalDouble.empty();
    }
    int k = rows.get(0).length;
    double itemVariances = 0;
    for (int i = 0; i < k; i++) {
      final int item = i;
      itemVariances += variance(rows.stream().mapToDouble(r -> r[item]).toArray());
    }
    double totalVariance = variance(rows.stream().mapToDouble(CronbachAlpha::sum).toArray());
    if (totalVariance == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(k / (k - 1.0) * (1 - itemVariances / totalVariance));
  }

  private static double sum(double[] row) {
    double s = 0;
    for (double v : row) {
      s += v;
    }
    return s;
  }

  private static double variance(double[] values) {
    double mean = 0;
    for (double v : values) {
      mean += v;
    }
    mean /= values.length;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return squares / (values.length - 1);
  }
}
