package io.motkit.journey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One extra input column, its values interned: a code per row into a dictionary. */
final class AttributeColumn {

  final String name;
  int[] codes = new int[1024];
  final List<String> dictionary = new ArrayList<>();
  private final Map<String, Integer> lookup = new HashMap<>();

  AttributeColumn(String name) {
    this.name = name;
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
