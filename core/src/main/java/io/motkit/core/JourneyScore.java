package io.motkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The remembered value a scorer gives one journey, with its provenance and its explanation.
 *
 * <p>Provenance: which scorer ({@link #scorerId()}), with which resolved parameters ({@link
 * #parameters()}), in which motkit version ({@link #version()}). Explanation: each moment's weight
 * and contribution ({@link #contributions()}), the moments that played a named role such as {@code
 * peak} or {@code end} ({@link #roles()}), and further named figures ({@link #details()}).
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class JourneyScore {

  /** Role of the moment chosen as the peak. */
  public static final String PEAK = "peak";

  /** Role of the moments that make up the end. */
  public static final String END = "end";

  JourneyScore() {}

  /**
   * The scored journey's id.
   *
   * @return the scored journey's id
   */
  public abstract String journeyId();

  /**
   * The id of the scorer that produced this score.
   *
   * @return the id of the scorer that produced this score
   */
  public abstract String scorerId();

  /**
   * The scorer's resolved parameters, defaults included, by name.
   *
   * @return the scorer's resolved parameters, defaults included, by name
   */
  public abstract Map<String, String> parameters();

  /**
   * The motkit version that produced the score.
   *
   * @return the motkit version that produced the score
   */
  @Value.Default
  public String version() {
    return Version.CURRENT;
  }

  /**
   * The score.
   *
   * @return the score
   */
  public abstract double value();

  /**
   * Each contributing moment's input, weight and contribution, in time order.
   *
   * @return each contributing moment's input, weight and contribution, in time order
   */
  public abstract List<MomentContribution> contributions();

  /**
   * Moment indices by role name ({@link #PEAK}, {@link #END}, ...), roles in the order given.
   *
   * @return moment indices by role name ({@link #PEAK}, {@link #END}, ...), roles in the order
   *     given
   */
  public abstract Map<String, List<Integer>> roles();

  /**
   * The moment indices of one role; empty if no moment has it.
   *
   * @param name the name
   * @return the moment indices of one role; empty if no moment has it
   */
  public final List<Integer> role(String name) {
    return roles().getOrDefault(name, List.of());
  }

  /**
   * Further named figures, such as the peak and end values or per-dimension gaps.
   *
   * @return further named figures, such as the peak and end values or per-dimension gaps
   */
  public abstract Map<String, Double> details();

  /**
   * A builder; {@code journeyId}, {@code scorerId} and {@code value} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link JourneyScore}. */
  public static final class Builder extends ImmutableJourneyScore.Builder {
    private final Map<String, List<Integer>> pendingRoles = new java.util.LinkedHashMap<>();

    Builder() {}

    /**
     * Gives moment {@code index} the role {@code role}; a role may name several moments.
     *
     * @param role the role's name
     * @param index the index
     * @return this builder
     */
    public Builder putRole(String role, int index) {
      pendingRoles.computeIfAbsent(role, k -> new java.util.ArrayList<>()).add(index);
      return this;
    }

    @Override
    public JourneyScore build() {
      pendingRoles.forEach((role, indices) -> putRole(role, List.copyOf(indices)));
      pendingRoles.clear();
      return super.build();
    }
  }

  /**
   * This score attributed to another scorer: the same value and explanation with {@code scorerId}
   * and {@code parameters} as provenance. A scorer that delegates the aggregation to another one
   * uses it to report itself.
   *
   * @param scorerId the scorer id
   * @param parameters the parameters, by name
   * @return this score attributed to another scorer: the same value and explanation with {@code
   *     scorerId} and {@code parameters} as provenance
   */
  public final JourneyScore relabel(String scorerId, Map<String, String> parameters) {
    return ((ImmutableJourneyScore) ImmutableJourneyScore.copyOf(this))
        .withScorerId(scorerId)
        .withParameters(parameters);
  }

  /**
   * The sum of the moments' contributions; equals {@link #value()} up to rounding.
   *
   * @return the sum of the moments' contributions; equals {@link #value()} up to rounding
   */
  public final double contributionTotal() {
    double sum = 0;
    for (MomentContribution c : contributions()) {
      sum += c.contribution();
    }
    return sum;
  }

  @Value.Check
  final void check() {
    checkArgument(!journeyId().isBlank(), "journey id is blank");
    checkArgument(!scorerId().isBlank(), "scorer id is blank");
    checkArgument(
        Double.isFinite(value()),
        "score of journey '%s' by '%s' is not finite: %s",
        journeyId(),
        scorerId(),
        value());
    for (Map.Entry<String, Double> detail : details().entrySet()) {
      checkArgument(
          Double.isFinite(detail.getValue()),
          "detail '%s' of journey '%s' is not finite: %s",
          detail.getKey(),
          journeyId(),
          detail.getValue());
    }
  }
}
