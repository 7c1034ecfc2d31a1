package io.motkit.journey;

import java.util.Arrays;

/**
 * Codes looked up by the bytes of a field, so that a reader can find a touchpoint or an attribute
 * value it has seen without making a String of the field: open addressing over a hash of the bytes,
 * the keys copied into one array. Not thread-safe; one per reader of a part.
 */
final class ByteKeys {

  private byte[] keys = new byte[256];
  private int used;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int[] hashes = new int[16];
  private int[] values = new int[16];
  private int size;

  /** Entry number + 1 per slot, 0 for an empty slot; the table is at most half full. */
  private int[] slots = new int[32];

  /** The code stored for the bytes [from, to) of {@code text}, or -1. */
  int get(byte[] text, int from, int to) {
    int hash = hash(text, from, to);
    int mask = slots.length - 1;
    for (int s = hash & mask; ; s = (s + 1) & mask) {
      int entry = slots[s] - 1;
      if (entry < 0) {
        return -1;
      }
      if (hashes[entry] == hash
          && Arrays.equals(keys, starts[entry], ends[entry], text, from, to)) {
        return values[entry];
      }
    }
  }

  /**
   * Stores {@code value} for the bytes [from, to) of {@code text}, which must not be stored yet.
   */
  void put(byte[] text, int from, int to, int value) {
    if (size == values.length) {
      int capacity = size * 2;
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      hashes = Arrays.copyOf(hashes, capacity);
      values = Arrays.copyOf(values, capacity);
    }
    int length = to - from;
    if (used + length > keys.length) {
      keys = Arrays.copyOf(keys, Math.max(keys.length * 2, used + length));
    }
    System.arraycopy(text, from, keys, used, length);
    starts[size] = used;
    ends[size] = used + length;
    used += length;
    hashes[size] = hash(text, from, to);
    values[size] = value;
    size++;
    if (size * 2 > slots.length) {
      slots = new int[slots.length * 2];
      for (int e = 0; e < size; e++) {
        place(e);
      }
    } else {
      place(size - 1);
    }
  }

  private void place(int entry) {
    int mask = slots.length - 1;
    int s = hashes[entry] & mask;
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = entry + 1;
  }

  private static int hash(byte[] text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + text[i];
    }
    // Spread the bits, as HashMap does, so that the low bits used for the slot vary.
    return h ^ (h >>> 16);
  }
}
