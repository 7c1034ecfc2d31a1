package io.motkit.journey.analysis;

import java.io.Serializable;

/**
 * The count, sum, running mean and sum of squared deviations of some ratings (Welford 1962), merged
 * with the update of Chan, Golub and LeVeque (1983), so that parts tallied apart combine into the
 * figures of the whole.
 */
final class Moments implements Serializable {

  private static final long serialVersionUID = 1L;

  long n;
  double sum;
  double mean;
  double squaredDeviations;

  void add(double v) {
    n++;
    sum += v;
    double delta = v - mean;
    mean += delta / n;
    squaredDeviations += delta * (v - mean);
  }

  Moments merge(Moments other) {
    if (other.n == 0) {
      return this;
    }
    if (n == 0) {
      return other;
    }
    long total = n + other.n;
    double delta = other.mean - mean;
    squaredDeviations += other.squaredDeviations + delta * delta * ((double) n * other.n / total);
    mean += delta * other.n / total;
    sum += other.sum;
    n = total;
    return this;
  }
}
