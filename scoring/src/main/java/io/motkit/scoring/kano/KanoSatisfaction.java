package io.motkit.scoring.kano;

/**
 * How a moment's performance relative to expectation turns into satisfaction, by Kano category.
 *
 * <p>Performance {@code p} is the experienced value minus the expected one, divided by the width of
 * the scale and signed so that {@code p > 0} is better than expected; it lies in [-1, 1]. The
 * satisfaction functions are the piecewise-linear reading of Kano's curves used in penalty-reward
 * contrast analysis (Brandt 1987; Matzler, Bailom, Hinterhuber, Renzl and Pichler 2004, "The
 * asymmetric relationship between attribute-level performance and overall customer satisfaction",
 * <i>Industrial Marketing Management</i> 33(4), 271-277), in which basic factors only penalise low
 * performance and excitement factors only reward high performance:
 *
 * <ul>
 *   <li>must-be: {@code min(p, 0)}: only removes satisfaction, zero once expectations are met;
 *   <li>attractive: {@code max(p, 0)}: only adds satisfaction;
 *   <li>one-dimensional: {@code p}: linear;
 *   <li>indifferent: {@code 0};
 *   <li>reverse: {@code -p}.
 * </ul>
 *
 * A questionable category has no satisfaction function.
 */
final class KanoSatisfaction {

  private KanoSatisfaction() {}

  static double of(KanoCategory category, double performance) {
    switch (category) {
      case MUST_BE:
        return Math.min(performance, 0);
      case ATTRACTIVE:
        return Math.max(performance, 0);
      case ONE_DIMENSIONAL:
        return performance;
      case INDIFFERENT:
        return 0;
      case REVERSE:
        return -performance;
      default:
        throw new IllegalArgumentException(
            "category " + category.label() + " has no satisfaction function");
    }
  }
}
