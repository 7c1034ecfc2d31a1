package io.motkit.journey.map;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The aggregate map of many journeys: the directly-follows graph of touchpoints ({@link #nodes()},
 * {@link #edges()}), the most common paths ({@link #variants()}), and drop-off per stage ({@link
 * #stages()}), exportable as JSON and as Graphviz DOT.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class JourneyMap {

  JourneyMap() {}

  /**
   * Journeys mapped.
   *
   * @return journeys mapped
   */
  public abstract long journeys();

  /**
   * The touchpoints, by their mean relative position in the journeys (0 first, 1 last), ties by id;
   * never by the order of rows in a file.
   *
   * @return the touchpoints, by their mean relative position in the journeys (0 first, 1 last),
   *     ties by id; never by the order of rows in a file
   */
  public abstract List<MapNode> nodes();

  /**
   * The directly-follows relations, most frequent first.
   *
   * @return the directly-follows relations, most frequent first
   */
  public abstract List<MapEdge> edges();

  /**
   * The most common paths, most frequent first.
   *
   * @return the most common paths, most frequent first
   */
  public abstract List<Variant> variants();

  /**
   * Distinct paths in all.
   *
   * @return distinct paths in all
   */
  public abstract long variantCount();

  /**
   * Drop-off per stage, in stage order; empty when no touchpoint has a stage. Stage order is given
   * by the caller, or else found from the journeys themselves: stages are ranked by the mean
   * relative position (0 at a journey's first moment, 1 at its last) of their moments, ties by
   * name. It never depends on the order of rows in a file.
   *
   * @return drop-off per stage, in stage order; empty when no touchpoint has a stage
   */
  public abstract List<StageDropOff> stages();

  /**
   * The layered layout of the nodes, in their order: {layer, lane} each. A node joins the current
   * layer unless an edge links it with a node already there; single-node layers alternate lanes.
   */
  private static int[][] layout(List<NodeTally> order, List<EdgeTally> edges) {
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

  /**
   * The map finished from counts: nodes by mean relative position, edges by count, the {@code
   * topVariants} most common paths, stages in {@code stageOrder} or by position.
   *
   * @throws IllegalArgumentException if a stage repeats in {@code stageOrder}, or a stage of the
   *     tally is missing from a non-empty {@code stageOrder}
   */
  static JourneyMap finish(MapTally tally, int topVariants, List<String> stageOrder) {
    if (topVariants < 0) {
      throw new IllegalArgumentException("topVariants must not be negative, found " + topVariants);
    }
    Map<String, NodeTally> nodes = new TreeMap<>();
    tally.nodes().forEach(n -> nodes.put(n.touchpoint(), n));
    ImmutableJourneyMap.Builder map = ImmutableJourneyMap.builder().journeys(tally.journeys());
    List<NodeTally> nodeOrder = new ArrayList<>(nodes.values());
    nodeOrder.sort(
        Comparator.comparingDouble((NodeTally n) -> n.positionUnits() / (double) n.moments())
            .thenComparing(NodeTally::touchpoint));
    int[][] layout = layout(nodeOrder, tally.edges());
    for (int i = 0; i < nodeOrder.size(); i++) {
      NodeTally n = nodeOrder.get(i);
      map.addNodes(
          ImmutableMapNode.builder()
              .layer(layout[i][0])
              .lane(layout[i][1])
              .touchpoint(n.touchpoint())
              .stage(n.stage())
              .moments(n.moments())
              .meanExperience(n.valueSum() / n.moments())
              .starts(n.starts())
              .ends(n.ends())
              .endProbability(n.ends() / (double) n.moments())
              .build());
    }
    List<MapEdge> edges = new ArrayList<>();
    for (EdgeTally e : tally.edges()) {
      edges.add(
          ImmutableMapEdge.builder()
              .from(e.from())
              .to(e.to())
              .count(e.count())
              .probability(e.count() / (double) requireNonNull(nodes.get(e.from())).moments())
              .medianSeconds(e.medianMillis() / 1000.0)
              .build());
    }
    edges.sort(
        Comparator.comparingLong(MapEdge::count)
            .reversed()
            .thenComparing(MapEdge::from)
            .thenComparing(MapEdge::to));
    map.addAllEdges(edges);
    // Most frequent first; ties go to the shorter path, then to the touchpoint ids in order. Only
    // the first few are kept, so they are selected, not all sorted.
    Comparator<VariantTally> variantOrder =
        Comparator.comparingLong((VariantTally v) -> -v.journeys())
            .thenComparingInt(v -> v.path().size())
            .thenComparing(VariantTally::path, JourneyMap::comparePaths);
    List<VariantTally> top = first(tally.variants(), topVariants, variantOrder);
    for (VariantTally v : top) {
      map.addVariants(
          ImmutableVariant.builder()
              .addAllPath(v.path())
              .journeys(v.journeys())
              .share(v.journeys() / (double) tally.journeys())
              .meanScore(
                  v.scoreSum().isPresent()
                      ? OptionalDouble.of(v.scoreSum().getAsDouble() / v.journeys())
                      : OptionalDouble.empty())
              .build());
    }
    map.variantCount(tally.variants().size());
    List<String> stageNames = orderedStages(nodeOrder, stageOrder);
    long[] furthest = new long[stageNames.size()];
    for (Map.Entry<List<String>, Long> set : tally.stageSets().entrySet()) {
      int deepest = -1;
      for (String stage : set.getKey()) {
        deepest = Math.max(deepest, stageNames.indexOf(stage));
      }
      if (deepest >= 0) {
        furthest[deepest] += set.getValue();
      }
    }
    long reached = 0;
    for (long f : furthest) {
      reached += f;
    }
    for (int k = 0; k < stageNames.size(); k++) {
      long stopped = furthest[k];
      map.addStages(
          ImmutableStageDropOff.builder()
              .stage(stageNames.get(k))
              .reached(reached)
              .stoppedHere(stopped)
              .dropOffShare(reached == 0 ? 0 : stopped / (double) reached)
              .build());
      reached -= stopped;
    }
    return map.build();
  }

  /**
   * The stages in journey order: {@code given} checked against the nodes, or ranked by the mean
   * relative position of their moments within their journeys, ties by name.
   */
  private static List<String> orderedStages(List<NodeTally> nodes, List<String> given) {
    Set<String> present = new TreeSet<>();
    Map<String, long[]> positions = new TreeMap<>();
    for (NodeTally n : nodes) {
      n.stage()
          .ifPresent(
              stage -> {
                present.add(stage);
                long[] p = positions.computeIfAbsent(stage, k -> new long[2]);
                p[0] += n.positionUnits();
                p[1] += n.moments();
              });
    }
    if (!given.isEmpty()) {
      Set<String> seen = new HashSet<>();
      for (String name : given) {
        if (!seen.add(name)) {
          throw new IllegalArgumentException(
              "stage '" + name + "' is listed twice in the stage order " + given);
        }
      }
      for (String name : present) {
        if (!seen.contains(name)) {
          throw new IllegalArgumentException(
              "stage '" + name + "' occurs in the journeys but not in the stage order " + given);
        }
      }
      return List.copyOf(given);
    }
    List<String> ordered = new ArrayList<>(present);
    ordered.sort(
        Comparator.comparingDouble(
                (String stage) ->
                    requireNonNull(positions.get(stage))[0]
                        / (double) requireNonNull(positions.get(stage))[1])
            .thenComparing(stage -> stage));
    return ordered;
  }

  /**
   * The map as JSON text with {@code journeys}, {@code nodes}, {@code edges}, {@code variants} and
   * {@code stages}.
   *
   * @return the map as JSON text with {@code journeys}, {@code nodes}, {@code edges}, {@code
   *     variants} and {@code stages}
   */
  public final String toJson() {
    return tree().toPrettyString();
  }

  private ObjectNode tree() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("journeys", journeys());
    root.put("variant_count", variantCount());
    ArrayNode nodes = root.putArray("nodes");
    for (MapNode n : nodes()) {
      ObjectNode node = nodes.addObject();
      node.put("touchpoint", n.touchpoint());
      n.stage().ifPresent(s -> node.put("stage", s));
      node.put("moments", n.moments());
      node.put("mean_experience", n.meanExperience());
      node.put("starts", n.starts());
      node.put("ends", n.ends());
      node.put("end_probability", n.endProbability());
      node.put("layer", n.layer());
      node.put("lane", n.lane());
    }
    ArrayNode edges = root.putArray("edges");
    for (MapEdge e : edges()) {
      ObjectNode edge = edges.addObject();
      edge.put("from", e.from());
      edge.put("to", e.to());
      edge.put("count", e.count());
      edge.put("probability", e.probability());
      edge.put("median_seconds", e.medianSeconds());
    }
    ArrayNode variants = root.putArray("variants");
    for (Variant v : variants()) {
      ObjectNode variant = variants.addObject();
      ArrayNode path = variant.putArray("path");
      v.path().forEach(path::add);
      variant.put("journeys", v.journeys());
      variant.put("share", v.share());
      v.meanScore().ifPresent(s -> variant.put("mean_score", s));
    }
    ArrayNode stages = root.putArray("stages");
    for (StageDropOff s : stages()) {
      ObjectNode stage = stages.addObject();
      stage.put("stage", s.stage());
      stage.put("reached", s.reached());
      stage.put("stopped_here", s.stoppedHere());
      stage.put("drop_off_share", s.dropOffShare());
    }
    return root;
  }

  /**
   * The directly-follows graph in Graphviz DOT: nodes labelled with count and mean experience,
   * edges with count and probability.
   *
   * @return the directly-follows graph in Graphviz DOT: nodes labelled with count and mean
   *     experience, edges with count and probability
   */
  public final String toDot() {
    StringBuilder dot =
        new StringBuilder(
            "digraph journey_map {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n");
    for (MapNode n : nodes()) {
      dot.append(
          String.format(
              Locale.ROOT,
              "  \"%s\" [label=\"%s\\nn=%d, mean %.2f\"];%n",
              escape(n.touchpoint()),
              escape(n.touchpoint()),
              n.moments(),
              n.meanExperience()));
    }
    for (MapEdge e : edges()) {
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

  /** A path of touchpoint codes, equal by content. */
  /** The first {@code count} of {@code items} in {@code order}, sorted; a heap of that many. */
  private static <T> List<T> first(List<T> items, int count, Comparator<T> order) {
    if (count == 0) {
      return List.of();
    }
    PriorityQueue<T> kept = new PriorityQueue<>(count + 1, order.reversed());
    for (T item : items) {
      if (kept.size() < count) {
        kept.add(item);
      } else if (order.compare(item, kept.peek()) < 0) {
        kept.poll();
        kept.add(item);
      }
    }
    List<T> result = new ArrayList<>(kept);
    result.sort(order);
    return result;
  }

  /**
   * Paths in the order of their ids joined with NUL, compared without joining them: the separator
   * sorts before any other character.
   */
  static int comparePaths(List<String> a, List<String> b) {
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

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
