package io.motkit.journey;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

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
    log.outcomes.forEach((k, v) -> merged.put(k, v.clone()));
    for (Map.Entry<String, Map<String, Double>> journey : byJourney.entrySet()) {
      Integer j = log.journeyIndex().get(journey.getKey());
      checkArgument(
          j != null, "log.outcomes name journey '%s', which is not in the log", journey.getKey());
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
                  double[] c = new double[log.journeyIds.size()];
                  Arrays.fill(c, Double.NaN);
                  return c;
                });
        column[j] = outcome.getValue();
      }
    }
    return sharing(
        log,
        log.journeyIds,
        log.customers,
        log.offsets,
        log.value,
        Collections.unmodifiableMap(merged));
  }

  static EventLog without(EventLog log, java.util.Set<String> journeys) {
    if (journeys.isEmpty()) {
      return log;
    }
    return select(
        log,
        IntStream.range(0, log.journeyIds.size())
            .filter(j -> !journeys.contains(log.journeyIds.get(j)))
            .toArray());
  }

  static EventLog withTouchpointShifted(EventLog log, int code, double delta) {
    double[] shifted = log.value.clone();
    for (int e = 0; e < shifted.length; e++) {
      if (log.touchpoint[e] == code) {
        shifted[e] = Math.max(log.scale.min(), Math.min(log.scale.max(), shifted[e] + delta));
      }
    }
    return sharing(log, log.journeyIds, log.customers, log.offsets, shifted, log.outcomes);
  }

  static java.util.SortedMap<String, EventLog> segments(EventLog log, String attribute) {
    Map<String, List<Integer>> members = new java.util.TreeMap<>();
    for (int j = 0; j < log.journeyIds.size(); j++) {
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
    int[][] codes = new int[log.attributeNames.length][events];
    Map<String, double[]> subOutcomes = new LinkedHashMap<>();
    log.outcomes.forEach((k, v) -> subOutcomes.put(k, new double[journeys.length]));
    int at = 0;
    for (int i = 0; i < journeys.length; i++) {
      int j = journeys[i];
      ids[i] = log.journeyIds.get(j);
      cust[i] = log.customers.get(j);
      newOffsets[i] = at;
      int n = log.size(j);
      System.arraycopy(log.touchpoint, log.offsets[j], tp, at, n);
      System.arraycopy(log.start, log.offsets[j], st, at, n);
      System.arraycopy(log.duration, log.offsets[j], du, at, n);
      System.arraycopy(log.value, log.offsets[j], va, at, n);
      System.arraycopy(log.expectation, log.offsets[j], ex, at, n);
      for (int a = 0; a < log.attributeNames.length; a++) {
        System.arraycopy(log.attributeCodes[a], log.offsets[j], codes[a], at, n);
      }
      for (Map.Entry<String, double[]> o : log.outcomes.entrySet()) {
        requireNonNull(subOutcomes.get(o.getKey()))[i] = o.getValue()[j];
      }
      at += n;
    }
    newOffsets[journeys.length] = at;
    return new EventLog(
        log.scale,
        PackedStrings.of(ids),
        PackedStrings.of(cust),
        newOffsets,
        tp,
        st,
        du,
        va,
        ex,
        log.touchpoints,
        log.expectations,
        log.attributeNames,
        codes,
        log.attributeValues,
        Collections.unmodifiableMap(subOutcomes),
        at,
        List.of());
  }

  static EventLog regroup(EventLog log, int[] newOffsets, String[] newIds, String[] newCustomers) {
    return sharing(
        log,
        PackedStrings.of(newIds),
        PackedStrings.of(newCustomers),
        newOffsets,
        log.value,
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
        log.scale,
        journeyIds,
        customers,
        offsets,
        log.touchpoint,
        log.start,
        log.duration,
        value,
        log.expectation,
        log.touchpoints,
        log.expectations,
        log.attributeNames,
        log.attributeCodes,
        log.attributeValues,
        outcomes,
        log.rowsRead,
        log.rejected);
  }
}
