package io.motkit.journey.read;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Many short strings (journey ids, customer ids) held as one UTF-8 byte array with offsets: about a
 * dozen bytes per id instead of a String object each, which matters at millions of journeys. An
 * absent value (null) has no bytes and a negative length mark. Immutable.
 */
public final class PackedStrings {

  private final byte[] bytes;
  private final int[] starts;
  private final boolean @Nullable [] absent;

  private PackedStrings(byte[] bytes, int[] starts, boolean @Nullable [] absent) {
    this.bytes = bytes;
    this.starts = starts;
    this.absent = absent;
  }

  public static PackedStrings of(List<String> values) {
    int n = values.size();
    int[] starts = new int[n + 1];
    boolean[] absent = null;
    byte[][] encoded = new byte[n][];
    int total = 0;
    for (int i = 0; i < n; i++) {
      String value = values.get(i);
      if (value == null) {
        if (absent == null) {
          absent = new boolean[n];
        }
        absent[i] = true;
        encoded[i] = new byte[0];
      } else {
        encoded[i] = value.getBytes(StandardCharsets.UTF_8);
      }
      starts[i] = total;
      total += encoded[i].length;
    }
    starts[n] = total;
    byte[] bytes = new byte[total];
    for (int i = 0; i < n; i++) {
      System.arraycopy(encoded[i], 0, bytes, starts[i], encoded[i].length);
    }
    return new PackedStrings(bytes, starts, absent);
  }

  /** Values none of which is absent: value {@code i} is bytes [starts[i], starts[i + 1]). */
  public static PackedStrings of(byte[] bytes, int[] starts) {
    return new PackedStrings(bytes, starts, null);
  }

  public static PackedStrings of(String[] values) {
    return of(Arrays.asList(values));
  }

  public int size() {
    return starts.length - 1;
  }

  /** The value at {@code i}, or null if absent. */
  public @Nullable String get(int i) {
    if (absent != null && absent[i]) {
      return null;
    }
    return new String(bytes, starts[i], starts[i + 1] - starts[i], StandardCharsets.UTF_8);
  }

  /** Whether every value is absent. */
  boolean allAbsent() {
    if (absent == null) {
      return size() == 0;
    }
    for (boolean a : absent) {
      if (!a) {
        return false;
      }
    }
    return true;
  }
}
