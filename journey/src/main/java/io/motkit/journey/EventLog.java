package io.motkit.journey;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;

import io.motkit.core.Expectation;
import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.Touchpoint;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.SequenceKernel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Many journeys held column by column: per event a touchpoint code, a start, a duration, a value
 * and an expectation code, in primitive arrays; per journey its id, customer, outcomes and the range
 * of its events. Touchpoints, expectations and attribute values are interned, so a log costs about
 * 28 bytes per event plus 4 per extra attribute column, not an object per event.
 *
 * <p>Journeys are numbered 0 to {@link #journeyCount()} - 1 in order of first appearance in the
 * input; the events of journey j are {@link #firstEvent(int)} to {@link #endEvent(int)} - 1, in
 * time order (equal starts keep input order). Immutable and thread-safe; the arrays never leave it.
 * Read one with {@link EventLogReader}.
 */
public final class EventLog {

  /**
   * The tag of a touchpoint that measures the journey rather than being part of it (a satisfaction
   * survey): key-driver, moments-of-truth and Markov analyses leave such touchpoints out by default.
   */
  public static final String MEASUREMENT_TAG = "measurement";

  private final Scale scale;
  private final PackedStrings journeyIds;
  private final PackedStrings customers;
  private final int[] offsets;
  private final int[] touchpoint;
  private final long[] start;
  private final long[] duration;
  private final double[] value;
  private final int[] expectation;
  private final Touchpoint[] touchpoints;
  private final MomentDetail[] expectations;
  private final String[] attributeNames;
  private final int[][] attributeCodes;
  private final String[][] attributeValues;
  private final Map<String, double[]> outcomes;
  /** Journey id to index, built when first asked for: a large log that is only scored needs none. */
  private volatile Map<String, Integer> journeyIndex;
  private final long rowsRead;
  private final List<RejectedRow> rejected;

  @SuppressWarnings("checkstyle:ParameterNumber")
  EventLog(
      Scale scale,
      PackedStrings journeyIds,
      PackedStrings customers,
      int[] offsets,
      int[] touchpoint,
      long[] start,
      long[] duration,
      double[] value,
      int[] expectation,
      Touchpoint[] touchpoints,
      MomentDetail[] expectations,
      String[] attributeNames,
      int[][] attributeCodes,
      String[][] attributeValues,
      Map<String, double[]> outcomes,
      long rowsRead,
      List<RejectedRow> rejected) {
    this.scale = scale;
    this.journeyIds = journeyIds;
    this.customers = customers;
    this.offsets = offsets;
    this.touchpoint = touchpoint;
    this.start = start;
    this.duration = duration;
    this.value = value;
    this.expectation = expectation;
    this.touchpoints = touchpoints;
    this.expectations = expectations;
    this.attributeNames = attributeNames;
    this.attributeCodes = attributeCodes;
    this.attributeValues = attributeValues;
    this.outcomes = outcomes;
    this.rowsRead = rowsRead;
    this.rejected = List.copyOf(rejected);
  }

  private Map<String, Integer> journeyIndex() {
    Map<String, Integer> index = journeyIndex;
    if (index == null) {
      synchronized (this) {
        index = journeyIndex;
        if (index == null) {
          index = new HashMap<>(journeyIds.size() * 2);
          for (int j = 0; j < journeyIds.size(); j++) {
            index.put(journeyIds.get(j), j);
          }
          journeyIndex = index;
        }
      }
    }
    return index;
  }

  /**
   * Groups raw rows by journey (a stable counting sort) and orders each journey's events by start,
   * permuting the columns in place so that no second copy of the log is made.
   */
  static EventLog assemble(
      Scale scale,
      Columns rows,
      List<String> journeyIds,
      List<String> customers,
      List<Touchpoint> touchpoints,
      List<MomentDetail> expectations,
      List<String> attributeNames,
      List<AttributeColumn> attributes,
      long rowsRead,
      List<RejectedRow> rejected) {
    int n = rows.size;
    int journeys = journeyIds.size();
    int[] offsets = new int[journeys + 1];
    for (int i = 0; i < n; i++) {
      offsets[rows.journey[i] + 1]++;
    }
    for (int j = 0; j < journeys; j++) {
      offsets[j + 1] += offsets[j];
    }
    // destination[i] = where row i goes; rows of a journey keep input order.
    int[] destination = new int[n];
    int[] next = Arrays.copyOf(offsets, journeys);
    for (int i = 0; i < n; i++) {
      destination[i] = next[rows.journey[i]]++;
    }
    rows.journey = null;
    BitSet done = new BitSet(n);
    permute(destination, done, rows.touchpoint, rows.start, rows.duration, rows.value, rows.expectation, attributes);
    // Then order each journey by start, stably.
    for (int j = 0; j < journeys; j++) {
      sortByStart(offsets[j], offsets[j + 1], rows, attributes);
    }
    int[][] codes = new int[attributes.size()][];
    String[][] values = new String[attributes.size()][];
    for (int a = 0; a < attributes.size(); a++) {
      codes[a] = trim(attributes.get(a).codes, n);
      values[a] = attributes.get(a).dictionary.toArray(new String[0]);
    }
    return new EventLog(
        scale,
        PackedStrings.of(journeyIds),
        PackedStrings.of(customers),
        offsets,
        trim(rows.touchpoint, n),
        trim(rows.start, n),
        trim(rows.duration, n),
        trim(rows.value, n),
        trim(rows.expectation, n),
        touchpoints.toArray(new Touchpoint[0]),
        expectations.toArray(new MomentDetail[0]),
        attributeNames.toArray(new String[0]),
        codes,
        values,
        Map.of(),
        rowsRead,
        rejected);
  }

  // A column already of its final length is kept, not copied: a large log is not held twice.
  private static int[] trim(int[] column, int n) {
    return column.length == n ? column : Arrays.copyOf(column, n);
  }

  private static long[] trim(long[] column, int n) {
    return column.length == n ? column : Arrays.copyOf(column, n);
  }

  private static double[] trim(double[] column, int n) {
    return column.length == n ? column : Arrays.copyOf(column, n);
  }

  /** Applies the permutation {@code destination} to every column, following its cycles. */
  private static void permute(
      int[] destination, BitSet done, int[] tp, long[] st, long[] du, double[] va, int[] ex, List<AttributeColumn> attributes) {
    int n = destination.length;
    for (int i = 0; i < n; i++) {
      if (done.get(i) || destination[i] == i) {
        continue;
      }
      int at = i;
      int carryTp = tp[i];
      long carrySt = st[i];
      long carryDu = du[i];
      double carryVa = va[i];
      int carryEx = ex[i];
      int[] carryAttr = new int[attributes.size()];
      for (int a = 0; a < carryAttr.length; a++) {
        carryAttr[a] = attributes.get(a).codes[i];
      }
      while (!done.get(at)) {
        done.set(at);
        int to = destination[at];
        int swapTp = tp[to];
        long swapSt = st[to];
        long swapDu = du[to];
        double swapVa = va[to];
        int swapEx = ex[to];
        tp[to] = carryTp;
        st[to] = carrySt;
        du[to] = carryDu;
        va[to] = carryVa;
        ex[to] = carryEx;
        for (int a = 0; a < carryAttr.length; a++) {
          int[] codes = attributes.get(a).codes;
          int swap = codes[to];
          codes[to] = carryAttr[a];
          carryAttr[a] = swap;
        }
        carryTp = swapTp;
        carrySt = swapSt;
        carryDu = swapDu;
        carryVa = swapVa;
        carryEx = swapEx;
        at = to;
      }
    }
  }

  private static void sortByStart(int from, int to, Columns rows, List<AttributeColumn> attributes) {
    boolean sorted = true;
    for (int i = from + 1; i < to && sorted; i++) {
      sorted = rows.start[i - 1] <= rows.start[i];
    }
    if (sorted) {
      return;
    }
    Integer[] order = new Integer[to - from];
    for (int i = 0; i < order.length; i++) {
      order[i] = from + i;
    }
    // A stable sort: equal starts keep input order.
    Arrays.sort(order, (a, b) -> Long.compare(rows.start[a], rows.start[b]));
    int[] tp = new int[order.length];
    long[] st = new long[order.length];
    long[] du = new long[order.length];
    double[] va = new double[order.length];
    int[] ex = new int[order.length];
    int[][] at = new int[attributes.size()][order.length];
    for (int i = 0; i < order.length; i++) {
      int k = order[i];
      tp[i] = rows.touchpoint[k];
      st[i] = rows.start[k];
      du[i] = rows.duration[k];
      va[i] = rows.value[k];
      ex[i] = rows.expectation[k];
      for (int a = 0; a < at.length; a++) {
        at[a][i] = attributes.get(a).codes[k];
      }
    }
    System.arraycopy(tp, 0, rows.touchpoint, from, order.length);
    System.arraycopy(st, 0, rows.start, from, order.length);
    System.arraycopy(du, 0, rows.duration, from, order.length);
    System.arraycopy(va, 0, rows.value, from, order.length);
    System.arraycopy(ex, 0, rows.expectation, from, order.length);
    for (int a = 0; a < at.length; a++) {
      System.arraycopy(at[a], 0, attributes.get(a).codes, from, order.length);
    }
  }

  /** The scale every value is on. */
  public Scale scale() {
    return scale;
  }

  /** The number of journeys. */
  public int journeyCount() {
    return journeyIds.size();
  }

  /** The number of events (moments) in all journeys. */
  public int eventCount() {
    return value.length;
  }

  /** Rows read from the input, accepted or not. */
  public long rowsRead() {
    return rowsRead;
  }

  /** Rows accepted into the log; equals {@link #eventCount()}. */
  public long rowsAccepted() {
    return value.length;
  }

  /** Rows the lenient reader set aside; always {@code rowsRead() - rowsAccepted()}. */
  public long rowsRejected() {
    return rejected.size();
  }

  /** The rejected rows with their reasons, in input order; empty in strict mode. */
  public List<RejectedRow> rejections() {
    return rejected;
  }

  /** The id of journey {@code j}. */
  public String journeyId(int j) {
    checkElementIndex(j, journeyIds.size(), "journey");
    return journeyIds.get(j);
  }

  /** The index of the journey with this id, if the log has it. */
  public Optional<Integer> indexOf(String journeyId) {
    return Optional.ofNullable(journeyIndex().get(journeyId));
  }

  /** The customer of journey {@code j}, if the log has a customer column. */
  public Optional<String> customer(int j) {
    return Optional.ofNullable(customers.get(j));
  }

  /** The first event of journey {@code j}. */
  public int firstEvent(int j) {
    return offsets[j];
  }

  /** One past the last event of journey {@code j}. */
  public int endEvent(int j) {
    return offsets[j + 1];
  }

  /** The number of events of journey {@code j}. */
  public int size(int j) {
    return offsets[j + 1] - offsets[j];
  }

  /** The touchpoint code of event {@code e}, an index into {@link #touchpoints()}. */
  public int touchpointCode(int e) {
    return touchpoint[e];
  }

  /** The touchpoint of event {@code e}. */
  public Touchpoint touchpoint(int e) {
    return touchpoints[touchpoint[e]];
  }

  /** The distinct touchpoints, indexed by touchpoint code. */
  public List<Touchpoint> touchpoints() {
    return Collections.unmodifiableList(Arrays.asList(touchpoints));
  }

  /** The ids of the touchpoints tagged {@link #MEASUREMENT_TAG}, sorted. */
  public java.util.SortedSet<String> measurementTouchpoints() {
    java.util.SortedSet<String> ids = new java.util.TreeSet<>();
    for (Touchpoint t : touchpoints) {
      if (t.tags().contains(MEASUREMENT_TAG)) {
        ids.add(t.id());
      }
    }
    return ids;
  }

  /** The start of event {@code e}, in epoch milliseconds. */
  public long startMillis(int e) {
    return start[e];
  }

  /** The duration of event {@code e}, in milliseconds. */
  public long durationMillis(int e) {
    return duration[e];
  }

  /** The experienced value of event {@code e}. */
  public double value(int e) {
    return value[e];
  }

  /** The expectation recorded with event {@code e}, if any. */
  public Optional<Expectation> expectation(int e) {
    int code = expectation[e];
    return code < 0 ? Optional.empty() : expectations[code].expectation();
  }

  /** The names of the extra columns kept as attributes. */
  public List<String> attributeNames() {
    return List.of(attributeNames);
  }

  /** The value of attribute column {@code name} at event {@code e}, if the row had one. */
  public Optional<String> attribute(String name, int e) {
    int a = attributeIndex(name);
    int code = attributeCodes[a][e];
    return code < 0 ? Optional.empty() : Optional.of(attributeValues[a][code]);
  }

  /**
   * The value of attribute column {@code name} for journey {@code j}: present when every event of
   * the journey has the same value, as segment attributes such as a region or a building do.
   */
  public Optional<String> journeyAttribute(String name, int j) {
    int a = attributeIndex(name);
    int first = offsets[j];
    int code = first < offsets[j + 1] ? attributeCodes[a][first] : -1;
    if (code < 0) {
      return Optional.empty();
    }
    for (int e = first + 1; e < offsets[j + 1]; e++) {
      if (attributeCodes[a][e] != code) {
        return Optional.empty();
      }
    }
    return Optional.of(attributeValues[a][code]);
  }

  private int attributeIndex(String name) {
    for (int a = 0; a < attributeNames.length; a++) {
      if (attributeNames[a].equals(name)) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "the log has no attribute column '" + name + "'; its attribute columns are " + Arrays.toString(attributeNames));
  }

  /** The names of the journey-level outcomes. */
  public Set<String> outcomeNames() {
    return outcomes.keySet();
  }

  /** Outcome {@code name} of journey {@code j}, if recorded. */
  public OptionalDouble outcome(String name, int j) {
    double[] column = outcomes.get(name);
    if (column == null || Double.isNaN(column[j])) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(column[j]);
  }

  /**
   * Outcome {@code name} of every journey.
   *
   * @throws IllegalArgumentException naming the outcome if the log has no such outcome, or naming
   *     the first journey without it
   */
  public double[] requireOutcome(String name) {
    double[] column = outcomes.get(name);
    checkArgument(column != null, "the log has no outcome '%s'; its outcomes are %s", name, outcomes.keySet());
    for (int j = 0; j < column.length; j++) {
      checkArgument(!Double.isNaN(column[j]), "journey '%s' has no outcome '%s'", journeyIds.get(j), name);
    }
    return column.clone();
  }

  /**
   * This log with journey-level outcomes added, by journey id and outcome name.
   *
   * @throws IllegalArgumentException naming the journey if an id is not in the log, or naming the
   *     outcome if a value is not finite
   */
  public EventLog withOutcomes(Map<String, Map<String, Double>> byJourney) {
    Map<String, double[]> merged = new LinkedHashMap<>();
    outcomes.forEach((k, v) -> merged.put(k, v.clone()));
    for (Map.Entry<String, Map<String, Double>> journey : byJourney.entrySet()) {
      Integer j = journeyIndex().get(journey.getKey());
      checkArgument(j != null, "outcomes name journey '%s', which is not in the log", journey.getKey());
      for (Map.Entry<String, Double> outcome : journey.getValue().entrySet()) {
        checkArgument(
            Double.isFinite(outcome.getValue()),
            "journey '%s': outcome '%s' is not finite: %s",
            journey.getKey(),
            outcome.getKey(),
            outcome.getValue());
        double[] column =
            merged.computeIfAbsent(
                outcome.getKey(),
                k -> {
                  double[] c = new double[journeyIds.size()];
                  Arrays.fill(c, Double.NaN);
                  return c;
                });
        column[j] = outcome.getValue();
      }
    }
    return new EventLog(
        scale, journeyIds, customers, offsets, touchpoint, start, duration, value, expectation, touchpoints,
        expectations, attributeNames, attributeCodes, attributeValues, Collections.unmodifiableMap(merged),
        rowsRead, rejected);
  }

  /**
   * Journey {@code j} as a {@link Journey}: its moments with their expectations, its outcomes, and
   * its constant attributes as segment attributes.
   */
  public Journey journey(int j) {
    checkElementIndex(j, journeyIds.size(), "journey");
    Journey.Builder journey = Journey.builder().id(journeyIds.get(j)).scale(scale);
    String customer = customers.get(j);
    if (customer != null) {
      journey.customer(customer);
    }
    for (int e = offsets[j]; e < offsets[j + 1]; e++) {
      Moment.Builder moment =
          Moment.builder()
              .touchpoint(touchpoints[touchpoint[e]])
              .start(Instant.ofEpochMilli(start[e]))
              .duration(Duration.ofMillis(duration[e]))
              .value(value[e]);
      if (expectation[e] >= 0) {
        MomentDetail detail = expectations[expectation[e]];
        detail.expectation().ifPresent(moment::expectation);
        moment.putAllAspects(detail.aspects());
        detail.aspectWeights().ifPresent(moment::aspectWeights);
      }
      journey.addMoment(moment.build());
    }
    for (Map.Entry<String, double[]> outcome : outcomes.entrySet()) {
      if (!Double.isNaN(outcome.getValue()[j])) {
        journey.putOutcome(outcome.getKey(), outcome.getValue()[j]);
      }
    }
    for (String name : attributeNames) {
      journeyAttribute(name, j).ifPresent(v -> journey.putAttribute(name, v));
    }
    return journey.build();
  }

  /** Every journey, in order, built one at a time as the stream is consumed. */
  public Stream<Journey> journeys() {
    return IntStream.range(0, journeyIds.size()).mapToObj(this::journey);
  }

  /**
   * Scores every journey with {@code kernel} over the columns themselves, allocating nothing per
   * event; the result holds one score per journey.
   *
   * @throws IllegalArgumentException if a journey cannot be scored (the message names it)
   */
  public double[] score(SequenceKernel kernel) {
    double[] out = new double[journeyIds.size()];
    scoreRange(kernel, 0, journeyIds.size(), out);
    return out;
  }

  /**
   * Scores every journey with {@code kernel} on {@code threads} threads; the same result as {@link
   * #score(SequenceKernel)}.
   */
  public double[] score(SequenceKernel kernel, int threads) {
    checkArgument(threads >= 1, "threads must be at least 1, found %s", threads);
    double[] out = new double[journeyIds.size()];
    int chunk = Math.max(1, (journeyIds.size() + threads * 4 - 1) / (threads * 4));
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
    try {
      pool.submit(
              () ->
                  IntStream.range(0, (journeyIds.size() + chunk - 1) / chunk)
                      .parallel()
                      .forEach(c -> scoreRange(kernel, c * chunk, Math.min(journeyIds.size(), (c + 1) * chunk), out)))
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("scoring was interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
    return out;
  }

  /**
   * Scores journey {@code j} alone with {@code kernel}, over the columns themselves.
   *
   * @throws IllegalArgumentException naming the journey if it cannot be scored
   */
  public double scoreJourney(SequenceKernel kernel, int j) {
    try {
      return kernel.score(value, start, duration, offsets[j], offsets[j + 1]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("journey '" + journeyIds.get(j) + "': " + e.getMessage(), e);
    }
  }

  private void scoreRange(SequenceKernel kernel, int from, int to, double[] out) {
    for (int j = from; j < to; j++) {
      try {
        out[j] = kernel.score(value, start, duration, offsets[j], offsets[j + 1]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("journey '" + journeyIds.get(j) + "': " + e.getMessage(), e);
      }
    }
  }

  /**
   * The journeys {@code scorer} cannot score, by id in log order, each with the reason; empty when
   * it scores them all (found by one scoring pass, journey by journey only if that pass fails).
   */
  public Map<String, String> unscorable(JourneyScorer scorer) {
    try {
      score(scorer);
      return Map.of();
    } catch (IllegalArgumentException whole) {
      Map<String, String> reasons = new LinkedHashMap<>();
      for (int j = 0; j < journeyIds.size(); j++) {
        try {
          scorer.score(journey(j));
        } catch (IllegalArgumentException e) {
          reasons.put(journeyIds.get(j), e.getMessage());
        }
      }
      return Collections.unmodifiableMap(reasons);
    }
  }

  /** This log without the journeys of the given ids; ids not in the log are ignored. */
  public EventLog without(java.util.Set<String> journeys) {
    if (journeys.isEmpty()) {
      return this;
    }
    return select(IntStream.range(0, journeyIds.size()).filter(j -> !journeys.contains(journeyIds.get(j))).toArray());
  }

  /**
   * Scores every journey: through the scorer's kernel when it has one for this log's scale, else
   * journey by journey.
   */
  public double[] score(JourneyScorer scorer) {
    Optional<SequenceKernel> kernel = scorer.kernel(scale);
    if (kernel.isPresent()) {
      return score(kernel.get());
    }
    double[] out = new double[journeyIds.size()];
    for (int j = 0; j < out.length; j++) {
      out[j] = scorer.score(journey(j)).value();
    }
    return out;
  }

  /**
   * This log with every event of touchpoint code {@code code} moved by {@code delta} scale points,
   * clamped to the scale: the what-if of improving one touchpoint.
   */
  public EventLog withTouchpointShifted(int code, double delta) {
    double[] shifted = value.clone();
    for (int e = 0; e < shifted.length; e++) {
      if (touchpoint[e] == code) {
        shifted[e] = Math.max(scale.min(), Math.min(scale.max(), shifted[e] + delta));
      }
    }
    return new EventLog(
        scale, journeyIds, customers, offsets, touchpoint, start, duration, shifted, expectation, touchpoints,
        expectations, attributeNames, attributeCodes, attributeValues, outcomes, rowsRead, rejected);
  }

  /**
   * The log split by the value of journey attribute {@code attribute}, one log per value, sorted by
   * value; journeys without a single value for it (see {@link #journeyAttribute}) belong to no
   * segment. Every analysis of this package runs on a segment as on the whole log.
   *
   * @throws IllegalArgumentException if the log has no such attribute column
   */
  public java.util.SortedMap<String, EventLog> segments(String attribute) {
    Map<String, List<Integer>> members = new java.util.TreeMap<>();
    for (int j = 0; j < journeyIds.size(); j++) {
      int journey = j;
      journeyAttribute(attribute, j).ifPresent(v -> members.computeIfAbsent(v, k -> new ArrayList<>()).add(journey));
    }
    java.util.SortedMap<String, EventLog> segments = new java.util.TreeMap<>();
    members.forEach((v, js) -> segments.put(v, select(js.stream().mapToInt(Integer::intValue).toArray())));
    return Collections.unmodifiableSortedMap(segments);
  }

  /** The sub-log of the given journeys, in the given order. */
  EventLog select(int[] journeys) {
    int events = 0;
    for (int j : journeys) {
      events += size(j);
    }
    int[] newOffsets = new int[journeys.length + 1];
    String[] ids = new String[journeys.length];
    String[] cust = new String[journeys.length];
    int[] tp = new int[events];
    long[] st = new long[events];
    long[] du = new long[events];
    double[] va = new double[events];
    int[] ex = new int[events];
    int[][] codes = new int[attributeNames.length][events];
    Map<String, double[]> subOutcomes = new LinkedHashMap<>();
    outcomes.forEach((k, v) -> subOutcomes.put(k, new double[journeys.length]));
    int at = 0;
    for (int i = 0; i < journeys.length; i++) {
      int j = journeys[i];
      ids[i] = journeyIds.get(j);
      cust[i] = customers.get(j);
      newOffsets[i] = at;
      int n = size(j);
      System.arraycopy(touchpoint, offsets[j], tp, at, n);
      System.arraycopy(start, offsets[j], st, at, n);
      System.arraycopy(duration, offsets[j], du, at, n);
      System.arraycopy(value, offsets[j], va, at, n);
      System.arraycopy(expectation, offsets[j], ex, at, n);
      for (int a = 0; a < attributeNames.length; a++) {
        System.arraycopy(attributeCodes[a], offsets[j], codes[a], at, n);
      }
      for (Map.Entry<String, double[]> o : outcomes.entrySet()) {
        subOutcomes.get(o.getKey())[i] = o.getValue()[j];
      }
      at += n;
    }
    newOffsets[journeys.length] = at;
    return new EventLog(
        scale, PackedStrings.of(ids), PackedStrings.of(cust), newOffsets, tp, st, du, va, ex, touchpoints, expectations, attributeNames, codes,
        attributeValues, Collections.unmodifiableMap(subOutcomes), at, List.of());
  }

  /** The same events with other journey boundaries; outcomes are dropped, as they name old journeys. */
  EventLog regroup(int[] newOffsets, String[] newIds, String[] newCustomers) {
    return new EventLog(
        scale, PackedStrings.of(newIds), PackedStrings.of(newCustomers), newOffsets, touchpoint, start, duration, value, expectation, touchpoints,
        expectations, attributeNames, attributeCodes, attributeValues, Map.of(), rowsRead, rejected);
  }

  /** The touchpoint code of {@code id}, if the log has that touchpoint. */
  public Optional<Integer> touchpointCode(String id) {
    for (int c = 0; c < touchpoints.length; c++) {
      if (touchpoints[c].id().equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Builds a log from journeys already in memory, their outcomes and attributes included (an
   * attribute becomes a column, empty for journeys without it). Linear in the number of moments.
   *
   * @throws IllegalArgumentException if there are no journeys, two have the same id, or they are
   *     on different scales
   */
  public static EventLog of(List<Journey> journeys) {
    checkArgument(!journeys.isEmpty(), "a log needs at least one journey");
    Scale scale = journeys.get(0).scale();
    Columns rows = new Columns();
    List<String> ids = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    java.util.SortedSet<String> attributeNames = new java.util.TreeSet<>();
    for (Journey journey : journeys) {
      attributeNames.addAll(journey.attributes().keySet());
    }
    List<AttributeColumn> attributes = new ArrayList<>();
    for (String name : attributeNames) {
      attributes.add(new AttributeColumn(name));
    }
    List<String> customers = new ArrayList<>();
    Map<String, Integer> codes = new LinkedHashMap<>();
    List<Touchpoint> touchpoints = new ArrayList<>();
    Map<MomentDetail, Integer> expectationCodes = new LinkedHashMap<>();
    Map<String, Map<String, Double>> outcomes = new LinkedHashMap<>();
    for (Journey journey : journeys) {
      checkArgument(journey.scale().equals(scale), "journey '%s' is on %s, not on the log's scale %s", journey.id(), journey.scale(), scale);
      checkArgument(seen.add(journey.id()), "journey '%s' appears twice", journey.id());
      int j = ids.size();
      ids.add(journey.id());
      customers.add(journey.customer().orElse(null));
      for (int i = 0; i < journey.size(); i++) {
        Moment m = journey.moment(i);
        Integer code = codes.get(m.touchpointId());
        if (code == null) {
          code = touchpoints.size();
          codes.put(m.touchpointId(), code);
          touchpoints.add(m.touchpoint());
        }
        MomentDetail detail = new MomentDetail(journey.expectationFor(i), m.aspects(), m.aspectWeights());
        int ex = detail.isEmpty() ? -1 : expectationCodes.computeIfAbsent(detail, k -> expectationCodes.size());
        int row = rows.size;
        rows.add(j, code, m.start().toEpochMilli(), m.duration().toMillis(), m.value(), ex);
        for (AttributeColumn attribute : attributes) {
          attribute.add(row, journey.attributes().getOrDefault(attribute.name, ""));
        }
      }
      if (!journey.outcomes().isEmpty()) {
        outcomes.put(journey.id(), journey.outcomes());
      }
    }
    EventLog log =
        assemble(
            scale, rows, ids, customers, touchpoints, new ArrayList<>(expectationCodes.keySet()), new ArrayList<>(attributeNames),
            attributes, rows.size, List.of());
    return outcomes.isEmpty() ? log : log.withOutcomes(outcomes);
  }

  @Override
  public String toString() {
    return "EventLog[" + journeyCount() + " journeys, " + eventCount() + " events, " + touchpoints.length + " touchpoints]";
  }
}
