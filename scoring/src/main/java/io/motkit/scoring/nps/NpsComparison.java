package io.motkit.scoring.nps;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.ConfidenceInterval;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The difference between the scores of two independent samples (two segments, two survey waves):
 * difference a - b in points, its standard error sqrt(se_a^2 + se_b^2), the normal interval, and
 * the two-sided p-value of a z test that the two scores are equal. With the adjusted-Wald method
 * each sample is adjusted as in Rocks (2016) before the variances are taken.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class NpsComparison {

  NpsComparison() {}

  /**
   * The first sample's name, such as a segment; {@code a} unless named.
   *
   * @return the first sample's name, such as a segment; {@code a} unless named
   */
  @Value.Default
  public String first() {
    return "a";
  }

  /**
   * The second sample's name; {@code b} unless named.
   *
   * @return the second sample's name; {@code b} unless named
   */
  @Value.Default
  public String second() {
    return "b";
  }

  /**
   * The same comparison with the samples named.
   *
   * @param first the name of the first segment
   * @param second the name of the second segment
   * @return the same comparison with the samples named
   */
  public final NpsComparison withSegments(String first, String second) {
    return ImmutableNpsComparison.builder()
        .first(first)
        .second(second)
        .difference(difference())
        .standardError(standardError())
        .interval(interval())
        .pValue(pValue())
        .build();
  }

  /**
   * The first sample's score minus the second's, in points.
   *
   * @return the first sample's score minus the second's, in points
   */
  public abstract double difference();

  /**
   * The standard error of the difference, in points.
   *
   * @return the standard error of the difference, in points
   */
  public abstract double standardError();

  /**
   * The interval of the difference, in points.
   *
   * @return the interval of the difference, in points
   */
  public abstract ConfidenceInterval interval();

  /**
   * The two-sided p-value; 1 when both samples are certain and equal, 0 when certain and unequal.
   *
   * @return the two-sided p-value; 1 when both samples are certain and equal, 0 when certain and
   *     unequal
   */
  public abstract double pValue();
}
