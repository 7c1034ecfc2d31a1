package io.motkit.journey;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.motkit.journey.read.LogColumns;
import io.motkit.journey.read.PackedStrings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * New logs from an {@link EventLog}: with outcomes, without some journeys, with one touchpoint's
 * values shifted, split into segments, or the same events under other journey boundaries. The
 * columns that do not change are shared, not copied.
 */
final class LogTransforms {

  private LogTransforms() {}

  static EventLog withOutcomes(EventLog log, Map<String, Map<String, Double>> byJourney) {
    Map<String, double[]> merged = new LinkedHashMap<>();
    log.columns().outcomes.forEach((k, v) -> merged.put(k, v.clone()));
    for (Map.Entry<String, Map<String, Double>> journey : byJourney.entrySet()) {
      Integer j = log.journeyIndex().get(journey.getKey());
      checkArgument(
          j != null,
          "log.columns().outcomes name journey '%s', which is not in the log",
          journey.getKey());
      for (Map.Entry<String, Double> outcome : journey.getValue().entrySet()) {
        checkArgument(
            Double.isFinite(outcome.getValue()),
            "journey '%s': outcome '%s' is not finite: %s",
            journey.getKey(),
            outcome.getKey(),
            outcome.getValue());
        double[] column =
            merged.computeIfAbsent(
                outcome.getKey(),
                k -> {
                  double[] c = new double[log.columns().journeyIds.size()];
                  Arrays.fill(c, Double.NaN);
                  return c;
                });
        column[j] = outcome.getValue();
      }
    }
    return sharing(
        log,
        log.columns().journeyIds,
        log.columns().customers,
        log.columns().offsets,
        log.columns().value,
        Collections.unmodifiableMap(merged));
  }

  static EventLog without(EventLog log, java.util.Set<String> journeys) {
    if (journeys.isEmpty()) {
      return log;
    }
    return select(
        log,
        IntStream.range(0, log.columns().journeyIds.size())
            .filter(j -> !journeys.contains(log.columns().journeyIds.get(j)))
            .toArray());
  }

  static EventLog withTouchpointShifted(EventLog log, int code, double delta) {
    double[] shifted = log.columns().value.clone();
    for (int e = 0; e < shifted.length; e++) {
      if (log.columns().touchpoint[e] == code) {
        shifted[e] =
            Math.max(
                log.columns().scale.min(), Math.min(log.columns().scale.max(), shifted[e] + delta));
      }
    }
    return sharing(
        log,
        log.columns().journeyIds,
        log.columns().customers,
        log.columns().offsets,
        shifted,
        log.columns().outcomes);
  }

  static java.util.SortedMap<String, EventLog> segments(EventLog log, String attribute) {
    Map<String, List<Integer>> members = new java.util.TreeMap<>();
    for (int j = 0; j < log.columns().journeyIds.size(); j++) {
      int journey = j;
      log.journeyAttribute(attribute, j)
          .ifPresent(v -> members.computeIfAbsent(v, k -> new ArrayList<>()).add(journey));
    }
    java.util.SortedMap<String, EventLog> segments = new java.util.TreeMap<>();
    members.forEach(
        (v, js) -> segments.put(v, select(log, js.stream().mapToInt(Integer::intValue).toArray())));
    return Collections.unmodifiableSortedMap(segments);
  }

  static EventLog withoutTouchpoints(EventLog log, java.util.Set<String> touchpoints) {
    boolean[] keep = new boolean[log.columns().touchpoints.length];
    boolean any = false;
    for (int t = 0; t < keep.length; t++) {
      keep[t] = !touchpoints.contains(log.columns().touchpoints[t].id());
      any |= !keep[t];
    }
    if (!any) {
      return log;
    }
    int[] all = IntStream.range(0, log.columns().journeyIds.size()).toArray();
    for (int j : all) {
      boolean kept = false;
      for (int e = log.columns().offsets[j]; e < log.columns().offsets[j + 1] && !kept; e++) {
        kept = keep[log.columns().touchpoint[e]];
      }
      if (!kept) {
        throw new IllegalArgumentException(
            "journey '"
                + log.columns().journeyIds.get(j)
                + "' has no moment besides "
                + new java.util.TreeSet<>(touchpoints)
                + ", so nothing of it is left to score");
      }
    }
    return select(log, all, keep);
  }

