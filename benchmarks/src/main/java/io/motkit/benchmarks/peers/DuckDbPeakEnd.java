package io.motkit.benchmarks.peers;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Peak-end per journey with DuckDB (JDBC, in process), one SQL query written the fast way: explicit
 * column types in {@code read_csv}, aggregates only, no per-row function. The definition is
 * motkit's peak-end with its defaults on a 1..7 scale, neutral 4: the peak is the moment furthest
 * from neutral, the one below neutral when a moment above is as far (within 6e-9); the end is the
 * last moment in time order; the score is their mean.
 *
 * <p>Usage: {@code DuckDbPeakEnd EVENTS.csv exact|parallel > scores.csv}. {@code exact} breaks ties
 * of time as motkit does, by touchpoint (byte order), value and duration; {@code parallel} breaks
 * them arbitrarily. Both let DuckDB use every core.
 */
public final class DuckDbPeakEnd {

  private DuckDbPeakEnd() {}

  /** The query: {@code exact} orders equal times as motkit does, else DuckDB picks among them. */
  static String query(String file, boolean exact) {
    String end =
        exact
            ? "arg_max(value, (timestamp, touchpoint, value, duration_s))"
            : "arg_max(value, timestamp)";
    return "SELECT journey, 0.5 * (CASE WHEN 4 - min(value) >= max(value) - 4 - 6e-9 THEN"
        + " min(value) ELSE max(value) END) + 0.5 * "
        + end
        + " AS value FROM "
        + DuckDbAnalyses.source(file)
        + " GROUP BY journey";
  }

  public static void main(String[] args) throws Exception {
    boolean exact = args.length < 2 || args[1].equals("exact");
    String query = query(args[0], exact);
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query);
        PrintWriter out =
            new PrintWriter(
                new BufferedWriter(
                    new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16))) {
      out.println("journey,value");
      while (result.next()) {
        out.append(result.getString(1))
            .append(',')
            .append(Double.toString(result.getDouble(2)))
            .append('\n');
      }
    }
  }
}
