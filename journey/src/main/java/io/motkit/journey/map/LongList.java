package io.motkit.journey.map;

import java.util.Arrays;

/** A growable list of longs, for the gaps of one edge. */
final class LongList implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private long[] values = new long[8];
  private int size;

  void add(long value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  LongList addAll(LongList other) {
    if (size + other.size > values.length) {
      values = Arrays.copyOf(values, Math.max(values.length * 2, size + other.size));
    }
    System.arraycopy(other.values, 0, values, size, other.size);
    size += other.size;
    return this;
  }

  int size() {
    return size;
  }

  /**
   * The median; the mean of the two middle values for an even count. Selected in linear time
   * (quickselect), not sorted: an edge of a large log holds millions of gaps.
   */
  double median() {
    long[] copy = Arrays.copyOf(values, size);
    int mid = size / 2;
    long upper = select(copy, mid);
    if (size % 2 == 1) {
      return upper;
    }
    // After the selection every value left of mid is at most the upper middle one.
    long lower = copy[0];
    for (int i = 1; i < mid; i++) {
      lower = Math.max(lower, copy[i]);
    }
    return (lower + upper) / 2.0;
  }

  /**
   * The k-th smallest value (from 0), leaving smaller or equal values before k and the rest after.
   */
  static long select(long[] a, int k) {
    int left = 0;
    int right = a.length - 1;
    while (right > left) {
      // The median of three as the pivot keeps sorted and reversed input linear.
      int middle = (left + right) >>> 1;
      long pivot = medianOf(a[left], a[middle], a[right]);
      int i = left;
      int j = right;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          long t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        right = j;
      } else if (k >= i) {
        left = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }

  private static long medianOf(long a, long b, long c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }
}
