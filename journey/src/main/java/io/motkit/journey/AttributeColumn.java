package io.motkit.journey;

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

  /** Drops the codes, once they have been copied elsewhere; the dictionary stays. */
  void release() {
    codes = new int[0];
  }

  void add(int row, String text) {
    if (row == codes.length) {
      codes = Arrays.copyOf(codes, Math.max(1024, row + (row >> 1)));
    }
    if (text.isEmpty()) {
      codes[row] = -1;
      return;
    }
    Integer code = lookup.get(text);
    if (code == null) {
      code = dictionary.size();
      dictionary.add(text);
      lookup.put(text, code);
    }
    codes[row] = code;
  }
}
