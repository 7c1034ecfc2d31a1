package io.motkit.journey.analysis;

import io.motkit.core.ConfidenceInterval;
import java.util.Optional;
import org.hipparchus.distribution.continuous.NormalDistribution;

/** Intervals shared by the population analyses. */
final class Proportion {

  private Proportion() {}

  static double z(double level) {
    return new NormalDistribution(0, 1).inverseCumulativeProbability(1 - (1 - level) / 2);
  }

  /**
   * Wilson's (1927) score interval of k successes in n trials, which stays inside [0, 1] and
   * behaves at shares near 0 and 1; empty when n is 0.
   */
  static Optional<ConfidenceInterval> wilson(long k, long n, double level) {
    if (n == 0) {
      return Optional.empty();
    }
    double z = z(level);
    double p = k / (double) n;
    double z2 = z * z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    // At k = 0 the lower end is exactly 0, and at k = n the upper end exactly 1; the formula leaves
    // rounding noise such as 8.7e-19 there.
    double low = k == 0 ? 0 : Math.max(0, centre - half);
    double high = k == n ? 1 : Math.min(1, centre + half);
    return Optional.of(ConfidenceInterval.of(low, high, level, "wilson"));
  }

  /**
   * Student's t interval of a mean from its sum, the sum of squared deviations from the mean
   * ({@code m2}, accumulated by Welford's method) and the count; empty below 2 values. The one-pass
   * form {@code sum(x^2) - n * mean^2} cancels catastrophically (a constant 0.8 gave an interval
   * 1.5e-8 wide), so it is not used.
   */
  static Optional<ConfidenceInterval> mean(double sum, double m2, long n, double level) {
    if (n < 2) {
      return Optional.empty();
    }
    double variance = m2 / (n - 1);
    return ConfidenceInterval.studentT(sum / n, Math.sqrt(variance / n), n, level);
  }
}
