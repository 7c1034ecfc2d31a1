package io.motkit.journey.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.motkit.core.Journey;
import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.analysis.AnalysisResult;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.EventLog;
import io.motkit.journey.LoggedJourney;
import io.motkit.journey.map.JourneyMapAnalysis;
import io.motkit.journey.markov.MarkovAnalysis;
import io.motkit.journey.markov.MarkovSettings;
import io.motkit.journey.simulation.JourneyModel;
import io.motkit.journey.simulation.JourneySimulator;
import io.motkit.testkit.ResultTables;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The aggregation contract as the engines rely on it, for every journey analysis: the log's threads
 * change no digit of a result; neither the order of the journeys nor the grouping of tallies
 * changes more than the rounding of sums; an empty tally is merge's identity.
 */
final class JourneyAnalysisEnginesTest {

  /** Three blocks of journeys and more, so that the log tallies on several threads. */
  private static final int JOURNEYS = 4_200;

  private static EventLog log;

  @BeforeAll
  static void simulate() throws Exception {
    JourneyModel model;
    try (var reader =
        Files.newBufferedReader(Path.of("..", "docs", "samples", "property-model.json"))) {
      model = JourneyModel.fromJson(reader);
    }
    log = new JourneySimulator(model).eventLog(JOURNEYS, 23);
  }

  private static List<JourneyAnalysis<?, ?>> analyses() {
    return List.of(
        PainPointAnalysis.defaults(),
        MomentsOfTruthAnalysis.of(ScorerRegistry.load().create("peak-end")),
        KeyDriverAnalysis.of("paid"),
        JourneyMapAnalysis.builder().scorer(ScorerRegistry.load().create("mean")).build(),
        MarkovAnalysis.of(MarkovSettings.builder().outcome("paid").order(2).build()));
  }

  private static AnalysisInput<EventLog> input(EventLog of) {
    return AnalysisInput.inMemory(of, "simulated", of.eventCount());
  }

  private static String json(AnalysisResult result) {
    StringWriter out = new StringWriter();
    try {
      result.writeJson(out);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @Test
  void oneThreadAndManyGiveTheSameDigits() throws Exception {
    ForkJoinPool one = new ForkJoinPool(1);
    try {
      for (JourneyAnalysis<?, ?> analysis : analyses()) {
        String many = json(analysis.run(input(log)));
        String single = one.submit(() -> json(analysis.run(input(log)))).get();
        assertThat(single).as(analysis.name()).isEqualTo(many);
      }
    } finally {
      one.shutdown();
    }
  }

  @Test
  void theOrderOfTheJourneysChangesOnlyTheRoundingOfSums() {
    List<Journey> journeys = log.journeys().collect(Collectors.toList());
    qt().withExamples(2)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              List<Journey> shuffled = new ArrayList<>(journeys);
              Collections.shuffle(shuffled, new Random(seed));
              EventLog other = EventLog.of(shuffled);
              for (JourneyAnalysis<?, ?> analysis : analyses()) {
                assertSameTables(
                    analysis.name(), analysis.run(input(log)), analysis.run(input(other)));
              }
            });
  }

  /**
   * The rows of a log with many equal times (every time cut to its day), shuffled: equal times are
   * ordered by content, so every journey scores to the last digit alike and every analysis agrees
   * to the rounding of its sums.
   */
  @Test
  void theOrderOfTheRowsChangesNothingEvenAtEqualTimes() throws Exception {
    JourneyModel model;
    try (var reader =
        Files.newBufferedReader(Path.of("..", "docs", "samples", "property-model.json"))) {
      model = JourneyModel.fromJson(reader);
    }
    StringWriter csv = new StringWriter();
    JourneySimulator simulator = new JourneySimulator(model);
    simulator.writeCsv(600, 31, csv);
    StringWriter outcomeCsv = new StringWriter();
    simulator.writeOutcomes(600, 31, outcomeCsv);
    outcomes =
        io.motkit.journey.EventLogReader.readOutcomes(
            io.motkit.core.csv.CsvInput.of(
                new java.io.StringReader(outcomeCsv.toString()), "outcomes.csv"));
    List<String> lines = new ArrayList<>(List.of(csv.toString().split("\n")));
    String header = lines.remove(0);
    lines.replaceAll(line -> line.replaceAll("T\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "T00:00:00Z"));
    EventLog first = readShuffled(header, lines, 1);
    assertThat(first.eventCount()).isEqualTo(lines.size());
    var peakEnd = ScorerRegistry.load().create("peak-end", java.util.Map.of("peak", "worst"));
    java.util.Map<String, Double> scores = scores(first, peakEnd);
    for (long seed : new long[] {2, 3}) {
      EventLog other = readShuffled(header, lines, seed);
      assertThat(scores(other, peakEnd)).isEqualTo(scores);
      for (JourneyAnalysis<?, ?> analysis : analyses()) {
        assertSameTables(
            analysis.name() + " rows shuffled",
            analysis.run(input(first)),
            analysis.run(input(other)));
      }
    }
  }

  private static java.util.Map<String, java.util.Map<String, Double>> outcomes = java.util.Map.of();

  private static EventLog readShuffled(String header, List<String> lines, long seed) {
    List<String> shuffled = new ArrayList<>(lines);
    Collections.shuffle(shuffled, new Random(seed));
    return io.motkit.journey.EventLogReader.of(io.motkit.core.Scale.likert7())
        .readCsv(
            io.motkit.core.csv.CsvInput.of(
                new java.io.StringReader(header + "\n" + String.join("\n", shuffled) + "\n"),
                "shuffled.csv"))
        .withOutcomes(outcomes);
  }

  private static java.util.Map<String, Double> scores(
      EventLog of, io.motkit.core.scoring.JourneyScorer scorer) {
    double[] values = of.score(scorer);
    java.util.Map<String, Double> byId = new java.util.TreeMap<>();
    for (int j = 0; j < values.length; j++) {
      byId.put(of.journeyId(j), values[j]);
    }
    return byId;
  }

  @Test
  void tallyingInPartsAndMergingInAnyGroupingGivesTheWhole() {
    for (JourneyAnalysis<?, ?> analysis : analyses()) {
      check(analysis);
    }
  }

  private static <T extends Serializable, R extends AnalysisResult> void check(
      JourneyAnalysis<T, R> analysis) {
    T a = tally(analysis, 0, 1_000);
    T b = tally(analysis, 1_000, 3_100);
    T c = tally(analysis, 3_100, JOURNEYS);
    R left = analysis.finish(analysis.merge(analysis.merge(a, b), c), input(log).sources());
    T a2 = tally(analysis, 0, 1_000);
    T b2 = tally(analysis, 1_000, 3_100);
    T c2 = tally(analysis, 3_100, JOURNEYS);
    R right =
        analysis.finish(
            analysis.merge(analysis.newTally(), analysis.merge(a2, analysis.merge(b2, c2))),
            input(log).sources());
    assertSameTables(analysis.name() + " grouped", left, right);
    assertSameTables(analysis.name() + " whole", analysis.run(input(log)), left);
  }

  private static <T extends Serializable> T tally(
      JourneyAnalysis<T, ?> analysis, int from, int to) {
    T tally = analysis.newTally();
    for (int j = from; j < to; j++) {
      analysis.add(tally, LoggedJourney.of(log, j));
    }
    return tally;
  }

  /** Every table equal: texts and counts exactly, other numbers to 1e-12 of their size. */
  private static void assertSameTables(String what, AnalysisResult want, AnalysisResult got) {
    ResultTables.assertSame(what, want, got, 1e-12);
  }
}
