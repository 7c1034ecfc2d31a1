package io.motkit.journey.map;

import java.util.Arrays;

/** A growable list of longs, for the gaps of one edge. */
final class LongList {

  private long[] values = new long[8];
  private int size;

  void add(long value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  int size() {
    return size;
  }

  /** The median; the mean of the two middle values for an even count. */
  double median() {
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int mid = size / 2;
    return size % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
  }
}
