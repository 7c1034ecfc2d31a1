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

  static EventLog select(EventLog log, int[] journeys) {
    int events = 0;
    for (int j : journeys) {
      events += log.size(j);
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
      int n = log.size(j);
      System.arraycopy(log.columns().touchpoint, log.columns().offsets[j], tp, at, n);
      System.arraycopy(log.columns().start, log.columns().offsets[j], st, at, n);
      System.arraycopy(log.columns().duration, log.columns().offsets[j], du, at, n);
      System.arraycopy(log.columns().value, log.columns().offsets[j], va, at, n);
      System.arraycopy(log.columns().expectation, log.columns().offsets[j], ex, at, n);
      for (int a = 0; a < log.columns().attributeNames.length; a++) {
        System.arraycopy(
            log.columns().attributeCodes[a], log.columns().offsets[j], codes[a], at, n);
      }
      for (Map.Entry<String, double[]> o : log.columns().outcomes.entrySet()) {
        requireNonNull(subOutcomes.get(o.getKey()))[i] = o.getValue()[j];
      }
      at += n;
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
