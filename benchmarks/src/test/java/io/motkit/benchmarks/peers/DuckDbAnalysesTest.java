package io.motkit.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.motkit.core.ConfidenceInterval;
import io.motkit.core.Scale;
import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.EventLog;
import io.motkit.journey.EventLogReader;
import io.motkit.journey.analysis.PainPointAnalysis;
import io.motkit.journey.analysis.TouchpointExperience;
import io.motkit.journey.map.JourneyMapAnalysis;
import io.motkit.journey.map.MapEdge;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hipparchus.distribution.continuous.TDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DuckDB queries the end-to-end benchmark races compute what motkit's pain points and journey
 * map edges compute, on a small log with the property model's columns: ties of time (ordered by
 * touchpoint, value and duration), moments with and without expectations, values on the adequate
 * and desired levels.
 */
final class DuckDbAnalysesTest {

  @TempDir static Path dir;
  private static Path file;
  private static EventLog log;

  @BeforeAll
  static void writeLog() throws IOException {
    Random random = new Random(20261203);
    List<String> rows = new ArrayList<>();
    String[] touchpoints = {"call", "visit", "repair", "invoice", "app"};
    for (int j = 0; j < 400; j++) {
      long start = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli() + j * 1_800_000L;
      int events = 1 + random.nextInt(8);
      List<String> journey = new ArrayList<>();
      for (int e = 0; e < events; e++) {
        long at = start + random.nextInt(5) * 60_000L + random.nextInt(3) * 250L;
        double value = 1 + random.nextInt(13) / 2.0;
        String expectation =
            random.nextInt(4) == 0
                ? ",,"
                : (3 + random.nextInt(3)) + "," + (2 + random.nextInt(3)) + "," + 6;
        journey.add(
            "j"
                + j
                + ","
                + Instant.ofEpochMilli(at)
                + ","
                + touchpoints[random.nextInt(touchpoints.length)]
                + ","
                + value
                + ","
                + random.nextInt(3) * 30.5
                + ",during,web,"
                + expectation);
      }
      Collections.shuffle(journey, random);
      rows.addAll(journey);
    }
    file = dir.resolve("events.csv");
    Files.write(
        file,
        ("journey,timestamp,touchpoint,value,duration_s,stage,channel,expected,adequate,desired\n"
                + String.join("\n", rows)
                + "\n")
            .getBytes(StandardCharsets.UTF_8));
    log = EventLogReader.builder().scale(Scale.likert7()).build().readCsv(file);
  }

  private static List<Map<String, Object>> duckDb(String analysis) throws Exception {
    return duckDbRows(DuckDbAnalyses.query(analysis, file.toString()));
  }

  private static List<Map<String, Object>> duckDbRows(String query) throws Exception {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      while (result.next()) {
        Map<String, Object> row = new HashMap<>();
        for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
          row.put(result.getMetaData().getColumnLabel(c), result.getObject(c));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static double number(Object value) {
    return ((Number) value).doubleValue();
  }

  @Test
  void peakEndInSqlIsMotkitsPeakEndWithTiesOfTimeOrderedAsMotkitOrdersThem() throws Exception {
    double[] motkit = log.score(ScorerRegistry.load().create("peak-end"));
    Map<String, Double> sql = new HashMap<>();
    for (Map<String, Object> row : duckDbRows(DuckDbPeakEnd.query(file.toString(), true))) {
      sql.put((String) row.get("journey"), number(row.get("value")));
    }
    assertThat(sql).hasSize(log.journeyCount());
    for (int j = 0; j < log.journeyCount(); j++) {
      assertThat(sql.get(log.journeyId(j)))
          .as(log.journeyId(j))
          .isCloseTo(motkit[j], within(1e-12));
    }
  }

  @Test
  void painPointsInSqlAreMotkitsPainPoints() throws Exception {
    List<TouchpointExperience> motkit =
        PainPointAnalysis.defaults()
            .run(AnalysisInput.inMemory(log, "events", log.eventCount()))
            .touchpoints();
    List<Map<String, Object>> sql = duckDb("pain-points");
    assertThat(sql).hasSameSizeAs(motkit);
    Map<String, Map<String, Object>> byTouchpoint = new HashMap<>();
    sql.forEach(row -> byTouchpoint.put((String) row.get("touchpoint"), row));
    for (TouchpointExperience t : motkit) {
      Map<String, Object> row = byTouchpoint.get(t.touchpoint());
      assertThat(row).as(t.touchpoint()).isNotNull();
      assertThat(number(row.get("moments"))).isEqualTo((double) t.moments());
      assertThat(number(row.get("mean"))).isCloseTo(t.meanExperience(), within(1e-12));
      // motkit reports the variance through its t interval of the mean: half-width t * s / sqrt n.
      ConfidenceInterval mean = t.meanExperienceInterval().orElseThrow();
      double t975 = new TDistribution(t.moments() - 1).inverseCumulativeProbability(0.975);
      double halfWidth = t975 * Math.sqrt(number(row.get("variance")) / t.moments());
      assertThat(mean.high() - t.meanExperience()).isCloseTo(halfWidth, within(1e-9));
      assertThat(number(row.get("with_expectation"))).isEqualTo((double) t.withExpectation());
      assertThat(number(row.get("mean_gap"))).isCloseTo(t.meanGap().orElseThrow(), within(1e-12));
      assertThat(number(row.get("with_adequate"))).isEqualTo((double) t.withAdequate());
      assertThat(number(row.get("below_adequate"))).isEqualTo((double) t.belowAdequate());
      assertThat(number(row.get("with_desired"))).isEqualTo((double) t.withDesired());
      assertThat(number(row.get("above_desired"))).isEqualTo((double) t.aboveDesired());
    }
    assertThat(motkit).anySatisfy(t -> assertThat(t.belowAdequate()).isPositive());
  }

  @Test
  void directlyFollowsEdgesInSqlAreMotkitsMapEdges() throws Exception {
    List<MapEdge> motkit =
        JourneyMapAnalysis.defaults()
            .run(AnalysisInput.inMemory(log, "events", log.eventCount()))
            .map()
            .edges();
    List<Map<String, Object>> sql = duckDb("edges");
    assertThat(sql).hasSameSizeAs(motkit);
    Map<String, Map<String, Object>> byPair = new HashMap<>();
    sql.forEach(
        row -> byPair.put(row.get("from_touchpoint") + ">" + row.get("to_touchpoint"), row));
    for (MapEdge e : motkit) {
      Map<String, Object> row = byPair.get(e.from() + ">" + e.to());
      assertThat(row).as(e.from() + ">" + e.to()).isNotNull();
      assertThat(number(row.get("count"))).isEqualTo((double) e.count());
      assertThat(number(row.get("probability"))).isCloseTo(e.probability(), within(1e-12));
      assertThat(number(row.get("median_seconds"))).isCloseTo(e.medianSeconds(), within(1e-9));
    }
    // Self-loops and ties of time are in the log, so the order of equal times is exercised.
    assertThat(motkit).anySatisfy(e -> assertThat(e.from()).isEqualTo(e.to()));
  }
}
