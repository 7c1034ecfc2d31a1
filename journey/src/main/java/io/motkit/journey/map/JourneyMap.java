package io.motkit.journey.map;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
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
    int[][] layout = MapLayout.of(nodeOrder, tally.edges());
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
            .thenComparing(VariantTally::path, PathOrder::compare);
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
    return JourneyMapJson.tree(this).toPrettyString();
  }

  /**
   * The directly-follows graph in Graphviz DOT: nodes labelled with count and mean experience,
   * edges with count and probability.
   *
   * @return the directly-follows graph in Graphviz DOT: nodes labelled with count and mean
   *     experience, edges with count and probability
   */
  public final String toDot() {
    return JourneyMapDot.of(this);
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
}
