package io.motkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.unix_millis;

import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.Touchpoint;
import io.motkit.core.analysis.AnalysisResult;
import io.motkit.core.analysis.InputSummary;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.core.scoring.SequenceKernel;
import io.motkit.journey.EventLog;
import io.motkit.journey.LoggedJourney;
import io.motkit.journey.analysis.JourneyAnalysis;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * motkit's scorers and journey analyses over a Spark {@code Dataset<Row>} of events. Spark groups
 * the events by journey and orders them by time (ties by touchpoint, then value, so that no result
 * depends on how rows are spread over partitions); motkit scores each journey with the scorer's
 * kernel over primitive arrays, and finishes each analysis from Spark's counts with the journey
 * module's own model code, so the numbers are those of the single-machine {@code EventLog} path.
 */
public final class MotkitSpark {

  private static final String J = "j";
  private static final String T = "t";
  private static final String TP = "tp";
  private static final String V = "v";
  private static final String D = "d";
  private static final String E = "e";
  private static final String A = "a";
  private static final String S = "s";
  private static final String SEGMENT = "segment";
  private static final String SEGMENT_INPUT = "motkit_segment";
  private static final String OUTCOME_JOURNEY = "outcome_journey";
  private static final String OUTCOME_PREFIX = "o";

  private MotkitSpark() {}

  /**
   * The events with motkit's columns: journey, epoch milliseconds, touchpoint, value, duration in
   * milliseconds, then expected, adequate and desired, then the stage (null where the table lacks
   * them).
   */
  static Dataset<Row> normalise(Dataset<Row> events, EventColumns columns) {
    return normalise(events, columns, null);
  }

  /**
   * As {@link #normalise(Dataset, EventColumns)}, and the column {@code extra} last as {@code
   * segment}.
   */
  private static Dataset<Row> normalise(
      Dataset<Row> events, EventColumns columns, @Nullable String extra) {
    StructType schema = events.schema();
    Set<String> names = new HashSet<>(Arrays.asList(schema.fieldNames()));
    for (String required :
        List.of(columns.journey(), columns.timestamp(), columns.touchpoint(), columns.value())) {
      if (!names.contains(required)) {
        throw new IllegalArgumentException(
            "the events have no column '" + required + "'; their columns are " + names);
      }
    }
    DataType time = schema.apply(columns.timestamp()).dataType();
    Column millis;
    if (time.equals(DataTypes.TimestampType) || time.equals(DataTypes.TimestampNTZType)) {
      millis = unix_millis(col(columns.timestamp()));
    } else if (time.equals(DataTypes.StringType)) {
      millis = unix_millis(col(columns.timestamp()).cast(DataTypes.TimestampType));
    } else {
      millis = col(columns.timestamp()).cast(DataTypes.LongType);
    }
    Column duration =
        names.contains(columns.duration())
            ? round(col(columns.duration()).cast(DataTypes.DoubleType).multiply(1000))
                .cast(DataTypes.LongType)
            : lit(0L);
    return events.select(
        col(columns.journey()).cast(DataTypes.StringType).as(J),
        millis.as(T),
        col(columns.touchpoint()).cast(DataTypes.StringType).as(TP),
        col(columns.value()).cast(DataTypes.DoubleType).as(V),
        duration.as(D),
        optional(names, columns.expected()).as(E),
        optional(names, columns.adequate()).as(A),
        optional(names, columns.desired()).as(S),
        (names.contains(columns.stage())
                ? col(columns.stage()).cast(DataTypes.StringType)
                : lit(null).cast(DataTypes.StringType))
            .as("stage"),
        (extra == null ? lit(null).cast(DataTypes.StringType) : col(extra)).as(SEGMENT));
  }

  private static Column optional(Set<String> names, String column) {
    return names.contains(column)
        ? col(column).cast(DataTypes.DoubleType)
        : lit(null).cast(DataTypes.DoubleType);
  }

  /**
   * The events of each journey together, in time order, equal times ordered by touchpoint (Spark
   * compares strings by UTF-8 bytes, which is code point order), value and duration, as the event
   * log orders them.
   */
  private static Dataset<Row> byJourney(Dataset<Row> normalised) {
    return normalised.repartition(col(J)).sortWithinPartitions(J, T, TP, V, D);
  }

