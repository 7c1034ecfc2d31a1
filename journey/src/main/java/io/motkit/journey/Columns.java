package io.motkit.journey;

import java.util.Arrays;

/** Growable primitive columns for the reader; trimmed to size when the log is built. */
final class Columns {

  int size;
  int[] journey = new int[1024];
  int[] touchpoint = new int[1024];
  long[] start = new long[1024];
  long[] duration = new long[1024];
  double[] value = new double[1024];
  int[] expectation = new int[1024];

  void add(int journeyIndex, int touchpointCode, long startMillis, long durationMillis, double v, int expectationCode) {
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
