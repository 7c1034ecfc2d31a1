package io.motkit.journey.map;

import java.util.List;

/** The order of the map's variants with equal counts: by their touchpoint ids, in path order. */
final class PathOrder {

  private PathOrder() {}

  /**
   * Paths in the order of their ids joined with NUL, compared without joining them: the separator
   * sorts before any other character.
   */
  static int compare(List<String> a, List<String> b) {
    int i = 0;
    int j = 0;
    int ci = 0;
    int cj = 0;
    while (true) {
      int x = next(a, i, ci);
      int y = next(b, j, cj);
      if (x != y || x < 0) {
        return Integer.compare(x, y);
      }
      if (ci < a.get(i).length()) {
        ci++;
      } else {
        i++;
        ci = 0;
      }
      if (cj < b.get(j).length()) {
        cj++;
      } else {
        j++;
        cj = 0;
      }
    }
  }

  /**
   * The character at position {@code c} of id {@code i} in the joined text: the separator (0) after
   * each id but the last, -1 at the end.
   */
  private static int next(List<String> path, int i, int c) {
    if (i >= path.size()) {
      return -1;
    }
    String id = path.get(i);
    if (c < id.length()) {
      return id.charAt(c);
    }
    return i + 1 < path.size() ? 0 : -1;
  }
}
