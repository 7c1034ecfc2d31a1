package io.motkit.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.ConfidenceInterval;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The mean of a sample with its standard deviation (n - 1 in the denominator) and Student's t
 * interval, mean +- t(n - 1, 1 - (1 - level) / 2) * sd / sqrt(n). For paired data, pass the
 * differences: the interval is then the paired t interval. Immutable.
 */
@API(status = STABLE, since = "0.1")
public final class SampleMean {

  private final int n;
  private final double mean;
  private final double standardDeviation;

  private SampleMean(int n, double mean, double standardDeviation) {
    this.n = n;
    this.mean = mean;
    this.standardDeviation = standardDeviation;
  }

  /**
   * The summary of {@code values}, computed in two passes for accuracy.
   *
   * @param values the values
   * @return the summary of {@code values}, computed in two passes for accuracy
   * @throws IllegalArgumentException if there are no values or one is not finite
   */
  public static SampleMean of(double[] values) {
    checkArgument(values.length > 0, "a sample mean needs at least one value");
    double sum = 0;
    for (double v : values) {
      checkArgument(Double.isFinite(v), "sample value is not finite: %s", v);
      sum += v;
    }
    double mean = sum / values.length;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    double sd = values.length > 1 ? Math.sqrt(squares / (values.length - 1)) : 0;
    return new SampleMean(values.length, mean, sd);
  }

  /**
   * The sample size.
   *
   * @return the sample size
   */
  public int n() {
    return n;
  }

  /**
   * The mean.
   *
   * @return the mean
   */
  public double mean() {
    return mean;
  }

  /**
   * The sample standard deviation; 0 for a single value.
   *
   * @return the sample standard deviation; 0 for a single value
   */
  public double standardDeviation() {
    return standardDeviation;
  }

  /**
   * The standard error of the mean, sd / sqrt(n).
   *
   * @return the standard error of the mean, sd / sqrt(n)
   */
  public double standardError() {
    return standardDeviation / Math.sqrt(n);
  }

  /**
   * The t interval at {@code level}; empty for fewer than two values, where it is undefined.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the t interval at {@code level}; empty for fewer than two values, where it is undefined
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1
   */
  public Optional<ConfidenceInterval> interval(double level) {
    return ConfidenceInterval.studentT(mean, standardError(), n, level);
  }
}
