package io.motkit.scoring.kano;

import io.motkit.core.Expectation;
import io.motkit.core.Scale;
import io.motkit.core.internal.TextOrder;
import io.motkit.core.scoring.MomentFold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The incremental form of {@link KanoJourneyScorer}: each moment is shaped by its touchpoint's
 * category as the scorer shapes it, and the shaped satisfaction goes to the rule's own fold on the
 * satisfaction scale, so the value is the scorer's to the last bit.
 *
 * <p>The scorer applies its rule to the journey of shaped values, whose moments at one time are
 * ordered by touchpoint and then by their shaped value, not their raw one. So the moments at the
 * latest time are held back, shaped, and folded in that order once a later moment comes (or, for a
 * value, into a copy). The state is five numbers (the first moment the scorer cannot take and why,
 * the count of moments, the latest time and how many moments are held at it), three per moment
 * held, and the rule's state: it grows only with the moments that share one time.
 */
final class KanoFold implements MomentFold {

  private static final int OK = 0;
  private static final int NO_CATEGORY = 1;
  private static final int QUESTIONABLE = 2;
  private static final int NO_EXPECTATION = 3;
  private static final int PROBLEM = 0;
  private static final int PROBLEM_MOMENT = 1;
  private static final int MOMENTS = 2;
  private static final int HELD_START = 3;
  private static final int HELD = 4;
  private static final int HEADER = 5;
  private static final int PER_HELD = 3;

  /** The journey's order of moments at one time, as {@code Journey} sorts the shaped values. */
  private static final Comparator<double[]> SHAPED_ORDER =
      Comparator.comparingDouble((double[] m) -> m[0])
          .thenComparingDouble(m -> m[1])
          .thenComparingDouble(m -> m[2]);

  private final Scale scale;
  private final Map<String, KanoCategory> categories;
  private final Map<String, Integer> touchpointRank;
  private final MomentFold rule;

  KanoFold(Scale scale, Map<String, KanoCategory> categories, MomentFold rule) {
    this.scale = scale;
    this.categories = categories;
    List<String> ids = new ArrayList<>(categories.keySet());
    ids.sort(TextOrder::compare);
    this.touchpointRank = new java.util.HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      touchpointRank.put(ids.get(i), i);
    }
    this.rule = rule;
  }

  @Override
  public double[] newState() {
    return concat(new double[HEADER], rule.newState());
  }

  @Override
  public double[] add(double[] state, double value, long startMillis, long durationMillis) {
    throw new IllegalStateException(
        "a Kano score shapes each moment by its touchpoint and expectation: add them too");
  }

  @Override
  public double[] add(
      double[] state,
      String touchpointId,
      double value,
      Optional<Expectation> expectation,
      long startMillis,
      long durationMillis) {
    int moment = (int) state[MOMENTS];
    state[MOMENTS] = moment + 1;
    if (state[PROBLEM] != OK) {
      return state;
    }
    KanoCategory category = categories.get(touchpointId);
    int problem =
        category == null
            ? NO_CATEGORY
            : category == KanoCategory.QUESTIONABLE
                ? QUESTIONABLE
                : expectation.isEmpty() ? NO_EXPECTATION : OK;
    if (category == null || problem != OK) {
      state[PROBLEM] = category == null ? NO_CATEGORY : problem;
      state[PROBLEM_MOMENT] = moment;
      return state;
    }
    double gap = (value - expectation.get().expected()) / scale.range();
    double performance = scale.higherIsBetter() ? gap : -gap;
    double satisfaction = KanoSatisfaction.of(category, performance);
    double[] next = state;
    if (state[HELD] > 0 && state[HELD_START] != startMillis) {
      next = release(state);
    }
    int held = (int) next[HELD];
    double[] grown = new double[next.length + PER_HELD];
    int at = HEADER + PER_HELD * held;
    System.arraycopy(next, 0, grown, 0, at);
    grown[at] = java.util.Objects.requireNonNull(touchpointRank.get(touchpointId));
    grown[at + 1] = satisfaction;
    grown[at + 2] = durationMillis;
    System.arraycopy(next, at, grown, at + PER_HELD, next.length - at);
    grown[HELD] = held + 1;
    grown[HELD_START] = startMillis;
    return grown;
  }

  /**
   * The state with the moments held folded into the rule's state, in the shaped journey's order.
   */
  private double[] release(double[] state) {
    int held = (int) state[HELD];
    int rules = HEADER + PER_HELD * held;
    List<double[]> moments = new ArrayList<>();
    for (int i = 0; i < held; i++) {
      int at = HEADER + PER_HELD * i;
      moments.add(Arrays.copyOfRange(state, at, at + PER_HELD));
    }
    moments.sort(SHAPED_ORDER);
    double[] ruleState = Arrays.copyOfRange(state, rules, state.length);
    long start = (long) state[HELD_START];
    for (double[] m : moments) {
      ruleState = rule.add(ruleState, m[1], start, (long) m[2]);
    }
    double[] header = Arrays.copyOf(state, HEADER);
    header[HELD] = 0;
    return concat(header, ruleState);
  }

  @Override
  public double value(double[] state) {
    int moment = (int) state[PROBLEM_MOMENT];
    switch ((int) state[PROBLEM]) {
      case NO_CATEGORY:
        throw new IllegalArgumentException(
            "moment "
                + moment
                + ": its touchpoint has no Kano category; categorised touchpoints are "
                + new TreeSet<>(categories.keySet()));
      case QUESTIONABLE:
        throw new IllegalArgumentException(
            "moment " + moment + ": its touchpoint is questionable (Q), which has no satisfaction");
      case NO_EXPECTATION:
        throw new IllegalArgumentException(
            "moment " + moment + " has no expectation, which a Kano score needs");
      default:
        double[] released = release(state.clone());
        return rule.value(Arrays.copyOfRange(released, HEADER, released.length));
    }
  }

  @Override
  public int maxStateLength() {
    return -1;
  }

  private static double[] concat(double[] a, double[] b) {
    double[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
