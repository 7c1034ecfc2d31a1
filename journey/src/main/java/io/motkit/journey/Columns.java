package io.motkit.journey;

import java.util.Arrays;

/** Growable primitive columns for the reader; trimmed to size when the log is built. */
final class Columns {

  int size;
  int[] journey;
  int[] touchpoint;
  long[] start;
  long[] duration;
  double[] value;
  int[] expectation;

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
  }

  void add(
      int journeyIndex,
      int touchpointCode,
      long startMillis,
      long durationMillis,
      double v,
      int expectationCode) {
    if (size == journey.length) {
      int capacity = Math.max(1024, size + (size >> 1));
      journey = Arrays.copyOf(journey, capacity);
      touchpoint = Arrays.copyOf(touchpoint, capacity);
      start = Arrays.copyOf(start, capacity);
      duration = Arrays.copyOf(duration, capacity);
      value = Arrays.copyOf(value, capacity);
      expectation = Arrays.copyOf(expectation, capacity);
    }
    journey[size] = journeyIndex;
    touchpoint[size] = touchpointCode;
    start[size] = startMillis;
    duration[size] = durationMillis;
    value[size] = v;
    expectation[size] = expectationCode;
    size++;
  }
}
