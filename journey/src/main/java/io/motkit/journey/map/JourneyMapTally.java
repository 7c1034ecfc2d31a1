package io.motkit.journey.map;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.motkit.core.Stage;
import io.motkit.core.Touchpoint;
import io.motkit.core.scoring.SequenceKernel;
import io.motkit.journey.EventLog;
import io.motkit.journey.LoggedJourney;
import io.motkit.journey.internal.ByTouchpoint;
import io.motkit.journey.internal.Segmented;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The tally of a {@link JourneyMapAnalysis}: overall and per segment, per touchpoint its moments,
 * rating sum, starts, ends and summed relative position; per directly-follows pair every gap
 * between the two moments (the map shows their exact median); per distinct path its journeys and
 * score sum; per set of stages reached the journeys. Opaque; made, filled, merged and finished by
 * the analysis.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JourneyMapTally implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The counts, overall and per segment. */
  Segmented<Part> parts = new Segmented<>(new Part());

  /** Whether the variants have a score sum. */
  boolean scored;

  transient @Nullable EventLog kernelLog;
  transient @Nullable SequenceKernel kernel;

  JourneyMapTally() {}

  static final class Node implements Serializable {
    private static final long serialVersionUID = 1L;
    @Nullable String stage;
    long moments;
    double sum;
    long starts;
    long ends;
    long positionSum;

    Node merge(Node other) {
      if (stage == null) {
        stage = other.stage;
      }
      moments += other.moments;
      sum += other.sum;
      starts += other.starts;
      ends += other.ends;
      positionSum += other.positionSum;
      return this;
    }
  }

  static final class Part implements Serializable {
    private static final long serialVersionUID = 1L;
    long journeys;
    ByTouchpoint<Node> nodes = new ByTouchpoint<>();

    /** Gaps by the pair of touchpoint ids. */
    HashMap<List<String>, LongList> edges = new HashMap<>();

    /** Journeys and score sum by path of touchpoint ids. */
    HashMap<List<String>, double[]> variants = new HashMap<>();

    HashMap<List<String>, Long> stageSets = new HashMap<>();

    // Within one log, pairs, paths and stage sets are found by codes, and named once.
    private transient @Nullable EventLog cachedLog;
    private transient HashMap<Long, LongList> edgesByCode = new HashMap<>();
    private transient HashMap<Codes, double[]> variantsByCode = new HashMap<>();
    private transient HashMap<BitSet, List<String>> stageSetNames = new HashMap<>();
    private transient List<String> stageNames = List.of();
    private transient int[] stageOf = new int[0];

    void add(LoggedJourney journey, OptionalDouble score) {
      EventLog log = journey.log();
      int first = journey.firstEvent();
      int end = journey.endEvent();
      if (first == end) {
        return;
      }
      if (cachedLog != log) {
        useLog(log);
      }
      journeys++;
      int size = end - first;
      int[] path = new int[size];
      BitSet stages = new BitSet();
      for (int e = first; e < end; e++) {
        int t = log.touchpointCode(e);
        path[e - first] = t;
        Node node = nodes.get(log, t, Node::new);
        if (node.moments == 0) {
          node.stage = log.touchpoints().get(t).stage().map(Stage::name).orElse(null);
        }
        node.moments++;
        node.sum += log.value(e);
        node.positionSum += MapTally.position(e - first, size);
        if (e == first) {
          node.starts++;
        }
        if (e == end - 1) {
          node.ends++;
        }
        if (stageOf[t] >= 0) {
          stages.set(stageOf[t]);
        }
        if (e + 1 < end) {
          int next = log.touchpointCode(e + 1);
          long key = ((long) t << 32) | next;
          LongList gaps = edgesByCode.get(key);
          if (gaps == null) {
            gaps =
                edges.computeIfAbsent(
                    List.of(log.touchpoints().get(t).id(), log.touchpoints().get(next).id()),
                    k -> new LongList());
            edgesByCode.put(key, gaps);
          }
          gaps.add(log.startMillis(e + 1) - log.startMillis(e));
        }
      }
      List<String> reached = stageSetNames.get(stages);
      if (reached == null) {
        reached = List.copyOf(stages.stream().mapToObj(stageNames::get).toList());
        stageSetNames.put(stages, reached);
      }
      stageSets.merge(reached, 1L, Long::sum);
      Codes codes = new Codes(path);
      double[] variant = variantsByCode.get(codes);
      if (variant == null) {
        List<String> ids = new ArrayList<>(size);
        for (int t : path) {
          ids.add(log.touchpoints().get(t).id());
        }
        variant = variants.computeIfAbsent(List.copyOf(ids), k -> new double[2]);
        variantsByCode.put(codes, variant);
      }
      variant[0]++;
      if (score.isPresent()) {
        variant[1] += score.getAsDouble();
      }
    }

    private void useLog(EventLog log) {
      cachedLog = log;
      edgesByCode = new HashMap<>();
      variantsByCode = new HashMap<>();
      stageSetNames = new HashMap<>();
      TreeSet<String> names = new TreeSet<>();
      for (Touchpoint t : log.touchpoints()) {
        t.stage().ifPresent(s -> names.add(s.name()));
      }
      stageNames = new ArrayList<>(names);
      stageOf = new int[log.touchpoints().size()];
      for (int t = 0; t < stageOf.length; t++) {
        stageOf[t] =
            log.touchpoints().get(t).stage().map(s -> stageNames.indexOf(s.name())).orElse(-1);
      }
    }

    Part merge(Part other) {
      journeys += other.journeys;
      nodes = nodes.merge(other.nodes, Node::merge);
      other.edges.forEach((pair, gaps) -> edges.merge(pair, gaps, LongList::addAll));
      other.variants.forEach(
          (path, v) ->
              variants.merge(
                  path,
                  v,
                  (a, b) -> {
                    a[0] += b[0];
                    a[1] += b[1];
                    return a;
                  }));
      other.stageSets.forEach((set, n) -> stageSets.merge(set, n, Long::sum));
      cachedLog = null;
      return this;
    }

    /** The counts in the form the map is finished from. */
    MapTally counted(boolean scored) {
      MapTally.Builder tally = MapTally.builder().journeys(journeys).putAllStageSets(stageSets);
      nodes
          .byId()
          .forEach(
              (id, n) ->
                  tally.addNodes(
                      NodeTally.of(
                          id,
                          Optional.ofNullable(n.stage),
                          n.moments,
                          n.sum,
                          n.starts,
                          n.ends,
                          n.positionSum)));
      edges.forEach(
          (pair, gaps) ->
              tally.addEdges(EdgeTally.of(pair.get(0), pair.get(1), gaps.size(), gaps.median())));
      variants.forEach(
          (path, v) ->
              tally.addVariants(
                  VariantTally.of(
                      path,
                      (long) v[0],
                      scored ? OptionalDouble.of(v[1]) : OptionalDouble.empty())));
      return tally.build();
    }

    private void readObject(java.io.ObjectInputStream in)
        throws java.io.IOException, ClassNotFoundException {
      in.defaultReadObject();
      edgesByCode = new HashMap<>();
      variantsByCode = new HashMap<>();
      stageSetNames = new HashMap<>();
      stageNames = List.of();
      stageOf = new int[0];
    }
  }

  /** A path as touchpoint codes of one log, hashed once. */
  private static final class Codes {
    final int[] codes;
    private final int hash;

    Codes(int[] codes) {
      this.codes = codes;
      this.hash = Arrays.hashCode(codes);
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Codes && Arrays.equals(codes, ((Codes) other).codes);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
