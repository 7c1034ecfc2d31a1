package io.motkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.motkit.core.Scale;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.EventLog;
import io.motkit.journey.EventLogReader;
import io.motkit.journey.analysis.KeyDriver;
import io.motkit.journey.analysis.KeyDriverAnalysis;
import io.motkit.journey.analysis.KeyDriverModel;
import io.motkit.journey.analysis.PainPointAnalysis;
import io.motkit.journey.analysis.TouchpointExperience;
import io.motkit.journey.markov.MarkovModel;
import io.motkit.journey.markov.MarkovSettings;
import io.motkit.journey.simulation.JourneyModel;
import io.motkit.journey.simulation.JourneySimulator;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On Spark (local[2], several partitionings, rows shuffled, CSV and Parquet), every supported
 * scorer and analysis gives what the single-machine event log gives for the same file, to 1e-12.
 */
final class MotkitSparkTest {

  private static final ScorerRegistry REGISTRY = ScorerRegistry.load();
  private static final double TOLERANCE = 1e-12;

  @TempDir static Path dir;

  private static SparkSession spark;
  private static EventLog log;
  private static Dataset<Row> csv;
  private static Dataset<Row> outcomes;

  @BeforeAll
  static void simulate() throws Exception {
    JourneyModel model;
    try (var reader =
        Files.newBufferedReader(Path.of("..", "docs", "samples", "property-model.json"))) {
      model = JourneyModel.fromJson(reader);
    }
    JourneySimulator simulator = new JourneySimulator(model);
    Path events = dir.resolve("events.csv");
    Path outcomeFile = dir.resolve("outcomes.csv");
    try (Writer out = Files.newBufferedWriter(events, StandardCharsets.UTF_8)) {
      simulator.writeCsv(400, 31, out);
    }
    try (Writer out = Files.newBufferedWriter(outcomeFile, StandardCharsets.UTF_8)) {
      simulator.writeOutcomes(400, 31, out);
    }
    log = EventLogReader.of(Scale.likert7()).readCsv(events);
    try (var csvInput = io.motkit.core.csv.CsvInput.open(outcomeFile)) {
      log = log.withOutcomes(EventLogReader.readOutcomes(csvInput));
    }
    spark = SharedSpark.session();
    csv = spark.read().option("header", "true").csv(events.toString());
    outcomes = spark.read().option("header", "true").csv(outcomeFile.toString());
  }

  private static Map<String, Double> collect(Dataset<Row> scores) {
    Map<String, Double> values = new HashMap<>();
    for (Row r : scores.collectAsList()) {
      assertThat(values.put(r.getString(0), r.getDouble(1)))
          .as("journey %s scored once", r.getString(0))
          .isNull();
    }
    return values;
  }

  private static void assertSameScores(Map<String, Double> spark, JourneyScorer scorer) {
    double[] expected = log.score(scorer);
    assertThat(spark).hasSize(expected.length);
    for (int j = 0; j < expected.length; j++) {
      assertThat(spark.get(log.journeyId(j)))
          .as(scorer.id() + " " + log.journeyId(j))
          .isCloseTo(expected[j], within(TOLERANCE));
    }
  }

  /** The scorers of the registry that score these journeys, kernel and object path alike. */
  private static List<JourneyScorer> scorers() {
    Map<String, String> categories = new LinkedHashMap<>();
    for (io.motkit.core.Touchpoint t : log.touchpoints()) {
      categories.put(t.id(), "O");
    }
    String kano =
        String.join(
            ",", categories.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList());
    String servqual =
        String.join(",", categories.keySet().stream().map(t -> t + ":reliability").toList());
    return List.of(
        REGISTRY.create("peak-end"),
        REGISTRY.create("peak-end", Map.of("peak", "worst", "end", "last-k", "k", "2")),
        REGISTRY.create("peak", Map.of("ties", "mean")),
        REGISTRY.create("end", Map.of("end", "window", "window", "86400")),
        REGISTRY.create("mean"),
        REGISTRY.create("weakest-link"),
        REGISTRY.create("duration-weighted", Map.of("weight-by", "gap")),
        REGISTRY.create("duration-weighted", Map.of("aggregate", "area")),
        REGISTRY.create("recency"),
        REGISTRY.create("recency", Map.of("decay", "position", "half-life", "2")),
        REGISTRY.create("kano", Map.of("categories", kano)),
        REGISTRY.create("servqual", Map.of("dimensions", servqual)));
  }

