package io.motkit.benchmarks.peers;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;

/**
 * The journey analyses an analyst would otherwise write in SQL, as DuckDB queries (JDBC, in
 * process, every core), for the end-to-end benchmark: what {@code motkit journeys pain-points} and
 * {@code motkit journeys map --table edges} compute from the same file.
 *
 * <ul>
 *   <li>{@code pain-points}: per touchpoint the moments, the mean and sample variance of the
 *       values, the mean gap to the expected value, and the counts below the adequate and above the
 *       desired level (strictly, on a scale where higher is better) with the counts that have those
 *       levels; one {@code GROUP BY}.
 *   <li>{@code edges}: per directly-follows pair of touchpoints (consecutive moments of a journey
 *       in time order, equal times ordered by touchpoint, value and duration as motkit orders them)
 *       the count, the count over the moments of the first touchpoint, and the median gap in
 *       seconds; {@code lead()} over the journey, then {@code GROUP BY}.
 * </ul>
 *
 * <p>Usage: {@code DuckDbAnalyses EVENTS.csv pain-points|edges > table.csv}. The file has the
 * property model's ten columns ({@code docs/samples/property-model.json}).
 */
public final class DuckDbAnalyses {

  private DuckDbAnalyses() {}

  /** The property model's columns, with their types: no detection pass. */
  static String source(String file) {
    return "read_csv('"
        + file.replace("'", "''")
        + "', header = true, auto_detect = false, columns = {"
        + "'journey': 'VARCHAR', 'timestamp': 'TIMESTAMPTZ', 'touchpoint': 'VARCHAR', 'value': 'DOUBLE',"
        + " 'duration_s': 'DOUBLE', 'stage': 'VARCHAR', 'channel': 'VARCHAR', 'expected': 'DOUBLE',"
        + " 'adequate': 'DOUBLE', 'desired': 'DOUBLE'})";
  }

  static String query(String analysis, String file) {
    switch (analysis) {
      case "pain-points":
        return "SELECT touchpoint, count(*) AS moments, avg(value) AS mean, var_samp(value) AS"
            + " variance, count(expected) AS with_expectation, avg(value - expected) AS mean_gap,"
            + " count(adequate) AS with_adequate,"
            + " count(*) FILTER (WHERE value < adequate) AS below_adequate,"
            + " count(desired) AS with_desired,"
            + " count(*) FILTER (WHERE value > desired) AS above_desired"
            + " FROM "
            + source(file)
            + " GROUP BY touchpoint";
      case "edges":
        // Every moment with the one after it (none for a journey's last), grouped by pair: a
        // pair's share is its count over all the moments of its first touchpoint, ends included.
        return "WITH steps AS (SELECT touchpoint AS from_touchpoint,"
            + " lead(touchpoint) OVER w AS to_touchpoint,"
            + " epoch_ms(lead(timestamp) OVER w) - epoch_ms(timestamp) AS gap_ms"
            + " FROM "
            + source(file)
            + " WINDOW w AS (PARTITION BY journey ORDER BY timestamp, touchpoint, value,"
            + " duration_s)),"
            + " pairs AS (SELECT from_touchpoint, to_touchpoint, count(*) AS n,"
            + " median(gap_ms) / 1000.0 AS median_seconds FROM steps"
            + " GROUP BY from_touchpoint, to_touchpoint)"
            + " SELECT from_touchpoint, to_touchpoint, n AS count,"
            + " n / sum(n) OVER (PARTITION BY from_touchpoint) AS probability, median_seconds"
            + " FROM pairs QUALIFY to_touchpoint IS NOT NULL";
      default:
        throw new IllegalArgumentException(
            "unknown analysis '" + analysis + "'; pain-points or edges");
    }
  }

  public static void main(String[] args) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query(args[1], args[0]));
        PrintWriter out =
            new PrintWriter(
                new BufferedWriter(
                    new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16))) {
      write(result, out);
    }
  }

  /** The result as CSV: a header, then a row each (no value of these tables needs quoting). */
  static void write(ResultSet result, PrintWriter out) throws java.sql.SQLException {
    ResultSetMetaData columns = result.getMetaData();
    for (int c = 1; c <= columns.getColumnCount(); c++) {
      out.append(c > 1 ? "," : "").append(columns.getColumnLabel(c));
    }
    out.append('\n');
    while (result.next()) {
      for (int c = 1; c <= columns.getColumnCount(); c++) {
        Object value = result.getObject(c);
        out.append(c > 1 ? "," : "").append(value == null ? "" : value.toString());
      }
      out.append('\n');
    }
    out.flush();
  }
}