  /**
   * Every journey's score: a {@code Dataset} of {@code journey} (string) and {@code value}
   * (double). The scorer's kernel runs over each journey's values as primitive arrays; a scorer
   * without a kernel (Kano, SERVQUAL, composite) scores a journey object built per journey.
   *
   * @throws io.motkit.core.scoring.UnknownScorerException on the driver, before any job, for an
   *     unknown scorer; {@code ScorerParameterException} for a bad parameter
   */
  public static Dataset<Row> score(
      Dataset<Row> events, String scorerId, Map<String, String> parameters, EventColumns columns) {
    // Fails here, on the driver, for a bad id or parameter.
    ScorerRegistry.load().create(scorerId, parameters);
    Map<String, String> given = new HashMap<>(parameters);
    double min = columns.scale().min();
    double max = columns.scale().max();
    double neutral = columns.scale().neutral();
    boolean higherIsBetter = columns.scale().higherIsBetter();
    StructType schema =
        new StructType()
            .add("journey", DataTypes.StringType, false)
            .add("value", DataTypes.DoubleType, false);
    MapPartitionsFunction<Row, Row> scoring =
        rows -> {
          Scale scale = Scale.of(min, max, neutral, higherIsBetter);
          JourneyScorer scorer = ScorerRegistry.load().create(scorerId, given);
          Optional<SequenceKernel> kernel = scorer.kernel(scale);
          List<Row> out = new ArrayList<>();
          JourneyRows.forEachJourney(
              rows,
              scale,
              kernel.isEmpty(),
              m -> {
                double value;
                if (kernel.isPresent()) {
                  try {
                    value = kernel.get().score(m.values, m.starts, m.durations, 0, m.size);
                  } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                        "journey '" + m.journey + "': " + e.getMessage(), e);
                  }
                } else {
                  value = scorer.score(journey(m, scale)).value();
                }
                out.add(RowFactory.create(m.journey, value));
              });
          return out.iterator();
        };
    return byJourney(normalise(events, columns)).mapPartitions(scoring, Encoders.row(schema));
  }

  private static Journey journey(JourneyRows.Moments m, Scale scale) {
    Journey.Builder journey = Journey.builder().id(m.journey).scale(scale);
    for (int i = 0; i < m.size; i++) {
      Moment.Builder moment =
          Moment.builder()
              .touchpoint(Touchpoint.of(m.touchpoints[i]))
              .start(Instant.ofEpochMilli(m.starts[i]))
              .duration(Duration.ofMillis(m.durations[i]))
              .value(m.values[i]);
      double[] levels = m.expectations[i];
      if (levels != null && !Double.isNaN(levels[0])) {
        io.motkit.core.Expectation.Builder expectation =
            io.motkit.core.Expectation.builder().expected(levels[0]);
        if (!Double.isNaN(levels[1])) {
          expectation.adequate(levels[1]);
        }
        if (!Double.isNaN(levels[2])) {
          expectation.desired(levels[2]);
        }
        moment.expectation(expectation.build());
      }
      journey.addMoment(moment.build());
    }
    return journey.build();
  }

  /**
   * Runs a journey analysis on Spark as the event log runs it on threads: the events are grouped by
   * journey and put in time order, each partition builds an event log of its journeys (their
   * outcomes from {@code outcomes}, their segment from the analysis's segment column) and tallies
   * every journey with the analysis itself, and the partitions' tallies are merged on the driver in
   * partition order and finished there. The result is the library's own result type, with
   * provenance; its numbers are the event log's (counts exactly, sums to the rounding of their
   * order).
   *
   * @param <T> the analysis's tally
   * @param <R> the analysis's result
   * @param analysis the analysis
   * @param events the events, one row per moment
   * @param outcomes a table of the journey column and numeric outcome columns, for analyses of an
   *     outcome (key drivers, Markov); empty for the others
   * @param columns the names of the event columns and the scale
   * @return the analysis's result, its provenance naming the events and outcomes by their row
   *     counts
   * @throws IllegalArgumentException on the driver for a missing column, or as the analysis does
   *     for a journey (named) it cannot use
   */
  public static <T extends Serializable, R extends AnalysisResult> R run(
      JourneyAnalysis<T, R> analysis,
      Dataset<Row> events,
      Optional<Dataset<Row>> outcomes,
      EventColumns columns) {
    Optional<String> segment = analysis.segmentBy();
    List<String> eventColumns = Arrays.asList(events.schema().fieldNames());
    if (segment.isPresent() && !eventColumns.contains(segment.get())) {
      throw new IllegalArgumentException(
          "the events have no column '"
              + segment.get()
              + "' to segment by; their columns are "
              + eventColumns);
    }
    Column segmentColumn =
        segment.isPresent()
            ? col(segment.get()).cast(DataTypes.StringType)
            : lit(null).cast(DataTypes.StringType);
    Dataset<Row> normalised =
        normalise(events.withColumn(SEGMENT_INPUT, segmentColumn), columns, SEGMENT_INPUT);
    List<String> outcomeNames = new ArrayList<>();
    long outcomeRows = 0;
    if (outcomes.isPresent()) {
      Dataset<Row> table = outcomes.get();
      if (!Arrays.asList(table.schema().fieldNames()).contains(columns.journey())) {
        throw new IllegalArgumentException(
            "the outcomes have no column '"
                + columns.journey()
                + "'; their columns are "
                + Arrays.asList(table.schema().fieldNames()));
      }
      List<Column> selected = new ArrayList<>();
      selected.add(col(columns.journey()).cast(DataTypes.StringType).as(OUTCOME_JOURNEY));
      for (String name : table.schema().fieldNames()) {
        if (!name.equals(columns.journey())) {
          selected.add(
              col(name).cast(DataTypes.DoubleType).as(OUTCOME_PREFIX + outcomeNames.size()));
          outcomeNames.add(name);
        }
      }
      Dataset<Row> joined = table.select(selected.toArray(new Column[0]));
      outcomeRows = table.count();
      normalised =
          normalised
              .join(joined, normalised.col(J).equalTo(joined.col(OUTCOME_JOURNEY)), "left")
              .drop(OUTCOME_JOURNEY);
    }
    Scale scale = columns.scale();
    double min = scale.min();
    double max = scale.max();
    double neutral = scale.neutral();
    boolean higherIsBetter = scale.higherIsBetter();
    String attribute = segment.orElse("");
    MapPartitionsFunction<Row, Row> tallying =
        rows -> {
          Scale partScale = Scale.of(min, max, neutral, higherIsBetter);
          PartitionJourneys part = PartitionJourneys.read(rows, partScale, attribute, outcomeNames);
          if (part.journeys().isEmpty()) {
            return List.<Row>of().iterator();
          }
          EventLog log = EventLog.of(part.journeys());
          T tally = analysis.newTally();
          for (int j = 0; j < log.journeyCount(); j++) {
            analysis.add(tally, LoggedJourney.of(log, j));
          }
          return List.of(RowFactory.create(TallyBytes.write(tally), part.events())).iterator();
        };
    StructType tallySchema =
        new StructType()
            .add("tally", DataTypes.BinaryType, false)
            .add("events", DataTypes.LongType, false);
    List<Row> parts =
        byJourney(normalised).mapPartitions(tallying, Encoders.row(tallySchema)).collectAsList();
    T total = analysis.newTally();
    long rows = 0;
    for (Row part : parts) {
      @SuppressWarnings("unchecked") // written from a T of the same analysis on an executor
      T next = (T) TallyBytes.read((byte[]) part.get(0));
      total = analysis.merge(total, next);
      rows += part.getLong(1);
    }
    List<InputSummary> sources = new ArrayList<>();
    sources.add(InputSummary.inMemory("events (Spark)", rows));
    if (outcomes.isPresent()) {
      sources.add(InputSummary.inMemory("outcomes (Spark)", outcomeRows));
    }
    return analysis.finish(total, sources);
  }

  /**
   * Runs a journey analysis that needs no outcomes on Spark; see {@link #run(JourneyAnalysis,
   * Dataset, Optional, EventColumns)}.
   *
   * @param <T> the analysis's tally
   * @param <R> the analysis's result
   * @param analysis the analysis
   * @param events the events, one row per moment
   * @param columns the names of the event columns and the scale
   * @return the analysis's result
   */
  public static <T extends Serializable, R extends AnalysisResult> R run(
      JourneyAnalysis<T, R> analysis, Dataset<Row> events, EventColumns columns) {
    return run(analysis, events, Optional.empty(), columns);
  }
}
