package io.motkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.motkit.core.Scale;
import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.analysis.AnalysisResult;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.EventLog;
import io.motkit.journey.EventLogReader;
import io.motkit.journey.analysis.JourneyAnalysis;
import io.motkit.journey.analysis.KeyDriverAnalysis;
import io.motkit.journey.analysis.MomentsOfTruthAnalysis;
import io.motkit.journey.analysis.PainPointAnalysis;
import io.motkit.journey.map.JourneyMapAnalysis;
import io.motkit.journey.markov.MarkovAnalysis;
import io.motkit.journey.markov.MarkovSettings;
import io.motkit.journey.simulation.JourneyModel;
import io.motkit.journey.simulation.JourneySimulator;
import io.motkit.testkit.ResultTables;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    withRegion(events);
    log = EventLogReader.of(Scale.likert7()).readCsv(events);
    try (var csvInput = io.motkit.core.csv.CsvInput.open(outcomeFile)) {
      log = log.withOutcomes(EventLogReader.readOutcomes(csvInput));
    }
    spark = SharedSpark.session();
    csv = spark.read().option("header", "true").csv(events.toString());
    outcomes = spark.read().option("header", "true").csv(outcomeFile.toString());
  }

  /** Adds a region to every event, the same for all events of a journey: a segment attribute. */
  private static void withRegion(Path events) throws java.io.IOException {
    List<String> lines = Files.readAllLines(events, StandardCharsets.UTF_8);
    List<String> out = new java.util.ArrayList<>();
    out.add(lines.get(0) + ",region");
    for (String line : lines.subList(1, lines.size())) {
      String journey = line.substring(0, line.indexOf(','));
      out.add(line + "," + (Math.floorMod(journey.hashCode(), 3) == 0 ? "north" : "south"));
    }
    Files.write(events, out, StandardCharsets.UTF_8);
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
  void theScoreCommandRefusesAnOutputThatExistsOrHoldsItsInput() throws Exception {
    Path existing = Files.createDirectories(dir.resolve("scores-before"));
    Files.writeString(existing.resolve("kept.csv"), "journey,value\n");
    Path events = dir.resolve("inputs").resolve("events.csv");
    Files.createDirectories(events.getParent());
    Files.writeString(events, "journey,timestamp,touchpoint,value\n");
    org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();

    MotkitSparkCommand.Score overExisting = score(events, existing);
    assertThatThrownBy(() -> overExisting.checkOut(new picocli.CommandLine(overExisting), conf))
        .isInstanceOf(picocli.CommandLine.ParameterException.class)
        .hasMessage("--out " + existing + " exists; give --overwrite to replace it");
    MotkitSparkCommand.Score overwritten = score(events, existing, "--overwrite");
    overwritten.checkOut(new picocli.CommandLine(overwritten), conf);

    MotkitSparkCommand.Score overInput = score(events, events.getParent(), "--overwrite");
    assertThatThrownBy(() -> overInput.checkOut(new picocli.CommandLine(overInput), conf))
        .isInstanceOf(picocli.CommandLine.ParameterException.class)
        .hasMessageContaining("is or holds the input " + events);
    assertThat(existing.resolve("kept.csv")).exists();
    assertThat(events).exists();
  }

  private static MotkitSparkCommand.Score score(Path events, Path out, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("score", events.toString(), "--scorer", "mean", "--out", out.toString()));
    args.addAll(List.of(more));
    picocli.CommandLine.ParseResult parsed =
        new picocli.CommandLine(new MotkitSparkCommand()).parseArgs(args.toArray(String[]::new));
    return (MotkitSparkCommand.Score)
        java.util.Objects.requireNonNull(parsed.subcommand()).commandSpec().userObject();
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

  /**
   * The analysis run by Spark and by the event log gives the same tables, segments included: every
   * count and text equal, every number to 1e-9 of its size (sums are added in another order).
   */
  private static void assertSameResult(JourneyAnalysis<?, ?> analysis, Dataset<Row> events) {
    AnalysisResult expected =
        analysis.run(AnalysisInput.inMemory(log, "events.csv", log.eventCount()));
    AnalysisResult actual =
        MotkitSpark.run(analysis, events, Optional.of(outcomes), EventColumns.defaults());
    assertThat(actual.provenance().analysis()).isEqualTo(analysis.name());
    assertThat(actual.provenance().settings()).isEqualTo(expected.provenance().settings());
    assertThat(actual.provenance().inputs().get(0).rowsRead()).isEqualTo(log.eventCount());
    if (analysis.segmentBy().isPresent()) {
      for (String name : expected.tableNames()) {
        assertThat(expected.table(name).rows().stream().map(r -> r.get(0)).distinct().count())
            .as("segments of " + name)
            .isGreaterThan(1);
      }
    }
    ResultTables.assertSame(analysis.name(), expected, actual, 1e-9);
  }

  @Test
  void painPointsAreTheEventLogsOverallAndPerSegment() {
    assertSameResult(PainPointAnalysis.defaults(), csv.repartition(3));
    assertSameResult(PainPointAnalysis.builder().segmentBy("region").build(), csv.repartition(2));
  }

  @Test
  void momentsOfTruthAreTheEventLogsOverallAndPerSegment() {
    assertSameResult(
        MomentsOfTruthAnalysis.builder()
            .scorer(REGISTRY.create("peak-end"))
            .segmentBy("region")
            .build(),
        csv.orderBy(functions.rand(7)));
    // A scorer without a kernel scores journey objects on the executors.
    assertSameResult(
        MomentsOfTruthAnalysis.of(scorers().get(scorers().size() - 1)), csv.repartition(3));
  }

  @Test
  void markovModelsAreTheEventLogsOverallAndPerSegment() {
    MarkovSettings conversion =
        MarkovSettings.builder()
            .conversion("payment")
            .addMeasurement("satisfaction-survey")
            .order(2)
            .build();
    assertSameResult(MarkovAnalysis.of(conversion), csv.orderBy(functions.rand(5)));
    MarkovSettings outcome =
        MarkovSettings.builder().outcome("paid").addMeasurement("satisfaction-survey").build();
    assertSameResult(
        MarkovAnalysis.builder().settings(outcome).segmentBy("region").build(), csv.repartition(4));
  }

  @Test
  void keyDriversAreTheEventLogsOverallAndPerSegment() {
    assertSameResult(
        KeyDriverAnalysis.builder()
            .outcome("paid")
            .addMeasurement("satisfaction-survey")
            .segmentBy("region")
            .build(),
        csv.repartition(5));
  }

  @Test
  void theJourneyMapIsTheEventLogsOverallAndPerSegment() {
    assertSameResult(
        JourneyMapAnalysis.builder()
            .scorer(REGISTRY.create("peak-end"))
            .segmentBy("region")
            .build(),
        csv.orderBy(functions.rand(3)));
  }

  @Test
  void aSegmentColumnTheEventsLackIsNamed() {
    assertThatThrownBy(
            () ->
                MotkitSpark.run(
                    PainPointAnalysis.builder().segmentBy("building").build(),
                    csv,
                    EventColumns.defaults()))
        .hasMessageContaining("no column 'building'");
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
