package io.motkit.journey.markov;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.jspecify.annotations.Nullable;

/**
 * A Markov-chain journey model (Anderl, Becker, von Wangenheim and Schumann 2016, "Mapping the
 * customer journey: lessons learned from graph-based online attribution modeling", <i>International
 * Journal of Research in Marketing</i> 33(3), 457-474). Each journey is a path from a start state
 * through its touchpoints to success (binary outcome 1) or failure (0); transition probabilities
 * are the observed transition shares. In a model of order k a state is the last k touchpoints.
 *
 * <p>The success probability is the probability of absorption in success from the start, solved
 * from (I - Q) x = r with Q the transitions among transient states and r those into success (the
 * fundamental-matrix equations, Kemeny and Snell 1960), never by simulation: by LU decomposition up
 * to 400 states, above that by Gauss-Seidel sweeps over the sparse transitions until no value moves
 * by more than 1e-16, accepted only if every equation then holds to 1e-13 (else LU). The
 * transitions are stored sparse, one row of (state, probability) pairs per state. The removal
 * effect of a touchpoint is 1 - P(success without it) / P(success), where removing a touchpoint
 * sends every path through it to failure; it is 0 when P(success) is 0. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class MarkovModel {

  /** The name of the start state. */
  public static final String START = "(start)";

  /** The name of the success state. */
  public static final String SUCCESS = "(success)";

  /** The name of the failure state. */
  public static final String FAILURE = "(failure)";

  private static final String SEPARATOR = " > ";

  /**
   * The most states a model may have: the removal effects solve dense linear systems of this size
   * exactly, one per touchpoint, so the limit bounds memory (32 MB a matrix) and time.
   */
  public static final int MAX_STATES = 2_000;

  private final int order;
  private final String outcome;
  private final List<String> states;
  private final List<List<String>> stateTouchpoints;

  /** The transitions among states, sparse: row s holds columns[rowStart[s] .. rowStart[s + 1]). */
  private final int[] rowStart;

  private final int[] columns;
  private final double[] probabilities;
  private final double[] toSuccess;
  private final double[] toFailure;
  private final long journeys;
  private final long successes;
  private final double successProbability;
  private final java.util.OptionalDouble totalValue;
  private final long journeysWithoutPath;
  private final long conversionsWithoutPath;

  private MarkovModel(
      int order,
      String outcome,
      List<String> states,
      List<List<String>> stateTouchpoints,
      int[] rowStart,
      int[] columns,
      double[] probabilities,
      double[] toSuccess,
      double[] toFailure,
      long journeys,
      long successes,
      java.util.OptionalDouble totalValue,
      long journeysWithoutPath,
      long conversionsWithoutPath) {
    this.order = order;
    this.outcome = outcome;
    this.states = states;
    this.stateTouchpoints = stateTouchpoints;
    this.rowStart = rowStart;
    this.columns = columns;
    this.probabilities = probabilities;
    this.toSuccess = toSuccess;
    this.toFailure = toFailure;
    this.journeys = journeys;
    this.successes = successes;
    this.totalValue = totalValue;
    this.journeysWithoutPath = journeysWithoutPath;
    this.conversionsWithoutPath = conversionsWithoutPath;
    this.successProbability = solve(Set.of());
  }

  /**
   * A model of order {@code order} from distinct paths and their conversions. Paths are taken in
   * lexicographic order, so the result does not depend on the order of {@code paths}; an empty path
   * (no moment before the conversion or the outcome's time) tells nothing about touchpoints and is
   * left out of the chain, but counted: {@link #journeysWithoutPath()}.
   */
  static MarkovModel finish(String outcome, int order, List<PathTally> paths, boolean withValue) {
    checkArgument(order >= 1 && order <= 4, "order must be from 1 to 4, found %s", order);
    List<PathTally> sorted = new ArrayList<>(paths);
    sorted.sort((a, b) -> compare(a.path(), b.path()));
    for (int i = 1; i < sorted.size(); i++) {
      checkArgument(
          !sorted.get(i).path().equals(sorted.get(i - 1).path()),
          "path %s is tallied twice",
          sorted.get(i).path());
    }
    // States are keyed by their touchpoints, not by their display names, so that an id holding the
    // separator cannot be mistaken for a window of two touchpoints.
    Map<List<String>, Integer> index = new LinkedHashMap<>();
    List<List<String>> touchpointsOf = new ArrayList<>();
    List<String> names = new ArrayList<>();
    index.put(List.of(), 0);
    names.add(START);
    touchpointsOf.add(List.of());
    Map<Integer, Map<Integer, Long>> counts = new HashMap<>();
    Map<Integer, long[]> absorbed = new HashMap<>();
    long successes = 0;
    long journeys = 0;
    double totalValue = 0;
    long withoutPath = 0;
    long conversionsWithoutPath = 0;
    for (PathTally tally : sorted) {
      if (tally.path().isEmpty()) {
        withoutPath += tally.conversions() + tally.nonConversions();
        conversionsWithoutPath += tally.conversions();
        continue;
      }
      long times = tally.conversions() + tally.nonConversions();
      journeys += times;
      List<String> window = new ArrayList<>();
      int state = 0;
      for (String touchpoint : tally.path()) {
        window.add(touchpoint);
        if (window.size() > order) {
          window.remove(0);
        }
        List<String> key = List.copyOf(window);
        Integer next = index.get(key);
        if (next == null) {
          // A touchpoint is checked once, when the first state that ends with it is made.
          requireNameOfItsOwn(touchpoint, order);
          next = index.size();
          if (next >= MAX_STATES) {
            throw new IllegalArgumentException(
                "a Markov model of order "
                    + order
                    + " over these journeys has "
                    + stateCount(sorted, order)
                    + " states, more than the limit of "
                    + MAX_STATES
                    + "; use a lower order or merge touchpoints");
          }
          index.put(key, next);
          names.add(String.join(SEPARATOR, window));
          touchpointsOf.add(key);
        }
        counts.computeIfAbsent(state, k -> new HashMap<>()).merge(next, times, Long::sum);
        state = next;
      }
      long[] ends = absorbed.computeIfAbsent(state, k -> new long[2]);
      ends[0] += tally.conversions();
      ends[1] += tally.nonConversions();
      successes += tally.conversions();
      totalValue += tally.value();
    }
    checkArgument(
        journeys > 0, "a Markov model needs at least one journey with a moment on its path");
    int n = index.size();
    int[] rowStart = new int[n + 1];
    int edges = 0;
    for (Map<Integer, Long> out : counts.values()) {
      edges += out.size();
    }
    int[] columns = new int[edges];
    double[] p = new double[edges];
    double[] success = new double[n];
    double[] failure = new double[n];
    int at = 0;
    for (int s = 0; s < n; s++) {
      rowStart[s] = at;
      long total = 0;
      Map<Integer, Long> out = new java.util.TreeMap<>(counts.getOrDefault(s, Map.of()));
      for (long c : out.values()) {
        total += c;
      }
      long[] ends = absorbed.getOrDefault(s, new long[2]);
      total += ends[0] + ends[1];
      if (total == 0) {
        continue;
      }
      for (Map.Entry<Integer, Long> e : out.entrySet()) {
        columns[at] = e.getKey();
        p[at] = e.getValue() / (double) total;
        at++;
      }
      success[s] = ends[0] / (double) total;
      failure[s] = ends[1] / (double) total;
    }
    rowStart[n] = at;
    return new MarkovModel(
        order,
        outcome,
        names,
        touchpointsOf,
        rowStart,
        columns,
        p,
        success,
        failure,
        journeys,
        successes,
        withValue ? java.util.OptionalDouble.of(totalValue) : java.util.OptionalDouble.empty(),
        withoutPath,
        conversionsWithoutPath);
  }

  /**
   * Refuses a touchpoint whose name is that of one of the model's own states, or, above order 1,
   * holds the separator of a window's touchpoints: its state would print as another.
   */
  private static void requireNameOfItsOwn(String touchpoint, int order) {
    checkArgument(
        !touchpoint.equals(START) && !touchpoint.equals(SUCCESS) && !touchpoint.equals(FAILURE),
        "touchpoint '%s' has the name of one of the Markov model's own states (%s, %s, %s);"
            + " rename it",
        touchpoint,
        START,
        SUCCESS,
        FAILURE);
    checkArgument(
        order == 1 || !touchpoint.contains(SEPARATOR),
        "touchpoint '%s' holds '%s', which joins the touchpoints of a state of order %s;"
            + " rename it or use order 1",
        touchpoint,
        SEPARATOR,
        order);
  }

  /** The states a model of {@code order} over {@code paths} would have, the start included. */
  private static int stateCount(List<PathTally> paths, int order) {
    java.util.Set<List<String>> windows = new java.util.HashSet<>();
    for (PathTally tally : paths) {
      List<String> path = tally.path();
      for (int i = 0; i < path.size(); i++) {
        windows.add(path.subList(Math.max(0, i - order + 1), i + 1));
      }
    }
    return windows.size() + 1;
  }

  private static int compare(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /**
   * The probability of success from the start, with the states holding any of {@code removed} sent
   * to failure.
   */
  private double solve(Set<String> removed) {
    int n = states.size();
    boolean[] gone = new boolean[n];
    for (int s = 0; s < n; s++) {
      gone[s] = stateTouchpoints.get(s).stream().anyMatch(removed::contains);
    }
    if (n > DIRECT_STATES) {
      double[] x = iterate(gone);
      if (x != null) {
        return x[0];
      }
    }
    return direct(gone);
  }

  /**
   * Up to this many states the system is solved directly; above, by sweeps over the sparse rows.
   */
  private static final int DIRECT_STATES = 400;

  /** (I - Q) x = r by LU decomposition: exact to rounding. */
  private double direct(boolean[] gone) {
    int n = states.size();
    RealMatrix a = new Array2DRowRealMatrix(n, n);
    RealVector b = new ArrayRealVector(n);
    for (int s = 0; s < n; s++) {
      a.setEntry(s, s, 1);
      if (gone[s]) {
        continue;
      }
      for (int k = rowStart[s]; k < rowStart[s + 1]; k++) {
        a.addToEntry(s, columns[k], -probabilities[k]);
      }
      b.setEntry(s, toSuccess[s]);
    }
    return new LUDecomposition(a).getSolver().solve(b).getEntry(0);
  }

  /**
   * x = Q x + r by Gauss-Seidel sweeps over the sparse rows, later states first (paths mostly lead
   * from earlier states to later ones), until a sweep changes no value by more than 1e-16; null if
   * it has not settled after many sweeps or its residual is not below 1e-13, and the direct
   * solution is used.
   */
  private double @Nullable [] iterate(boolean[] gone) {
    int n = states.size();
    double[] x = new double[n];
    for (int sweep = 0; sweep < 10_000; sweep++) {
      double change = 0;
      for (int s = n - 1; s >= 0; s--) {
        if (gone[s]) {
          continue;
        }
        double v = toSuccess[s];
        for (int k = rowStart[s]; k < rowStart[s + 1]; k++) {
          v += probabilities[k] * x[columns[k]];
        }
        change = Math.max(change, Math.abs(v - x[s]));
        x[s] = v;
      }
      if (change <= 1e-16) {
        break;
      }
    }
    for (int s = 0; s < n; s++) {
      double v = gone[s] ? 0 : toSuccess[s];
      if (!gone[s]) {
        for (int k = rowStart[s]; k < rowStart[s + 1]; k++) {
          v += probabilities[k] * x[columns[k]];
        }
      }
      if (Math.abs(v - x[s]) > 1e-13) {
        return null;
      }
    }
    return x;
  }

  /**
   * The probability of moving from state {@code s} to state {@code t}; 0 for a transition never
   * seen.
   */
  private double probability(int s, int t) {
    for (int k = rowStart[s]; k < rowStart[s + 1]; k++) {
      if (columns[k] == t) {
        return probabilities[k];
      }
    }
    return 0;
  }

  /**
   * The order: how many past touchpoints make a state.
   *
   * @return the order: how many past touchpoints make a state
   */
  public int order() {
    return order;
  }

  /**
   * The outcome the model was fitted to.
   *
   * @return the outcome the model was fitted to
   */
  public String outcome() {
    return outcome;
  }

  /**
   * Journeys fitted.
   *
   * @return journeys fitted
   */
  public long journeys() {
    return journeys;
  }

  /**
   * Journeys left out of the chain because no moment is on their path (every moment came at or
   * after the conversion, after the outcome's time, or was a measurement): counted, never dropped
   * silently; they are not in {@link #journeys()}.
   *
   * @return journeys left out of the chain because no moment is on their path
   */
  public long journeysWithoutPath() {
    return journeysWithoutPath;
  }

  /**
   * Conversions among {@link #journeysWithoutPath()}: not attributed to any touchpoint, so the
   * attributed conversions sum to {@link #successes()}, and with these to every observed one.
   *
   * @return conversions among the journeys without a path
   */
  public long conversionsWithoutPath() {
    return conversionsWithoutPath;
  }

  /**
   * Journeys with outcome 1.
   *
   * @return journeys with outcome 1
   */
  public long successes() {
    return successes;
  }

  /**
   * The probability of success from the start. For a model fitted to observed paths this equals the
   * observed conversion rate, {@link #successes()} / {@link #journeys()}, by construction (the
   * transition shares reproduce the data); it is the baseline of the removal effects, not a finding
   * about the journeys.
   *
   * @return the probability of success from the start
   */
  public double successProbability() {
    return successProbability;
  }

  /**
   * The states: the start, then each touchpoint (or window of touchpoints) seen.
   *
   * @return the states: the start, then each touchpoint (or window of touchpoints) seen
   */
  public List<String> states() {
    return List.copyOf(states);
  }

  /**
   * The touchpoints of the model.
   *
   * @return the touchpoints of the model
   */
  public Set<String> touchpoints() {
    Set<String> touchpoints = new TreeSet<>();
    stateTouchpoints.forEach(touchpoints::addAll);
    return touchpoints;
  }

  /**
   * The probability of moving from state {@code from} to state {@code to}, which may be {@link
   * #SUCCESS} or {@link #FAILURE}; 0 for a transition never seen.
   *
   * @param from the state left
   * @param to the state entered
   * @return the probability of moving from state {@code from} to state {@code to}, which may be
   *     {@link #SUCCESS} or {@link #FAILURE}; 0 for a transition never seen
   * @throws IllegalArgumentException naming the state if {@code from} is not a state of the model
   */
  public double transitionProbability(String from, String to) {
    int s = states.indexOf(from);
    checkArgument(s >= 0, "'%s' is not a state of the model; its states are %s", from, states);
    if (to.equals(SUCCESS)) {
      return toSuccess[s];
    }
    if (to.equals(FAILURE)) {
      return toFailure[s];
    }
    int t = states.indexOf(to);
    return t < 0 ? 0 : probability(s, t);
  }

  /**
   * Every transition seen, by state and then by next state ({@link #SUCCESS} and {@link #FAILURE}
   * last), with its probability; states in the order of {@link #states()}.
   *
   * @return every transition seen, by state and then by next state ({@link #SUCCESS} and {@link
   *     #FAILURE} last), with its probability; states in the order of {@link #states()}
   */
  public Map<String, Map<String, Double>> transitionTable() {
    Map<String, Map<String, Double>> table = new LinkedHashMap<>();
    for (int s = 0; s < states.size(); s++) {
      Map<String, Double> next = new LinkedHashMap<>();
      for (int k = rowStart[s]; k < rowStart[s + 1]; k++) {
        next.put(states.get(columns[k]), probabilities[k]);
      }
      if (toSuccess[s] > 0) {
        next.put(SUCCESS, toSuccess[s]);
      }
      if (toFailure[s] > 0) {
        next.put(FAILURE, toFailure[s]);
      }
      table.put(states.get(s), java.util.Collections.unmodifiableMap(next));
    }
    return java.util.Collections.unmodifiableMap(table);
  }

  /**
   * The removal effect of {@code touchpoint}.
   *
   * @param touchpoint the touchpoint
   * @return the removal effect of {@code touchpoint}
   * @throws IllegalArgumentException naming the touchpoint if the model does not have it
   */
  public double removalEffect(String touchpoint) {
    checkArgument(
        touchpoints().contains(touchpoint),
        "touchpoint '%s' is not in the model; its touchpoints are %s",
        touchpoint,
        touchpoints());
    if (successProbability == 0) {
      return 0;
    }
    return 1 - solve(Set.of(touchpoint)) / successProbability;
  }

  /**
   * The removal effect of every touchpoint, largest first.
   *
   * @return the removal effect of every touchpoint, largest first
   */
  public Map<String, Double> removalEffects() {
    List<Map.Entry<String, Double>> effects = new ArrayList<>();
    for (String touchpoint : touchpoints()) {
      effects.add(Map.entry(touchpoint, removalEffect(touchpoint)));
    }
    effects.sort(
        Map.Entry.<String, Double>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    Map<String, Double> ordered = new LinkedHashMap<>();
    effects.forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }

  /**
   * Conversions attributed to each touchpoint, as the ChannelAttribution package does: the removal
   * effects normalised to shares summing to 1, times the observed conversions. Largest first; all 0
   * when no removal effect is positive.
   *
   * @return conversions attributed to each touchpoint, as the ChannelAttribution package does: the
   *     removal effects normalised to shares summing to 1, times the observed conversions
   */
  public Map<String, Double> attributedConversions() {
    return attributed((double) successes);
  }

  /**
   * Conversion value attributed to each touchpoint: the normalised removal effects times the total
   * value of the converted journeys; empty when the model was fitted without a value.
   *
   * @return conversion value attributed to each touchpoint: the normalised removal effects times
   *     the total value of the converted journeys; empty when the model was fitted without a value
   */
  public Optional<Map<String, Double>> attributedValue() {
    return totalValue.isPresent()
        ? Optional.of(attributed(totalValue.getAsDouble()))
        : Optional.empty();
  }

  /**
   * The total value of the converted journeys, when the model was fitted with a value.
   *
   * @return the total value of the converted journeys, when the model was fitted with a value
   */
  public java.util.OptionalDouble totalValue() {
    return totalValue;
  }

  private Map<String, Double> attributed(double total) {
    Map<String, Double> effects = removalEffects();
    double sum = 0;
    for (double e : effects.values()) {
      sum += Math.max(0, e);
    }
    Map<String, Double> shares = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : effects.entrySet()) {
      shares.put(e.getKey(), sum == 0 ? 0 : Math.max(0, e.getValue()) / sum * total);
    }
    return shares;
  }

  /**
   * The model as JSON text: outcome, order, journeys, success probability, removal effects,
   * transitions.
   *
   * @return the model as JSON text: outcome, order, journeys, success probability, removal effects,
   *     transitions
   */
  public String toJson() {
    return tree().toPrettyString();
  }

  /** The model as a JSON tree, for its own text and for the result's document alike. */
  ObjectNode tree() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("outcome", outcome);
    root.put("order", order);
    root.put("journeys", journeys);
    root.put("successes", successes);
    root.put("journeys_without_path", journeysWithoutPath);
    root.put("conversions_without_path", conversionsWithoutPath);
    root.put(
        "without_path_note",
        "journeys with no moment before the conversion (or the outcome's time) are not in the"
            + " chain; their conversions are attributed to no touchpoint");
    root.put("success_probability", successProbability);
    root.put(
        "success_probability_note",
        "equals the observed conversion rate (successes / journeys) by construction; it is the"
            + " baseline of the removal effects, not a finding");
    totalValue.ifPresent(v -> root.put("total_value", v));
    Map<String, Double> conversions = attributedConversions();
    Optional<Map<String, Double>> value = attributedValue();
    ArrayNode effects = root.putArray("removal_effects");
    removalEffects()
        .forEach(
            (t, e) -> {
              ObjectNode node =
                  effects
                      .addObject()
                      .put("touchpoint", t)
                      .put("removal_effect", e)
                      .put("attributed_conversions", conversions.get(t));
              value.ifPresent(v -> node.put("attributed_value", v.get(t)));
            });
    ArrayNode edges = root.putArray("transitions");
    for (int s = 0; s < states.size(); s++) {
      for (int k = rowStart[s]; k < rowStart[s + 1]; k++) {
        edges
            .addObject()
            .put("from", states.get(s))
            .put("to", states.get(columns[k]))
            .put("probability", probabilities[k]);
      }
      if (toSuccess[s] > 0) {
        edges
            .addObject()
            .put("from", states.get(s))
            .put("to", SUCCESS)
            .put("probability", toSuccess[s]);
      }
      if (toFailure[s] > 0) {
        edges
            .addObject()
            .put("from", states.get(s))
            .put("to", FAILURE)
            .put("probability", toFailure[s]);
      }
    }
    return root;
  }

  @Override
  public String toString() {
    return "MarkovModel[order "
        + order
        + ", "
        + states.size()
        + " states, P(success) = "
        + successProbability
        + ", "
        + Arrays.toString(new long[] {successes, journeys})
        + "]";
  }
}