  @Test
  void everyScorerGivesTheEventLogsValuesHoweverTheRowsArePartitioned() {
    List<Dataset<Row>> layouts =
        List.of(
            csv,
            csv.repartition(1),
            csv.repartition(7),
            csv.orderBy(functions.rand(11)),
            csv.orderBy(functions.rand(12)).repartition(3));
    for (JourneyScorer scorer : scorers()) {
      for (Dataset<Row> layout :
          layouts.subList(0, scorer.id().equals("peak-end") ? layouts.size() : 2)) {
        assertSameScores(
            collect(
                MotkitSpark.score(
                    layout, scorer.id(), scorer.parameters(), EventColumns.defaults())),
            scorer);
      }
    }
  }

  @Test
  void parquetWithSparkTimestampsGivesTheSameScores() {
    Path parquet = dir.resolve("events.parquet");
    csv.withColumn("timestamp", functions.col("timestamp").cast("timestamp"))
        .withColumn("value", functions.col("value").cast("double"))
        .write()
        .parquet(parquet.toString());
    Dataset<Row> read = spark.read().parquet(parquet.toString());
    JourneyScorer peakEnd = REGISTRY.create("peak-end");
    assertSameScores(
        collect(MotkitSpark.score(read, "peak-end", Map.of(), EventColumns.defaults())), peakEnd);
  }

  /**
   * One journey's events in different input partitions (a union of two halves) are scored together.
   */
  @Test
  void aJourneySplitAcrossPartitionsIsScoredWhole() {
    Dataset<Row> first = csv.filter(functions.col("timestamp").lt("2025-03"));
    Dataset<Row> second = csv.filter(functions.col("timestamp").geq("2025-03"));
    Dataset<Row> split = first.union(second);
    assertThat(split.rdd().getNumPartitions()).isGreaterThan(1);
    assertSameScores(
        collect(MotkitSpark.score(split, "mean", Map.of(), EventColumns.defaults())),
        REGISTRY.create("mean"));
  }

  @Test
  void painPointsAreTheEventLogs() {
    List<TouchpointExperience> expected = PainPointAnalysis.analyze(log, 0.95);
    List<TouchpointExperience> actual =
        MotkitSpark.painPoints(csv.repartition(3), EventColumns.defaults(), 0.95);
    assertThat(actual)
        .extracting(TouchpointExperience::touchpoint)
        .containsExactlyElementsOf(
            expected.stream().map(TouchpointExperience::touchpoint).toList());
    for (int i = 0; i < expected.size(); i++) {
      TouchpointExperience e = expected.get(i);
      TouchpointExperience a = actual.get(i);
      assertThat(a.moments()).isEqualTo(e.moments());
      assertThat(a.meanExperience()).isCloseTo(e.meanExperience(), within(TOLERANCE));
      assertThat(a.meanGap().orElse(0)).isCloseTo(e.meanGap().orElse(0), within(TOLERANCE));
      assertThat(a.belowAdequate()).isEqualTo(e.belowAdequate());
      assertThat(a.aboveDesired()).isEqualTo(e.aboveDesired());
      assertThat(a.meanExperienceInterval().map(ci -> ci.low()).orElse(0.0))
          .isCloseTo(e.meanExperienceInterval().map(ci -> ci.low()).orElse(0.0), within(1e-10));
      assertThat(a.meanGapInterval().map(ci -> ci.high()).orElse(0.0))
          .isCloseTo(e.meanGapInterval().map(ci -> ci.high()).orElse(0.0), within(1e-10));
    }
  }

  @Test
  void markovModelsAreTheEventLogs() {
    MarkovSettings conversion =
        MarkovSettings.builder()
            .conversion("payment")
            .addMeasurement("satisfaction-survey")
            .order(2)
            .build();
    assertSameModel(
        MotkitSpark.markov(
            csv.orderBy(functions.rand(5)), Optional.empty(), conversion, EventColumns.defaults()),
        MarkovModel.fit(log, conversion));
    MarkovSettings outcome =
        MarkovSettings.builder().outcome("paid").addMeasurement("satisfaction-survey").build();
    assertSameModel(
        MotkitSpark.markov(
            csv.repartition(4), Optional.of(outcomes), outcome, EventColumns.defaults()),
        MarkovModel.fit(log, outcome));
  }

