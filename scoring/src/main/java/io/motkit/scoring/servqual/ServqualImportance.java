package io.motkit.scoring.servqual;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Points a respondent allocated to one dimension in the importance question of Parasuraman,
 * Zeithaml and Berry (1988): 100 points shared over the five dimensions.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class ServqualImportance {

  ServqualImportance() {}

  /**
   * Who allocated.
   *
   * @return who allocated
   */
  @Value.Parameter
  public abstract String respondent();

  /**
   * The dimension.
   *
   * @return the dimension
   */
  @Value.Parameter
  public abstract String dimension();

  /**
   * The points, at least 0.
   *
   * @return the points, at least 0
   */
  @Value.Parameter
  public abstract double points();

  /**
   * An allocation.
   *
   * @param respondent the respondent
   * @param dimension the dimension
   * @param points how many points
   * @return an allocation
   */
  public static ServqualImportance of(String respondent, String dimension, double points) {
    return ImmutableServqualImportance.of(respondent, dimension, points);
  }

  @Value.Check
  final void check() {
    checkArgument(
        Double.isFinite(points()) && points() >= 0,
        "respondent '%s', dimension '%s': points must be a finite number >= 0, found %s",
        respondent(),
        dimension(),
        points());
  }
}
