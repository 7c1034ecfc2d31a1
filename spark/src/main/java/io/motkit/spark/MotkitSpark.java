package io.motkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_millis;
import static org.apache.spark.sql.functions.when;

import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.Touchpoint;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.core.scoring.SequenceKernel;
import io.motkit.journey.analysis.KeyDriverAnalysis;
import io.motkit.journey.analysis.KeyDriverModel;
import io.motkit.journey.analysis.PainPointAnalysis;
import io.motkit.journey.analysis.TouchpointExperience;
import io.motkit.journey.analysis.TouchpointTally;
import io.motkit.journey.map.EdgeTally;
import io.motkit.journey.map.JourneyMap;
import io.motkit.journey.map.MapTally;
import io.motkit.journey.map.NodeTally;
import io.motkit.journey.map.VariantTally;
import io.motkit.journey.markov.MarkovModel;
import io.motkit.journey.markov.MarkovSettings;
import io.motkit.journey.markov.PathTally;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

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

  private MotkitSpark() {}

  /**
   * The events with motkit's columns: journey, epoch milliseconds, touchpoint, value, duration in
   * milliseconds, then expected, adequate and desired, then the stage (null where the table lacks
   * them).
   */
  static Dataset<Row> normalise(Dataset<Row> events, EventColumns columns) {
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
            .as("stage"));
  }

  private static Column optional(Set<String> names, String column) {
    return names.contains(column)
        ? col(column).cast(DataTypes.DoubleType)
        : lit(null).cast(DataTypes.DoubleType);
  }

  /** The events of each journey together, in time order. */
  private static Dataset<Row> byJourney(Dataset<Row> normalised) {
    return normalised.repartition(col(J)).sortWithinPartitions(J, T, TP, V);
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
   * Pain and delight points, counted by Spark per touchpoint and finished by {@link
   * PainPointAnalysis#fromTallies}: the result of {@link PainPointAnalysis#analyze} on the same
   * events. Expectations come from the expected, adequate and desired columns where present.
   */
  public static List<TouchpointExperience> painPoints(
      Dataset<Row> events, EventColumns columns, double level) {
    boolean higher = columns.scale().higherIsBetter();
    Column v = col(V);
    Column gap = higher ? v.minus(col(E)) : col(E).minus(v);
    Column below = higher ? v.lt(col(A)) : v.gt(col(A));
    Column above = higher ? v.gt(col(S)) : v.lt(col(S));
    Dataset<Row> tallies =
        normalise(events, columns)
            .groupBy(col(TP))
            .agg(
                count(v).as("n"),
                sum(v).as("sum"),
                org.apache.spark.sql.functions.var_samp(v).as("var"),
                count(col(E)).as("n_gap"),
                sum(gap).as("gap_sum"),
                org.apache.spark.sql.functions.var_samp(gap).as("gap_var"),
                count(col(A)).as("n_adequate"),
                sum(when(below, 1).otherwise(0)).as("below"),
                count(col(S)).as("n_desired"),
                sum(when(above, 1).otherwise(0)).as("above"));
    List<TouchpointTally> list = new ArrayList<>();
    for (Row r : tallies.collectAsList()) {
      long n = r.getLong(1);
      long nGap = r.getLong(4);
      list.add(
          TouchpointTally.builder()
              .touchpoint(r.getString(0))
              .moments(n)
              .sum(r.isNullAt(2) ? 0 : r.getDouble(2))
              .squaredDeviations(n < 2 || r.isNullAt(3) ? 0 : r.getDouble(3) * (n - 1))
              .withExpectation(nGap)
              .gapSum(r.isNullAt(5) ? 0 : r.getDouble(5))
              .gapSquaredDeviations(nGap < 2 || r.isNullAt(6) ? 0 : r.getDouble(6) * (nGap - 1))
              .withAdequate(r.getLong(7))
              .belowAdequate(r.isNullAt(8) ? 0 : r.getLong(8))
              .withDesired(r.getLong(9))
              .aboveDesired(r.isNullAt(10) ? 0 : r.getLong(10))
              .build());
    }
    return PainPointAnalysis.fromTallies(list, columns.scale(), level);
  }

  /**
   * A Markov model of conversion: each journey's path is built where its events are, the distinct
   * paths are counted by Spark, and {@link MarkovModel#fromPaths} finishes the model with exact
   * removal effects. With {@code outcomes} (a table of {@code journey} and the settings' outcome,
   * and its time and value columns where the settings name them) or with a conversion touchpoint.
   * Touchpoints the settings name as measurements are left out of the paths.
   *
   * @throws IllegalArgumentException if the settings need outcomes and none are given, a journey
   *     lacks its outcome, or an outcome is not 0 or 1
   */
  public static MarkovModel markov(
      Dataset<Row> events,
      Optional<Dataset<Row>> outcomes,
      MarkovSettings settings,
      EventColumns columns) {
    Dataset<Row> normalised = normalise(events, columns);
    String label =
        settings.outcome().orElseGet(() -> "reached " + settings.conversion().orElseThrow());
    Dataset<Row> rows = normalised.select(col(J), col(T), col(TP), col(V), col(D));
    if (settings.outcome().isPresent()) {
      Dataset<Row> table =
          outcomes.orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "a Markov model of outcome '" + label + "' needs the outcomes table"));
      Column time =
          settings
              .outcomeTime()
              .map(c -> col(c).cast(DataTypes.DoubleType))
              .orElse(lit(null).cast(DataTypes.DoubleType));
      Column value = settings.value().map(c -> col(c).cast(DataTypes.DoubleType)).orElse(lit(0.0));
      Dataset<Row> joined =
          table.select(
              col(columns.journey()).cast(DataTypes.StringType).as("oj"),
              col(label).cast(DataTypes.DoubleType).as("y"),
              time.as("ot"),
              value.as("ov"));
      rows = rows.join(joined, rows.col(J).equalTo(joined.col("oj")), "left").drop("oj");
    } else {
      rows =
          rows.withColumn("y", lit(null).cast(DataTypes.DoubleType))
              .withColumn("ot", lit(null).cast(DataTypes.DoubleType))
              .withColumn("ov", lit(0.0));
    }
    Set<String> leftOut =
        settings.includeMeasurements() ? Set.of() : new HashSet<>(settings.measurements());
    String conversion = settings.conversion().orElse(null);
    boolean byOutcome = settings.outcome().isPresent();
    double min = columns.scale().min();
    double max = columns.scale().max();
    double neutral = columns.scale().neutral();
    boolean higherIsBetter = columns.scale().higherIsBetter();
    StructType pathSchema =
        new StructType()
            .add("path", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("converted", DataTypes.BooleanType, false)
            .add("value", DataTypes.DoubleType, false);
    MapPartitionsFunction<Row, Row> paths =
        partition -> {
          Scale scale = Scale.of(min, max, neutral, higherIsBetter);
          List<Row> out = new ArrayList<>();
          Map<String, double[]> outcomeOf = new HashMap<>();
          java.util.Iterator<Row> withOutcomes =
              peeking(
                  partition,
                  r ->
                      outcomeOf.putIfAbsent(
                          r.getString(0),
                          new double[] {
                            r.isNullAt(5) ? Double.NaN : r.getDouble(5),
                            r.isNullAt(6) ? Double.NaN : r.getDouble(6),
                            r.getDouble(7)
                          }));
          JourneyRows.forEachJourney(
              withOutcomes,
              scale,
              m -> {
                double[] o = outcomeOf.remove(m.journey);
                int end = m.size;
                boolean converted;
                if (byOutcome) {
                  if (Double.isNaN(o[0])) {
                    throw new IllegalArgumentException(
                        "journey '" + m.journey + "' has no outcome '" + label + "'");
                  }
                  if (o[0] != 0 && o[0] != 1) {
                    throw new IllegalArgumentException(
                        "journey '"
                            + m.journey
                            + "': outcome '"
                            + label
                            + "' must be 0 or 1 for a Markov model, found "
                            + o[0]);
                  }
                  converted = o[0] == 1;
                  if (!Double.isNaN(o[1])) {
                    while (end > 0 && m.starts[end - 1] > o[1]) {
                      end--;
                    }
                  }
                } else {
                  converted = false;
                  for (int i = 0; i < m.size; i++) {
                    if (m.touchpoints[i].equals(conversion)) {
                      converted = true;
                      end = i;
                      break;
                    }
                  }
                }
                List<String> path = new ArrayList<>();
                for (int i = 0; i < end; i++) {
                  if (!leftOut.contains(m.touchpoints[i])) {
                    path.add(m.touchpoints[i]);
                  }
                }
                out.add(
                    RowFactory.create(
                        path.toArray(new String[0]), converted, converted ? o[2] : 0.0));
              });
          return out.iterator();
        };
    Dataset<Row> counted =
        byJourney(rows)
            .mapPartitions(paths, Encoders.row(pathSchema))
            .groupBy(col("path"))
            .agg(
                sum(when(col("converted"), 1L).otherwise(0L)).as("conversions"),
                sum(when(col("converted"), 0L).otherwise(1L)).as("non_conversions"),
                sum(col("value")).as("value"));
    List<PathTally> tallies = new ArrayList<>();
    for (Row r : counted.collectAsList()) {
      tallies.add(PathTally.of(r.getList(0), r.getLong(1), r.getLong(2), r.getDouble(3)));
    }
    if (conversion != null) {
      // A conversion touchpoint that never occurs is a mistake to name, not a model of no
      // conversions.
      boolean seen = normalised.filter(col(TP).equalTo(conversion)).limit(1).count() > 0;
      if (!seen) {
        throw new IllegalArgumentException(
            "conversion touchpoint '" + conversion + "' is not in the journeys");
      }
    }
    return MarkovModel.fromPaths(label, settings.order(), tallies, settings.value().isPresent());
  }

  /**
   * The journey map: Spark counts moments, starts, ends and relative positions per touchpoint, the
   * directly-follows pairs with the exact median time between them, the distinct paths (with their
   * mean score under {@code scorer} when one is given) and the sets of stages journeys reached;
   * {@link JourneyMap#fromTally} finishes the map. The stage of a touchpoint comes from the stage
   * column, where the table has one.
   */
  public static JourneyMap journeyMap(
      Dataset<Row> events,
      Optional<String> scorer,
      Map<String, String> parameters,
      int topVariants,
      List<String> stageOrder,
      EventColumns columns) {
    scorer.ifPresent(id -> ScorerRegistry.load().create(id, parameters));
    Dataset<Row> sorted = byJourney(normalise(events, columns)).persist();
    try {
      Map<String, String> given = new HashMap<>(parameters);
      double min = columns.scale().min();
      double max = columns.scale().max();
      double neutral = columns.scale().neutral();
      boolean higherIsBetter = columns.scale().higherIsBetter();
      String scorerId = scorer.orElse(null);
      StructType eventSchema =
          new StructType()
              .add("tp", DataTypes.StringType, false)
              .add("stage", DataTypes.StringType, true)
              .add("v", DataTypes.DoubleType, false)
              .add("position", DataTypes.LongType, false)
              .add("first", DataTypes.IntegerType, false)
              .add("last", DataTypes.IntegerType, false)
              .add("next", DataTypes.StringType, true)
              .add("gap", DataTypes.LongType, true);
      MapPartitionsFunction<Row, Row> perEvent =
          rows -> {
            Scale scale = Scale.of(min, max, neutral, higherIsBetter);
            List<Row> out = new ArrayList<>();
            Map<String, String> stageOf = new HashMap<>();
            java.util.Iterator<Row> stages = remember(rows, stageOf);
            JourneyRows.forEachJourney(
                stages,
                scale,
                m -> {
                  for (int i = 0; i < m.size; i++) {
                    boolean hasNext = i + 1 < m.size;
                    out.add(
                        RowFactory.create(
                            m.touchpoints[i],
                            stageOf.get(m.touchpoints[i]),
                            m.values[i],
                            MapTally.position(i, m.size),
                            i == 0 ? 1 : 0,
                            i == m.size - 1 ? 1 : 0,
                            hasNext ? m.touchpoints[i + 1] : null,
                            hasNext ? m.starts[i + 1] - m.starts[i] : null));
                  }
                });
            return out.iterator();
          };
      StructType journeySchema =
          new StructType()
              .add("path", DataTypes.createArrayType(DataTypes.StringType, false), false)
              .add("stages", DataTypes.createArrayType(DataTypes.StringType, false), false)
              .add("score", DataTypes.DoubleType, true);
      MapPartitionsFunction<Row, Row> perJourney =
          rows -> {
            Scale scale = Scale.of(min, max, neutral, higherIsBetter);
            Optional<SequenceKernel> kernel =
                scorerId == null
                    ? Optional.empty()
                    : ScorerRegistry.load().create(scorerId, given).kernel(scale);
            JourneyScorer objects =
                scorerId == null ? null : ScorerRegistry.load().create(scorerId, given);
            List<Row> out = new ArrayList<>();
            Map<String, String> stageOf = new HashMap<>();
            java.util.Iterator<Row> stages = remember(rows, stageOf);
            JourneyRows.forEachJourney(
                stages,
                scale,
                scorerId != null && kernel.isEmpty(),
                m -> {
                  TreeSet<String> reached = new TreeSet<>();
                  for (int i = 0; i < m.size; i++) {
                    String s = stageOf.get(m.touchpoints[i]);
                    if (s != null) {
                      reached.add(s);
                    }
                  }
                  Double score = null;
                  if (scorerId != null) {
                    score =
                        kernel.isPresent()
                            ? kernel.get().score(m.values, m.starts, m.durations, 0, m.size)
                            : objects.score(journey(m, scale)).value();
                  }
                  out.add(
                      RowFactory.create(
                          Arrays.copyOf(m.touchpoints, m.size),
                          reached.toArray(new String[0]),
                          score));
                });
            return out.iterator();
          };
      MapTally.Builder tally = MapTally.builder();
      Dataset<Row> perEventRows = sorted.mapPartitions(perEvent, Encoders.row(eventSchema));
      for (Row r :
          perEventRows
              .groupBy(col("tp"))
              .agg(
                  org.apache.spark.sql.functions.max(col("stage")).as("stage"),
                  count(col("v")).as("n"),
                  sum(col("v")).as("sum"),
                  sum(col("first")).as("starts"),
                  sum(col("last")).as("ends"),
                  sum(col("position")).as("position"))
              .collectAsList()) {
        tally.addNodes(
            NodeTally.of(
                r.getString(0),
                Optional.ofNullable(r.isNullAt(1) ? null : r.getString(1)),
                r.getLong(2),
                r.getDouble(3),
                r.getLong(4),
                r.getLong(5),
                r.getLong(6)));
      }
      for (Row r :
          perEventRows
              .filter(col("next").isNotNull())
              .groupBy(col("tp"), col("next"))
              .agg(
                  count(col("gap")).as("n"),
                  org.apache.spark.sql.functions.percentile(col("gap"), lit(0.5)).as("median"))
              .collectAsList()) {
        tally.addEdges(EdgeTally.of(r.getString(0), r.getString(1), r.getLong(2), r.getDouble(3)));
      }
      Dataset<Row> perJourneyRows = sorted.mapPartitions(perJourney, Encoders.row(journeySchema));
      long journeys = 0;
      for (Row r :
          perJourneyRows
              .groupBy(col("path"))
              .agg(count(lit(1)).as("n"), sum(col("score")).as("score"))
              .collectAsList()) {
        List<String> path = r.getList(0);
        tally.addVariants(
            VariantTally.of(
                path,
                r.getLong(1),
                scorerId == null || r.isNullAt(2)
                    ? java.util.OptionalDouble.empty()
                    : java.util.OptionalDouble.of(r.getDouble(2))));
        journeys += r.getLong(1);
      }
      for (Row r :
          perJourneyRows.groupBy(col("stages")).agg(count(lit(1)).as("n")).collectAsList()) {
        List<String> reached = r.getList(0);
        tally.putStageSet(reached, r.getLong(1));
      }
      return JourneyMap.fromTally(tally.journeys(journeys).build(), topVariants, stageOrder);
    } finally {
      sorted.unpersist();
    }
  }

  /** Passes rows through, noting each touchpoint's stage (the row's last column) on the way. */
  private static java.util.Iterator<Row> remember(
      java.util.Iterator<Row> rows, Map<String, String> stageOf) {
    return peeking(
        rows,
        r -> {
          int last = r.length() - 1;
          if (!r.isNullAt(2) && !r.isNullAt(last)) {
            stageOf.putIfAbsent(r.getString(2), r.getString(last));
          }
        });
  }

  /** Passes rows through, showing each to {@code look} on the way. */
  private static java.util.Iterator<Row> peeking(
      java.util.Iterator<Row> rows, java.util.function.Consumer<Row> look) {
    return new java.util.Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row r = rows.next();
        look.accept(r);
        return r;
      }
    };
  }

  /**
   * Key drivers of an outcome: Spark sums each journey's ratings per touchpoint, the sums are
   * joined to the outcomes ({@code journey} and {@code outcome} columns), and {@link
   * KeyDriverAnalysis#fromSums} computes the relative weights on the driver.
   *
   * @throws IllegalArgumentException if a journey lacks the outcome, or as {@link
   *     KeyDriverAnalysis#analyze}
   */
  public static KeyDriverModel keyDrivers(
      Dataset<Row> events,
      Dataset<Row> outcomes,
      String outcome,
      Set<String> measurements,
      EventColumns columns) {
    Dataset<Row> sums =
        normalise(events, columns)
            .groupBy(col(J), col(TP))
            .agg(sum(col(V)).as("sum"), count(col(V)).as("n"));
    List<Row> rows = sums.collectAsList();
    Map<String, Double> y = new TreeMap<>();
    for (Row r :
        outcomes
            .select(
                col(columns.journey()).cast(DataTypes.StringType),
                col(outcome).cast(DataTypes.DoubleType))
            .collectAsList()) {
      if (!r.isNullAt(1)) {
        y.put(r.getString(0), r.getDouble(1));
      }
    }
    TreeSet<String> journeys = new TreeSet<>();
    TreeSet<String> touchpoints = new TreeSet<>();
    for (Row r : rows) {
      journeys.add(r.getString(0));
      touchpoints.add(r.getString(1));
    }
    for (String journey : journeys) {
      if (!y.containsKey(journey)) {
        throw new IllegalArgumentException(
            "journey '" + journey + "' has no outcome '" + outcome + "'");
      }
    }
    Map<String, Integer> journeyIndex = index(journeys);
    Map<String, Integer> touchpointIndex = index(touchpoints);
    double[][] sum = new double[journeys.size()][touchpoints.size()];
    int[][] count = new int[journeys.size()][touchpoints.size()];
    for (Row r : rows) {
      int j = journeyIndex.get(r.getString(0));
      int t = touchpointIndex.get(r.getString(1));
      sum[j][t] = r.getDouble(2);
      count[j][t] = (int) r.getLong(3);
    }
    double[] outcomesInOrder = journeys.stream().mapToDouble(y::get).toArray();
    return KeyDriverAnalysis.fromSums(
        outcome, new ArrayList<>(touchpoints), sum, count, outcomesInOrder, measurements);
  }

  private static Map<String, Integer> index(java.util.SortedSet<String> ids) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (String id : ids) {
      index.put(id, index.size());
    }
    return index;
  }
}