  private static void assertSameModel(MarkovModel actual, MarkovModel expected) {
    assertThat(actual.journeys()).isEqualTo(expected.journeys());
    assertThat(actual.successes()).isEqualTo(expected.successes());
    assertThat(actual.successProbability())
        .isCloseTo(expected.successProbability(), within(TOLERANCE));
    assertThat(actual.removalEffects().keySet())
        .containsExactlyElementsOf(expected.removalEffects().keySet());
    expected
        .removalEffects()
        .forEach(
            (t, effect) ->
                assertThat(actual.removalEffects().get(t))
                    .as(t)
                    .isCloseTo(effect, within(TOLERANCE)));
  }

  @Test
  void keyDriversAreTheEventLogs() {
    KeyDriverModel expected = KeyDriverAnalysis.analyze(log, "paid", Set.of("satisfaction-survey"));
    KeyDriverModel actual =
        MotkitSpark.keyDrivers(
            csv.repartition(5),
            outcomes,
            "paid",
            Set.of("satisfaction-survey"),
            EventColumns.defaults());
    assertThat(actual.rSquared()).isCloseTo(expected.rSquared(), within(TOLERANCE));
    assertThat(actual.drivers())
        .extracting(KeyDriver::touchpoint)
        .containsExactlyElementsOf(expected.drivers().stream().map(KeyDriver::touchpoint).toList());
    for (int i = 0; i < expected.drivers().size(); i++) {
      assertThat(actual.drivers().get(i).weight())
          .isCloseTo(expected.drivers().get(i).weight(), within(TOLERANCE));
    }
  }

  @Test
  void theJourneyMapIsTheEventLogs() {
    io.motkit.journey.map.JourneyMap expected =
        io.motkit.journey.map.JourneyMap.of(log, Optional.of(REGISTRY.create("peak-end")), 10);
    io.motkit.journey.map.JourneyMap actual =
        MotkitSpark.journeyMap(
            csv.orderBy(functions.rand(3)),
            Optional.of("peak-end"),
            Map.of(),
            10,
            List.of(),
            EventColumns.defaults());
    assertThat(actual.journeys()).isEqualTo(expected.journeys());
    assertThat(actual.variantCount()).isEqualTo(expected.variantCount());
    assertThat(actual.nodes())
        .extracting(
            n ->
                n.touchpoint()
                    + " "
                    + n.moments()
                    + " "
                    + n.starts()
                    + " "
                    + n.ends()
                    + " "
                    + n.stage())
        .containsExactlyElementsOf(
            expected.nodes().stream()
                .map(
                    n ->
                        n.touchpoint()
                            + " "
                            + n.moments()
                            + " "
                            + n.starts()
                            + " "
                            + n.ends()
                            + " "
                            + n.stage())
                .toList());
    for (int i = 0; i < expected.nodes().size(); i++) {
      assertThat(actual.nodes().get(i).meanExperience())
          .isCloseTo(expected.nodes().get(i).meanExperience(), within(TOLERANCE));
    }
    assertThat(actual.edges())
        .extracting(e -> e.from() + ">" + e.to() + " " + e.count() + " " + e.medianSeconds())
        .containsExactlyElementsOf(
            expected.edges().stream()
                .map(e -> e.from() + ">" + e.to() + " " + e.count() + " " + e.medianSeconds())
                .toList());
    assertThat(actual.variants())
        .extracting(v -> v.path() + " " + v.journeys())
        .containsExactlyElementsOf(
            expected.variants().stream().map(v -> v.path() + " " + v.journeys()).toList());
    for (int i = 0; i < expected.variants().size(); i++) {
      assertThat(actual.variants().get(i).meanScore().getAsDouble())
          .isCloseTo(expected.variants().get(i).meanScore().getAsDouble(), within(TOLERANCE));
    }
    assertThat(actual.stages()).isEqualTo(expected.stages());
  }

  @Test
  void aBadScorerOrColumnFailsOnTheDriverWithItsName() {
    assertThatThrownBy(
            () -> MotkitSpark.score(csv, "peak-middle", Map.of(), EventColumns.defaults()))
        .hasMessageContaining("peak-middle");
    assertThatThrownBy(
            () ->
                MotkitSpark.score(
                    csv, "mean", Map.of(), EventColumns.builder().value("rating").build()))
        .hasMessageContaining("no column 'rating'");
  }
}
