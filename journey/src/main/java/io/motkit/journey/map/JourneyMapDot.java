package io.motkit.journey.map;

import java.util.Locale;

/** The journey map as a Graphviz DOT graph. */
final class JourneyMapDot {

  private JourneyMapDot() {}

  static String of(JourneyMap map) {
    StringBuilder dot =
        new StringBuilder(
            "digraph journey_map {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n");
    for (MapNode n : map.nodes()) {
      dot.append(
          String.format(
              Locale.ROOT,
              "  \"%s\" [label=\"%s\\nn=%d, mean %.2f\"];%n",
              escape(n.touchpoint()),
              escape(n.touchpoint()),
              n.moments(),
              n.meanExperience()));
    }
    for (MapEdge e : map.edges()) {
      dot.append(
          String.format(
              Locale.ROOT,
              "  \"%s\" -> \"%s\" [label=\"%d (%.0f%%)\", penwidth=%.2f];%n",
              escape(e.from()),
              escape(e.to()),
              e.count(),
              100 * e.probability(),
              1 + 4 * e.probability()));
    }
    return dot.append("}\n").toString();
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
