package io.motkit.spark;

import io.motkit.core.Scale;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.spark.sql.Row;

/**
 * Walks the rows of a partition sorted by journey and time, and hands each journey's moments over
 * as primitive arrays: the same arrays motkit's kernels read in an event log, and no object per
 * moment. Rows are (journey, epoch millis, touchpoint, value, duration millis).
 */
final class JourneyRows {

  /** One journey's moments, valid until the next journey is read. */
  static final class Moments {
    String journey;
    int size;
    double[] values = new double[16];
    long[] starts = new long[16];
    long[] durations = new long[16];
    String[] touchpoints = new String[16];

    /** Expected, adequate and desired per moment, NaN where absent; read only when asked for. */
    double[][] expectations = new double[16][];

    void add(long start, String touchpoint, double value, long duration) {
      if (size == values.length) {
        int grown = size * 2;
        values = Arrays.copyOf(values, grown);
        starts = Arrays.copyOf(starts, grown);
        durations = Arrays.copyOf(durations, grown);
        touchpoints = Arrays.copyOf(touchpoints, grown);
        expectations = Arrays.copyOf(expectations, grown);
      }
      values[size] = value;
      starts[size] = start;
      durations[size] = duration;
      touchpoints[size] = touchpoint;
      size++;
    }
  }

  private JourneyRows() {}

  private static double level(Row row, int column) {
    return row.isNullAt(column) ? Double.NaN : row.getDouble(column);
  }

  /**
   * Calls {@code sink} once per journey of {@code rows}.
   *
   * @throws IllegalArgumentException naming the journey if a row lacks a time, touchpoint or value,
   *     or a value is off {@code scale}
   */
  static void forEachJourney(Iterator<Row> rows, Scale scale, Consumer<Moments> sink) {
    forEachJourney(rows, scale, false, sink);
  }

  /**
   * As {@link #forEachJourney(Iterator, Scale, Consumer)}; with {@code expectations}, columns 5 to
   * 7 are the expected, adequate and desired levels.
   */
  static void forEachJourney(
      Iterator<Row> rows, Scale scale, boolean expectations, Consumer<Moments> sink) {
    Moments moments = new Moments();
    while (rows.hasNext()) {
      Row row = rows.next();
      if (row.isNullAt(0)) {
        throw new IllegalArgumentException("an event has no journey id");
      }
      String journey = row.getString(0);
      if (!journey.equals(moments.journey)) {
        if (moments.journey != null) {
          sink.accept(moments);
        }
        moments.journey = journey;
        moments.size = 0;
      }
      if (row.isNullAt(1) || row.isNullAt(2) || row.isNullAt(3)) {
        throw new IllegalArgumentException(
            "journey '"
                + journey
                + "': an event lacks its timestamp, touchpoint or value (or it could not be read)");
      }
      double value = row.getDouble(3);
      if (!scale.contains(value)) {
        throw new IllegalArgumentException(
            "journey '" + journey + "': value " + value + " is outside the scale " + scale);
      }
      long duration = row.isNullAt(4) ? 0 : row.getLong(4);
      if (duration < 0) {
        throw new IllegalArgumentException("journey '" + journey + "': a duration is negative");
      }
      moments.add(row.getLong(1), row.getString(2), value, duration);
      if (expectations) {
        moments.expectations[moments.size - 1] =
            new double[] {level(row, 5), level(row, 6), level(row, 7)};
      }
    }
    if (moments.journey != null) {
      sink.accept(moments);
    }
  }
}
