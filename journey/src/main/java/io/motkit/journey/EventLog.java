package io.motkit.journey;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.Expectation;
import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.Touchpoint;
import io.motkit.core.analysis.Aggregation;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.SequenceKernel;
import io.motkit.journey.read.LogAssembly;
import io.motkit.journey.read.LogColumns;
import io.motkit.journey.read.MomentDetail;
import io.motkit.journey.read.PackedStrings;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Many journeys held column by column: per event a touchpoint code, a start, a duration, a value
 * and an expectation code, in primitive arrays; per journey its id, customer, outcomes and the
 * range of its events. Touchpoints, expectations and attribute values are interned, so a log costs
 * about 28 bytes per event plus 4 per extra attribute column, not an object per event.
 *
 * <p>Journeys are numbered 0 to {@link #journeyCount()} - 1 in order of first appearance in the
 * input; the events of journey j are {@link #firstEvent(int)} to {@link #endEvent(int)} - 1, in
 * time order (equal starts keep input order). Immutable and thread-safe; the arrays never leave it.
 * Read one with {@link EventLogReader}.
 */
@API(status = STABLE, since = "0.1")
public final class EventLog {

  /**
   * The tag of a touchpoint that measures the journey rather than being part of it (a satisfaction
   * survey): key-driver, moments-of-truth and Markov analyses leave such touchpoints out by
   * default.
   */
  public static final String MEASUREMENT_TAG = "measurement";

  private final LogColumns columns;
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

  /**
   * Journey id to index, built when first asked for: a large log that is only scored needs none.
   */
  private volatile @Nullable Map<String, Integer> journeyIndex;

  /** The log of these columns, which it shares and never changes. */
  EventLog(LogColumns columns) {
    this.columns = columns;
    this.scale = columns.scale;
    this.journeyIds = columns.journeyIds;
    this.customers = columns.customers;
    this.offsets = columns.offsets;
    this.touchpoint = columns.touchpoint;
    this.start = columns.start;
    this.duration = columns.duration;
    this.value = columns.value;
    this.expectation = columns.expectation;
    this.touchpoints = columns.touchpoints;
    this.expectations = columns.expectations;
    this.attributeNames = columns.attributeNames;
    this.attributeCodes = columns.attributeCodes;
    this.attributeValues = columns.attributeValues;
    this.outcomes = columns.outcomes;
  }

  /** The columns, for the log's own transforms and scoring in this package. */
  LogColumns columns() {
    return columns;
  }

  Map<String, Integer> journeyIndex() {
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
   * The scale every value is on.
   *
   * @return the scale every value is on
   */
  public Scale scale() {
    return scale;
  }

  /**
   * The number of journeys.
   *
   * @return the number of journeys
   */
  public int journeyCount() {
    return journeyIds.size();
  }

  /**
   * The number of events (moments) in all journeys.
   *
   * @return the number of events (moments) in all journeys
   */
  public int eventCount() {
    return value.length;
  }

  /**
   * Rows read from the input, accepted or not.
   *
   * @return rows read from the input, accepted or not
   */
  public long rowsRead() {
    return columns.rowsRead;
  }

  /**
   * Rows accepted into the log; equals {@link #eventCount()}.
   *
   * @return rows accepted into the log; equals {@link #eventCount()}
   */
  public long rowsAccepted() {
    return value.length;
  }

  /**
   * Rows the lenient reader set aside; always {@code rowsRead() - rowsAccepted()}.
   *
   * @return rows the lenient reader set aside; always {@code rowsRead() - rowsAccepted()}
   */
  public long rowsRejected() {
    return columns.rejected.size();
  }

  /**
   * The rejected rows with their reasons, in input order; empty in strict mode.
   *
   * @return the rejected rows with their reasons, in input order; empty in strict mode
   */
  public List<RejectedRow> rejections() {
    return columns.rejected;
  }

  /**
   * The id of journey {@code j}.
   *
   * @param j the journey's index
   * @return the id of journey {@code j}
   */
  public String journeyId(int j) {
    checkElementIndex(j, journeyIds.size(), "journey");
    return requireNonNull(journeyIds.get(j));
  }

  /**
   * The index of the journey with this id, if the log has it.
   *
   * @param journeyId the journey id
   * @return the index of the journey with this id, if the log has it
   */
  public Optional<Integer> indexOf(String journeyId) {
    return Optional.ofNullable(journeyIndex().get(journeyId));
  }

  /**
   * The customer of journey {@code j}, if the log has a customer column.
   *
   * @param j the journey's index
   * @return the customer of journey {@code j}, if the log has a customer column
   */
  public Optional<String> customer(int j) {
    return Optional.ofNullable(customers.get(j));
  }

  /**
   * The first event of journey {@code j}.
   *
   * @param j the journey's index
   * @return the first event of journey {@code j}
   */
  public int firstEvent(int j) {
    return offsets[j];
  }

  /**
   * One past the last event of journey {@code j}.
   *
   * @param j the journey's index
   * @return one past the last event of journey {@code j}
   */
  public int endEvent(int j) {
    return offsets[j + 1];
  }

  /**
   * The number of events of journey {@code j}.
   *
   * @param j the journey's index
   * @return the number of events of journey {@code j}
   */
  public int size(int j) {
    return offsets[j + 1] - offsets[j];
  }

  /**
   * The touchpoint code of event {@code e}, an index into {@link #touchpoints()}.
   *
   * @param e the event's index
   * @return the touchpoint code of event {@code e}, an index into {@link #touchpoints()}
   */
  public int touchpointCode(int e) {
    return touchpoint[e];
  }

  /**
   * The touchpoint of event {@code e}.
   *
   * @param e the event's index
   * @return the touchpoint of event {@code e}
   */
  public Touchpoint touchpoint(int e) {
    return touchpoints[touchpoint[e]];
  }

  /**
   * The distinct touchpoints, indexed by touchpoint code.
   *
   * @return the distinct touchpoints, indexed by touchpoint code
   */
  public List<Touchpoint> touchpoints() {
    return Collections.unmodifiableList(Arrays.asList(touchpoints));
  }

  /**
   * The ids of the touchpoints tagged {@link #MEASUREMENT_TAG}, sorted.
   *
   * @return the ids of the touchpoints tagged {@link #MEASUREMENT_TAG}, sorted
   */
  public java.util.SortedSet<String> measurementTouchpoints() {
    java.util.SortedSet<String> ids = new java.util.TreeSet<>();
    for (Touchpoint t : touchpoints) {
      if (t.tags().contains(MEASUREMENT_TAG)) {
        ids.add(t.id());
      }
    }
    return ids;
  }

  /**
   * The start of event {@code e}, in epoch milliseconds.
   *
   * @param e the event's index
   * @return the start of event {@code e}, in epoch milliseconds
   */
  public long startMillis(int e) {
    return start[e];
  }

  /**
   * The duration of event {@code e}, in milliseconds.
   *
   * @param e the event's index
   * @return the duration of event {@code e}, in milliseconds
   */
  public long durationMillis(int e) {
    return duration[e];
  }

  /**
   * The experienced value of event {@code e}.
   *
   * @param e the event's index
   * @return the experienced value of event {@code e}
   */
  public double value(int e) {
    return value[e];
  }

  /**
   * The expectation recorded with event {@code e}, if any.
   *
   * @param e the event's index
   * @return the expectation recorded with event {@code e}, if any
   */
  public Optional<Expectation> expectation(int e) {
    int code = expectation[e];
    return code < 0 ? Optional.empty() : expectations[code].expectation();
  }

  /**
   * The names of the extra columns kept as attributes.
   *
   * @return the names of the extra columns kept as attributes
   */
  public List<String> attributeNames() {
    return List.of(attributeNames);
  }

  /**
   * The value of attribute column {@code name} at event {@code e}, if the row had one.
   *
   * @param name the name
   * @param e the event's index
   * @return the value of attribute column {@code name} at event {@code e}, if the row had one
   */
  public Optional<String> attribute(String name, int e) {
    int a = attributeIndex(name);
    int code = attributeCodes[a][e];
    return code < 0 ? Optional.empty() : Optional.of(attributeValues[a][code]);
  }

  /**
   * The value of attribute column {@code name} for journey {@code j}: present when every event of
   * the journey has the same value, as segment attributes such as a region or a building do.
   *
   * @param name the name
   * @param j the journey's index
   * @return the value of attribute column {@code name} for journey {@code j}: present when every
   *     event of the journey has the same value, as segment attributes such as a region or a
   *     building do
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
        "the log has no attribute column '"
            + name
            + "'; its attribute columns are "
            + Arrays.toString(attributeNames));
  }

  /**
   * The names of the journey-level outcomes.
   *
   * @return the names of the journey-level outcomes
   */
  public Set<String> outcomeNames() {
    return outcomes.keySet();
  }

  /**
   * Outcome {@code name} of journey {@code j}, if recorded.
   *
   * @param name the name
   * @param j the journey's index
   * @return outcome {@code name} of journey {@code j}, if recorded
   */
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
   * @param name the name
   * @return outcome {@code name} of every journey
   * @throws IllegalArgumentException naming the outcome if the log has no such outcome, or naming
   *     the first journey without it
   */
  public double[] requireOutcome(String name) {
    double[] column = outcomes.get(name);
    checkArgument(
        column != null,
        "the log has no outcome '%s'; its outcomes are %s",
        name,
        outcomes.keySet());
    for (int j = 0; j < column.length; j++) {
      checkArgument(
          !Double.isNaN(column[j]), "journey '%s' has no outcome '%s'", journeyIds.get(j), name);
    }
    return column.clone();
  }

  /**
   * Journey {@code j} as a {@link Journey}: its moments with their expectations, its outcomes, and
   * its constant attributes as segment attributes.
   *
   * @param j the journey's index
   * @return journey {@code j} as a {@link Journey}: its moments with their expectations, its
   *     outcomes, and its constant attributes as segment attributes
   */
  public Journey journey(int j) {
    checkElementIndex(j, journeyIds.size(), "journey");
    Journey.Builder journey = Journey.builder().id(journeyId(j)).scale(scale);
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

  /**
   * Every journey, in order, built one at a time as the stream is consumed.
   *
   * @return every journey, in order, built one at a time as the stream is consumed
   */
  public Stream<Journey> journeys() {
    return IntStream.range(0, journeyIds.size()).mapToObj(this::journey);
  }

  /**
   * The touchpoint code of {@code id}, if the log has that touchpoint.
   *
   * @param id the id
   * @return the touchpoint code of {@code id}, if the log has that touchpoint
   */
  public Optional<Integer> touchpointCode(String id) {
    for (int c = 0; c < touchpoints.length; c++) {
      if (touchpoints[c].id().equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Scores every journey with {@code kernel} over the columns themselves, allocating nothing per
   * event; the result holds one score per journey.
   *
   * @param kernel the scorer's kernel
   * @return one score per journey, in journey order
   * @throws IllegalArgumentException if a journey cannot be scored (the message names it)
   */
  public double[] score(SequenceKernel kernel) {
    return BatchScoring.score(this, kernel);
  }

  /**
   * Scores every journey with {@code kernel} on {@code threads} threads; the same result as {@link
   * #score(SequenceKernel)}.
   *
   * @param kernel the scorer's kernel
   * @param threads how many threads to use
   * @return one score per journey, in journey order
   */
  public double[] score(SequenceKernel kernel, int threads) {
    return BatchScoring.score(this, kernel, threads);
  }

  /**
   * Scores journey {@code j} alone with {@code kernel}, over the columns themselves.
   *
   * @param kernel the scorer's kernel
   * @param j the journey's index
   * @return the journey's score
   * @throws IllegalArgumentException naming the journey if it cannot be scored
   */
  public double scoreJourney(SequenceKernel kernel, int j) {
    return BatchScoring.scoreJourney(this, kernel, j);
  }

  /**
   * The journeys {@code scorer} cannot score, by id in log order, each with the reason; empty when
   * it scores them all (found by one scoring pass, journey by journey only if that pass fails).
   *
   * @param scorer the scorer
   * @return the journeys {@code scorer} cannot score, by id in log order, each with the reason;
   *     empty when it scores them all (found by one scoring pass, journey by journey only if that
   *     pass fails)
   */
  public Map<String, String> unscorable(JourneyScorer scorer) {
    return BatchScoring.unscorable(this, scorer);
  }

  /**
   * Scores every journey: through the scorer's kernel when it has one for this log's scale, else
   * journey by journey.
   *
   * @param scorer the scorer
   * @return one score per journey, in journey order
   */
  public double[] score(JourneyScorer scorer) {
    return BatchScoring.score(this, scorer);
  }

  /**
   * Tallies every journey of this log with {@code analysis} on the common pool's threads, in blocks
   * of journeys that do not depend on the number of threads, merged in block order: the same tally
   * however many threads run it.
   *
   * @param <T> the tally
   * @param analysis the aggregation
   * @return the tally of every journey, to be finished by {@link Aggregation#finish}
   * @throws IllegalArgumentException as {@link Aggregation#add}, naming the journey
   */
  public <T extends java.io.Serializable> T tally(Aggregation<LoggedJourney, T, ?> analysis) {
    return LogAggregation.tally(this, analysis);
  }

  /**
   * This log with journey-level outcomes added, by journey id and outcome name.
   *
   * @param byJourney the outcomes by journey id, then by outcome name
   * @return this log with journey-level outcomes added, by journey id and outcome name
   * @throws IllegalArgumentException naming the journey if an id is not in the log, or naming the
   *     outcome if a value is not finite
   */
  public EventLog withOutcomes(Map<String, Map<String, Double>> byJourney) {
    return LogTransforms.withOutcomes(this, byJourney);
  }

  /**
   * This log without the journeys of the given ids; ids not in the log are ignored.
   *
   * @param journeys the journeys
   * @return this log without the journeys of the given ids; ids not in the log are ignored
   */
  public EventLog without(java.util.Set<String> journeys) {
    return LogTransforms.without(this, journeys);
  }

  /**
   * This log without the events of the given touchpoints (measurements such as a survey, which a
   * model of the journey must not see); ids not in the log are ignored.
   *
   * @param touchpoints the touchpoint ids to leave out
   * @return this log without the events of those touchpoints, journeys in the same order
   * @throws IllegalArgumentException naming the first journey that would be left with no event
   */
  public EventLog withoutTouchpoints(java.util.Set<String> touchpoints) {
    return LogTransforms.withoutTouchpoints(this, touchpoints);
  }

  /**
   * This log with every event of touchpoint code {@code code} moved by {@code delta} scale points,
   * clamped to the scale: the what-if of improving one touchpoint.
   *
   * @param code the code
   * @param delta how many scale points to move
   * @return this log with every event of touchpoint code {@code code} moved by {@code delta} scale
   *     points, clamped to the scale: the what-if of improving one touchpoint
   */
  public EventLog withTouchpointShifted(int code, double delta) {
    return LogTransforms.withTouchpointShifted(this, code, delta);
  }

  /**
   * The log split by the value of journey attribute {@code attribute}, one log per value, sorted by
   * value; journeys without a single value for it (see {@link #journeyAttribute}) belong to no
   * segment. Every analysis of this package runs on a segment as on the whole log.
   *
   * @param attribute the attribute's name
   * @return the log split by the value of journey attribute {@code attribute}, one log per value,
   *     sorted by value; journeys without a single value for it (see {@link #journeyAttribute})
   *     belong to no segment
   * @throws IllegalArgumentException if the log has no such attribute column
   */
  public java.util.SortedMap<String, EventLog> segments(String attribute) {
    return LogTransforms.segments(this, attribute);
  }

  /** The sub-log of the given journeys, in the given order. */
  EventLog select(int[] journeys) {
    return LogTransforms.select(this, journeys);
  }

  /**
   * The same events with other journey boundaries; outcomes are dropped, as they name old journeys.
   */
  EventLog regroup(int[] newOffsets, String[] newIds, String[] newCustomers) {
    return LogTransforms.regroup(this, newOffsets, newIds, newCustomers);
  }

  /**
   * Builds a log from journeys already in memory, their outcomes and attributes included (an
   * attribute becomes a column, empty for journeys without it). Linear in the number of moments.
   *
   * @param journeys the journeys
   * @return the log of the journeys
   * @throws IllegalArgumentException if there are no journeys, two have the same id, or they are on
   *     different scales
   */
  public static EventLog of(List<Journey> journeys) {
    EventLog log = new EventLog(LogAssembly.of(journeys));
    Map<String, Map<String, Double>> outcomes = LogAssembly.outcomes(journeys);
    return outcomes.isEmpty() ? log : log.withOutcomes(outcomes);
  }

  @Override
  public String toString() {
    return "EventLog["
        + journeyCount()
        + " journeys, "
        + eventCount()
        + " events, "
        + touchpoints.length
        + " touchpoints]";
  }
}
