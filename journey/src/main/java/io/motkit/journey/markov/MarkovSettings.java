package io.motkit.journey.markov;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What a {@link MarkovModel} is fitted to: the order, what counts as a conversion, where a path
 * ends, and which touchpoints are left out.
 *
 * <p>A path ends at conversion, as in the attribution literature (Anderl, Becker, von Wangenheim
 * and Schumann 2016; the ChannelAttribution package of Altomare and Loris): either a journey
 * converts when it first reaches the {@link #conversion()} touchpoint, and the moments from there
 * on are not part of its path, or a binary {@link #outcome()} says whether it converted, and with
 * an {@link #outcomeTime()} the path is cut after the last moment that starts no later than the
 * outcome. Measurement touchpoints (a satisfaction survey) measure the journey rather than move it,
 * so they are left out of the paths unless {@link #includeMeasurements()} is set.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class MarkovSettings implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  MarkovSettings() {}

  /**
   * Touchpoints per state, 1 to 4; 1 unless set.
   *
   * @return touchpoints per state, 1 to 4; 1 unless set
   */
  @Value.Default
  public int order() {
    return 1;
  }

  /**
   * The binary (0/1) journey outcome that marks a conversion; set this or {@link #conversion()}.
   *
   * @return the binary (0/1) journey outcome that marks a conversion; set this or {@link
   *     #conversion()}
   */
  public abstract Optional<String> outcome();

  /**
   * The touchpoint whose first occurrence is the conversion; set this or {@link #outcome()}. No
   * outcomes are needed.
   *
   * @return the touchpoint whose first occurrence is the conversion; set this or {@link #outcome()}
   */
  public abstract Optional<String> conversion();

  /**
   * A journey outcome holding the time of the outcome in epoch milliseconds: moments that start
   * after it are not part of the path. Only with {@link #outcome()}.
   *
   * @return a journey outcome holding the time of the outcome in epoch milliseconds: moments that
   *     start after it are not part of the path
   */
  public abstract Optional<String> outcomeTime();

  /**
   * A journey outcome holding the value of a conversion (revenue, a fee paid), for the attributed
   * value per touchpoint; converted journeys without it count as 0.
   *
   * @return a journey outcome holding the value of a conversion (revenue, a fee paid), for the
   *     attributed value per touchpoint; converted journeys without it count as 0
   */
  public abstract Optional<String> value();

  /**
   * Touchpoints that measure the journey (a survey) and are left out of the paths, in addition to
   * touchpoints tagged {@link io.motkit.journey.EventLog#MEASUREMENT_TAG}.
   *
   * @return touchpoints that measure the journey (a survey) and are left out of the paths, in
   *     addition to touchpoints tagged {@link io.motkit.journey.EventLog#MEASUREMENT_TAG}
   */
  public abstract Set<String> measurements();

  /**
   * Whether measurement touchpoints stay in the paths; false unless set.
   *
   * @return whether measurement touchpoints stay in the paths; false unless set
   */
  @Value.Default
  public boolean includeMeasurements() {
    return false;
  }

  /**
   * Settings for a binary outcome, order 1.
   *
   * @param outcome the outcome's name
   * @return settings for a binary outcome, order 1
   */
  public static MarkovSettings ofOutcome(String outcome) {
    return builder().outcome(outcome).build();
  }

  /**
   * Settings for a conversion touchpoint, order 1.
   *
   * @param touchpoint the touchpoint
   * @return settings for a conversion touchpoint, order 1
   */
  public static MarkovSettings ofConversion(String touchpoint) {
    return builder().conversion(touchpoint).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MarkovSettings}. */
  public static final class Builder extends ImmutableMarkovSettings.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    checkArgument(order() >= 1 && order() <= 4, "order must be from 1 to 4, found %s", order());
    checkArgument(
        outcome().isPresent() != conversion().isPresent(),
        "a Markov model needs either an outcome or a conversion touchpoint, not %s",
        outcome().isPresent() ? "both" : "neither");
    checkArgument(
        outcomeTime().isEmpty() || outcome().isPresent(),
        "an outcome time cuts paths at a journey outcome; with a conversion touchpoint the path ends there already");
    conversion()
        .ifPresent(
            c ->
                checkArgument(
                    !measurements().contains(c),
                    "the conversion touchpoint '%s' cannot also be a measurement",
                    c));
  }
}
