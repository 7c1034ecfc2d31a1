package io.motkit.journey.read;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Ids numbered in the order they were first added, held as UTF-8 bytes in one array and found by
 * open addressing over a hash of those bytes: a reader finds a journey by the bytes of its field
 * without making a String, and millions of ids cost a few bytes each rather than a String and a map
 * entry each. An id given as text has the hash of its UTF-8 bytes, so both kinds of lookup agree.
 * Not thread-safe; several threads may read a table no one writes.
 */
final class IdTable {

  private byte[] bytes = new byte[1024];

  /** Id {@code i} is bytes [starts[i], starts[i + 1]). */
  private int[] starts = new int[65];

  private int[] hashes = new int[64];
  private int size;

  /** Id number + 1 per slot, 0 for an empty slot; the table is at most half full. */
  private int[] slots = new int[128];

  int size() {
    return size;
  }

  /** The number of the id held in the bytes [from, to) of {@code text}, or -1. */
  int find(byte[] text, int from, int to) {
    return find(text, from, to, hash(text, from, to));
  }

  /** As {@link #find(byte[], int, int)}, with the bytes' {@link #hash} already known. */
  int find(byte[] text, int from, int to, int hash) {
    int mask = slots.length - 1;
    for (int s = hash & mask; ; s = (s + 1) & mask) {
      int id = slots[s] - 1;
      if (id < 0) {
        return -1;
      }
      if (hashes[id] == hash && Arrays.equals(bytes, starts[id], starts[id + 1], text, from, to)) {
        return id;
      }
    }
  }

  /** The number of {@code id}, or -1. */
  int find(String id) {
    if (!ascii(id)) {
      byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
      return find(utf8, 0, utf8.length);
    }
    int hash = hash(id);
    int mask = slots.length - 1;
    for (int s = hash & mask; ; s = (s + 1) & mask) {
      int found = slots[s] - 1;
      if (found < 0) {
        return -1;
      }
      if (hashes[found] == hash && sameAscii(found, id)) {
        return found;
      }
    }
  }

  /** Adds the id held in the bytes [from, to) of {@code text}, not yet added; its number. */
  int add(byte[] text, int from, int to) {
    int length = to - from;
    if (size + 1 == hashes.length) {
      hashes = Arrays.copyOf(hashes, hashes.length * 2);
      starts = Arrays.copyOf(starts, hashes.length + 1);
    }
    int used = starts[size];
    if (used + length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + length));
    }
    System.arraycopy(text, from, bytes, used, length);
    starts[size + 1] = used + length;
    hashes[size] = hash(text, from, to);
    int id = size++;
    if (size * 2 > slots.length) {
      slots = new int[slots.length * 2];
      for (int i = 0; i < size; i++) {
        place(i);
      }
    } else {
      place(id);
    }
    return id;
  }

  /** Adds {@code id}, not yet added; its number. */
  int add(String id) {
    byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
    return add(utf8, 0, utf8.length);
  }

  /** Id {@code i} as text. */
  String get(int i) {
    return new String(bytes, starts[i], starts[i + 1] - starts[i], StandardCharsets.UTF_8);
  }

  /** The hash of id {@code i}, for a lookup of it in another table. */
  int hash(int i) {
    return hashes[i];
  }

  /** The length in bytes of id {@code i}. */
  int length(int i) {
    return starts[i + 1] - starts[i];
  }

  /** Copies the bytes of id {@code i} to {@code target} at {@code at}; the position after them. */
  int copy(int i, byte[] target, int at) {
    int length = length(i);
    System.arraycopy(bytes, starts[i], target, at, length);
    return at + length;
  }

  /** The number here of id {@code i} of {@code other}, or -1. */
  int findFrom(IdTable other, int i) {
    return find(other.bytes, other.starts[i], other.starts[i + 1], other.hashes[i]);
  }

  /** The ids, packed for a finished log. */
  PackedStrings packed() {
    return PackedStrings.of(Arrays.copyOf(bytes, starts[size]), Arrays.copyOf(starts, size + 1));
  }

  private void place(int id) {
    int mask = slots.length - 1;
    int s = hashes[id] & mask;
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = id + 1;
  }

  private boolean sameAscii(int found, String id) {
    int from = starts[found];
    if (starts[found + 1] - from != id.length()) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      if (bytes[from + i] != id.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean ascii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The hash of the bytes [from, to): the same for an id's bytes and for its text. */
  static int hash(byte[] text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + text[i];
    }
    // Spread the bits, as HashMap does, so that the low bits used for the slot vary.
    return h ^ (h >>> 16);
  }

  /** The hash of ASCII text, equal to that of its bytes. */
  private static int hash(String ascii) {
    int h = 0;
    for (int i = 0; i < ascii.length(); i++) {
      h = 31 * h + ascii.charAt(i);
    }
    return h ^ (h >>> 16);
  }
}