  static EventLog select(EventLog log, int[] journeys) {
    return select(log, journeys, null);
  }

  /** The journeys given, each with the events of the touchpoints kept (all when null). */
  private static EventLog select(EventLog log, int[] journeys, boolean @Nullable [] keep) {
    int events = 0;
    for (int j : journeys) {
      for (int e = log.columns().offsets[j]; e < log.columns().offsets[j + 1]; e++) {
        events += keep == null || keep[log.columns().touchpoint[e]] ? 1 : 0;
      }
    }
    int[] newOffsets = new int[journeys.length + 1];
    String[] ids = new String[journeys.length];
    String[] cust = new String[journeys.length];
    int[] tp = new int[events];
    long[] st = new long[events];
    long[] du = new long[events];
    double[] va = new double[events];
    int[] ex = new int[events];
    int[][] codes = new int[log.columns().attributeNames.length][events];
    Map<String, double[]> subOutcomes = new LinkedHashMap<>();
    log.columns().outcomes.forEach((k, v) -> subOutcomes.put(k, new double[journeys.length]));
    int at = 0;
    for (int i = 0; i < journeys.length; i++) {
      int j = journeys[i];
      ids[i] = log.columns().journeyIds.get(j);
      cust[i] = log.columns().customers.get(j);
      newOffsets[i] = at;
      for (int e = log.columns().offsets[j]; e < log.columns().offsets[j + 1]; e++) {
        if (keep != null && !keep[log.columns().touchpoint[e]]) {
          continue;
        }
        tp[at] = log.columns().touchpoint[e];
        st[at] = log.columns().start[e];
        du[at] = log.columns().duration[e];
        va[at] = log.columns().value[e];
        ex[at] = log.columns().expectation[e];
        for (int a = 0; a < log.columns().attributeNames.length; a++) {
          codes[a][at] = log.columns().attributeCodes[a][e];
        }
        at++;
      }
      for (Map.Entry<String, double[]> o : log.columns().outcomes.entrySet()) {
        requireNonNull(subOutcomes.get(o.getKey()))[i] = o.getValue()[j];
      }
    }
    newOffsets[journeys.length] = at;
    return new EventLog(
        new LogColumns(
            log.columns().scale,
            PackedStrings.of(ids),
            PackedStrings.of(cust),
            newOffsets,
            tp,
            st,
            du,
            va,
            ex,
            log.columns().touchpoints,
            log.columns().expectations,
            log.columns().attributeNames,
            codes,
            log.columns().attributeValues,
            Collections.unmodifiableMap(subOutcomes),
            at,
            List.of()));
  }

  static EventLog regroup(EventLog log, int[] newOffsets, String[] newIds, String[] newCustomers) {
    return sharing(
        log,
        PackedStrings.of(newIds),
        PackedStrings.of(newCustomers),
        newOffsets,
        log.columns().value,
        Map.of());
  }

  /** A log that shares every event column of {@code log} but the values, with these journeys. */
  private static EventLog sharing(
      EventLog log,
      PackedStrings journeyIds,
      PackedStrings customers,
      int[] offsets,
      double[] value,
      Map<String, double[]> outcomes) {
    return new EventLog(
        new LogColumns(
            log.columns().scale,
            journeyIds,
            customers,
            offsets,
            log.columns().touchpoint,
            log.columns().start,
            log.columns().duration,
            value,
            log.columns().expectation,
            log.columns().touchpoints,
            log.columns().expectations,
            log.columns().attributeNames,
            log.columns().attributeCodes,
            log.columns().attributeValues,
            outcomes,
            log.columns().rowsRead,
            log.columns().rejected));
  }
}
