package io.motkit.journey.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One extra input column, its values interned: a code per row into a dictionary. */
final class AttributeColumn {

  final String name;
  int[] codes;
  final List<String> dictionary = new ArrayList<>();
  private final Map<String, Integer> lookup = new HashMap<>();

  AttributeColumn(String name) {
    this(name, 1024);
  }

  AttributeColumn(String name, int capacity) {
    this.name = name;
    this.codes = new int[Math.max(1, capacity)];
  }

  void add(int row, String text) {
    set(row, text.isEmpty() ? -1 : intern(text));
  }

  /** The code of a non-empty value, added to the dictionary when new. */
  int intern(String text) {
    Integer code = lookup.get(text);
    if (code == null) {
      code = dictionary.size();
      dictionary.add(text);
      lookup.put(text, code);
    }
    return code;
  }

  /** Sets the code of {@code row}, -1 for an empty value. */
  void set(int row, int code) {
    if (row >= codes.length) {
      codes = Arrays.copyOf(codes, Math.max(Math.max(1024, row + 1), row + (row >> 1)));
    }
    codes[row] = code;
  }
}
