package io.motkit.journey.read;

import java.util.Arrays;

/**
 * Codes looked up by the bytes of a field, so that a reader can find a touchpoint or an attribute
 * value it has seen without making a String of the field. Not thread-safe; one per reader of a
 * part.
 */
final class ByteKeys {

  private final IdTable keys = new IdTable();
  private int[] values = new int[16];

  /** The code stored for the bytes [from, to) of {@code text}, or -1. */
  int get(byte[] text, int from, int to) {
    int key = keys.find(text, from, to);
    return key < 0 ? -1 : values[key];
  }

  /**
   * Stores {@code value} for the bytes [from, to) of {@code text}, which must not be stored yet.
   */
  void put(byte[] text, int from, int to, int value) {
    int key = keys.add(text, from, to);
    if (key == values.length) {
      values = Arrays.copyOf(values, key * 2);
    }
    values[key] = value;
  }
}
