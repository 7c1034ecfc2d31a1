package io.motkit.journey.map;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where the journey map's nodes are drawn: layers from left to right, lanes within a layer. */
final class MapLayout {

  private MapLayout() {}

  /**
   * The layered layout of the nodes, in their order: {layer, lane} each. A node joins the current
   * layer unless an edge links it with a node already there; single-node layers alternate lanes.
   */
  static int[][] of(List<NodeTally> order, List<EdgeTally> edges) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      index.put(order.get(i).touchpoint(), i);
    }
    // Neighbours by node, so that memory and time grow with the edges, not with the square of
    // the touchpoints.
    List<List<Integer>> neighbours = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      neighbours.add(new ArrayList<>());
    }
    for (EdgeTally e : edges) {
      int a = requireNonNull(index.get(e.from()));
      int b = requireNonNull(index.get(e.to()));
      neighbours.get(a).add(b);
      neighbours.get(b).add(a);
    }
    int[] layerOf = new int[order.size()];
    java.util.Arrays.fill(layerOf, -1);
    List<List<Integer>> layers = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      boolean fits = !layers.isEmpty();
      int current = layers.size() - 1;
      for (int other : neighbours.get(i)) {
        fits &= layerOf[other] != current;
      }
      if (!fits) {
        layers.add(new ArrayList<>());
      }
      layers.get(layers.size() - 1).add(i);
      layerOf[i] = layers.size() - 1;
    }
    int[][] layout = new int[order.size()][];
    for (int l = 0; l < layers.size(); l++) {
      List<Integer> members = layers.get(l);
      for (int k = 0; k < members.size(); k++) {
        layout[members.get(k)] = new int[] {l, members.size() == 1 ? l % 2 : k};
      }
    }
    return layout;
  }
}
