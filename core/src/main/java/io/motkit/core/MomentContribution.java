package io.motkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How one moment entered a journey score: the per-moment value the scorer aggregated (the raw
 * rating, a disconfirmation, a Kano-shaped satisfaction, ...), the weight it got, and their
 * product. For every motkit scorer the contributions sum to the score's value.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class MomentContribution {

  MomentContribution() {}

  /**
   * The moment's position in the journey, in time order.
   *
   * @return the moment's position in the journey, in time order
   */
  @Value.Parameter
  public abstract int index();

  /**
   * The moment's touchpoint id.
   *
   * @return the moment's touchpoint id
   */
  @Value.Parameter
  public abstract String touchpointId();

  /**
   * The per-moment value that was aggregated.
   *
   * @return the per-moment value that was aggregated
   */
  @Value.Parameter
  public abstract double input();

  /**
   * The weight the moment got.
   *
   * @return the weight the moment got
   */
  @Value.Parameter
  public abstract double weight();

  /**
   * A contribution of {@code weight * input} by the moment at {@code index}.
   *
   * @param index the index
   * @param touchpointId the touchpoint id
   * @param input the input
   * @param weight the weight
   * @return a contribution of {@code weight * input} by the moment at {@code index}
   */
  public static MomentContribution of(int index, String touchpointId, double input, double weight) {
    return ImmutableMomentContribution.of(index, touchpointId, input, weight);
  }

  /**
   * {@code weight() * input()}.
   *
   * @return {@code weight() * input()}
   */
  public final double contribution() {
    return weight() * input();
  }

  @Value.Check
  final void check() {
    checkArgument(index() >= 0, "moment index is negative: %s", index());
    checkArgument(
        Double.isFinite(input()), "moment %s: input is not finite: %s", index(), (Object) input());
    checkArgument(
        Double.isFinite(weight()),
        "moment %s: weight is not finite: %s",
        index(),
        (Object) weight());
  }
}
