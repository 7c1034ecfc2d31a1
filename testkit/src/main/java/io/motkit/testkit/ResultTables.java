package io.motkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.motkit.core.analysis.AnalysisResult;
import java.util.List;

/**
 * The check that two runs of an analysis agree, for tests of engines and of order independence: the
 * same tables with the same rows, every text and count equal, every other number equal to a
 * relative tolerance (sums added in another order round differently in their last digits).
 */
public final class ResultTables {

  private ResultTables() {}

  /**
   * Asserts that {@code got} has the tables of {@code want}, row for row and cell for cell, numbers
   * that differ within {@code tolerance} of their size (at least 1).
   *
   * @param what what is compared, for messages
   * @param want the expected result
   * @param got the result to check
   * @param tolerance the largest relative difference of two numbers taken as equal
   */
  public static void assertSame(
      String what, AnalysisResult want, AnalysisResult got, double tolerance) {
    assertThat(got.tableNames()).as(what).isEqualTo(want.tableNames());
    for (String name : want.tableNames()) {
      List<List<String>> w = want.table(name).rows();
      List<List<String>> g = got.table(name).rows();
      assertThat(g).as(what + " " + name).hasSameSizeAs(w);
      for (int r = 0; r < w.size(); r++) {
        for (int c = 0; c < w.get(r).size(); c++) {
          String x = w.get(r).get(c);
          String y = g.get(r).get(c);
          String where = what + " " + name + " row " + r + " column " + c;
          if (!x.equals(y) && isNumber(x) && isNumber(y)) {
            double v = Double.parseDouble(x);
            assertThat(Double.parseDouble(y))
                .as(where)
                .isCloseTo(v, within(tolerance * Math.max(1, Math.abs(v))));
          } else {
            assertThat(y).as(where).isEqualTo(x);
          }
        }
      }
    }
  }

  private static boolean isNumber(String cell) {
    try {
      Double.parseDouble(cell);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
