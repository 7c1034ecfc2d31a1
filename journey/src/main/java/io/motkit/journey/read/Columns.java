package io.motkit.journey.read;

import java.util.Arrays;

/**
 * Growable primitive columns for the reader; trimmed to size when the log is built. A slice writes
 * rows [offset, offset + capacity) of arrays it shares with the whole, so that parts of a file read
 * in parallel fill one set of columns and nothing is copied row by row afterwards.
 */
final class Columns {

  int size;
  int[] journey;
  int[] touchpoint;
  long[] start;
  long[] duration;
  double[] value;
  int[] expectation;

  /** Where this slice's first row is in the arrays; 0 for columns of their own. */
  final int offset;

  /** The most rows a slice may hold; a slice does not grow. */
  private final int limit;

  Columns() {
    this(1024);
  }

  /** Columns with room for {@code capacity} rows, so that a merge of known size never grows. */
  Columns(int capacity) {
    journey = new int[capacity];
    touchpoint = new int[capacity];
    start = new long[capacity];
    duration = new long[capacity];
    value = new double[capacity];
    expectation = new int[capacity];
    offset = 0;
    limit = -1;
  }

  private Columns(Columns whole, int offset, int capacity) {
    journey = whole.journey;
    touchpoint = whole.touchpoint;
    start = whole.start;
    duration = whole.duration;
    value = whole.value;
    expectation = whole.expectation;
    this.offset = offset;
    this.limit = capacity;
  }

  /** Rows [offset, offset + capacity) of this column set, to be filled by one reader. */
  Columns slice(int offset, int capacity) {
    return new Columns(this, offset, capacity);
  }

  /** The rows these columns hold before growing; a slice never grows. */
  int capacity() {
    return limit >= 0 ? limit : journey.length;
  }

  void add(
      int journeyIndex,
      int touchpointCode,
      long startMillis,
      long durationMillis,
      double v,
      int expectationCode) {
    if (limit >= 0) {
      if (size == limit) {
        throw new IllegalStateException("a slice of " + limit + " rows is full");
      }
    } else if (size == journey.length) {
      int capacity = Math.max(1024, size + (size >> 1));
      journey = Arrays.copyOf(journey, capacity);
      touchpoint = Arrays.copyOf(touchpoint, capacity);
      start = Arrays.copyOf(start, capacity);
      duration = Arrays.copyOf(duration, capacity);
      value = Arrays.copyOf(value, capacity);
      expectation = Arrays.copyOf(expectation, capacity);
    }
    int at = offset + size;
    journey[at] = journeyIndex;
    touchpoint[at] = touchpointCode;
    start[at] = startMillis;
    duration[at] = durationMillis;
    value[at] = v;
    expectation[at] = expectationCode;
    size++;
  }

  /** Moves {@code count} rows from {@code from} to {@code to} in every column. */
  void move(int from, int to, int count) {
    System.arraycopy(journey, from, journey, to, count);
    System.arraycopy(touchpoint, from, touchpoint, to, count);
    System.arraycopy(start, from, start, to, count);
    System.arraycopy(duration, from, duration, to, count);
    System.arraycopy(value, from, value, to, count);
    System.arraycopy(expectation, from, expectation, to, count);
  }
}
