package io.motkit.journey.read;

import static com.google.common.base.Preconditions.checkArgument;

import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.Touchpoint;
import io.motkit.journey.RejectedRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the columns of an event log are put together: rows grouped by journey with a stable counting
 * sort and ordered by start, the columns permuted in place so that no second copy is made; or
 * journeys already in memory laid out column by column, in time linear in the moments.
 */
public final class LogAssembly {

  private LogAssembly() {}

  /**
   * The columns of journeys already in memory, their attributes included; their outcomes are added
   * by the log, which checks them.
   *
   * @param journeys the journeys
   * @return the columns
   * @throws IllegalArgumentException if there are no journeys, two have the same id, or they are on
   *     different scales
   */
  public static LogColumns of(List<Journey> journeys) {
    checkArgument(!journeys.isEmpty(), "a log needs at least one journey");
    Scale scale = journeys.get(0).scale();
    Columns rows = new Columns();
    List<String> ids = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    java.util.SortedSet<String> attributeNames = new java.util.TreeSet<>();
    for (Journey journey : journeys) {
      attributeNames.addAll(journey.attributes().keySet());
    }
    List<AttributeColumn> attributes = new ArrayList<>();
    for (String name : attributeNames) {
      attributes.add(new AttributeColumn(name));
    }
    List<String> customers = new ArrayList<>();
    Map<String, Integer> codes = new LinkedHashMap<>();
    List<Touchpoint> touchpoints = new ArrayList<>();
    Map<MomentDetail, Integer> expectationCodes = new LinkedHashMap<>();
    for (Journey journey : journeys) {
      checkArgument(
          journey.scale().equals(scale),
          "journey '%s' is on %s, not on the log's scale %s",
          journey.id(),
          journey.scale(),
          scale);
      checkArgument(seen.add(journey.id()), "journey '%s' appears twice", journey.id());
      int j = ids.size();
      ids.add(journey.id());
      customers.add(journey.customer().orElse(null));
      for (int i = 0; i < journey.size(); i++) {
        Moment m = journey.moment(i);
        Integer code = codes.get(m.touchpointId());
        if (code == null) {
          code = touchpoints.size();
          codes.put(m.touchpointId(), code);
          touchpoints.add(m.touchpoint());
        }
        MomentDetail detail =
            new MomentDetail(journey.expectationFor(i), m.aspects(), m.aspectWeights());
        int ex =
            detail.isEmpty()
                ? -1
                : expectationCodes.computeIfAbsent(detail, k -> expectationCodes.size());
        int row = rows.size;
        rows.add(j, code, m.start().toEpochMilli(), m.duration().toMillis(), m.value(), ex);
        for (AttributeColumn attribute : attributes) {
          attribute.add(row, journey.attributes().getOrDefault(attribute.name, ""));
        }
      }
    }
    return assemble(
        scale,
        rows,
        PackedStrings.of(ids),
        customers,
        touchpoints,
        new ArrayList<>(expectationCodes.keySet()),
        new ArrayList<>(attributeNames),
        attributes,
        rows.size,
        List.of());
  }

  /**
   * The outcomes of journeys already in memory, by journey id.
   *
   * @param journeys the journeys
   * @return their outcomes by journey id, only for journeys that have some
   */
  public static Map<String, Map<String, Double>> outcomes(List<Journey> journeys) {
    Map<String, Map<String, Double>> outcomes = new LinkedHashMap<>();
    for (Journey journey : journeys) {
      if (!journey.outcomes().isEmpty()) {
        outcomes.put(journey.id(), journey.outcomes());
      }
    }
    return outcomes;
  }

  /**
   * Groups raw rows by journey (a stable counting sort) and orders each journey's events by start,
   * permuting the columns in place so that no second copy of the log is made.
   */
  /**
   * Columns from rows in input order: grouped by journey, each journey ordered by start (equal
   * starts by touchpoint id, value and duration).
   *
   * @param scale the scale
   * @param rows the rows
   * @param journeyIds the journey ids
   * @param customers the customers, in journey order
   * @param touchpoints the touchpoints, by code
   * @param expectations the expectations, by code
   * @param attributeNames the attribute columns' names
   * @param attributes the attribute columns
   * @param rowsRead the rows read
   * @param rejected the rows set aside
   * @return the columns
   */
  @SuppressWarnings("checkstyle:ParameterNumber")
  public static LogColumns assemble(
      Scale scale,
      Columns rows,
      PackedStrings journeyIds,
      List<String> customers,
      List<Touchpoint> touchpoints,
      List<MomentDetail> expectations,
      List<String> attributeNames,
      List<AttributeColumn> attributes,
      long rowsRead,
      List<RejectedRow> rejected) {
    int n = rows.size;
    int journeys = journeyIds.size();
    int[] offsets = new int[journeys + 1];
    for (int i = 0; i < n; i++) {
      offsets[rows.journey[i] + 1]++;
    }
    for (int j = 0; j < journeys; j++) {
      offsets[j + 1] += offsets[j];
    }
    // destination[i] = where row i goes; rows of a journey keep input order.
    int[] destination = new int[n];
    int[] next = Arrays.copyOf(offsets, journeys);
    for (int i = 0; i < n; i++) {
      destination[i] = next[rows.journey[i]]++;
    }
    rows.journey = new int[0];
    BitSet done = new BitSet(n);
    permute(
        destination,
        done,
        rows.touchpoint,
        rows.start,
        rows.duration,
        rows.value,
        rows.expectation,
        attributes);
    // Then order each journey by start, and equal starts by their content.
    int[] rank = touchpointRank(touchpoints);
    for (int j = 0; j < journeys; j++) {
      sortByStart(offsets[j], offsets[j + 1], rows, attributes, rank);
    }
    int[][] codes = new int[attributes.size()][];
    String[][] values = new String[attributes.size()][];
    for (int a = 0; a < attributes.size(); a++) {
      codes[a] = trim(attributes.get(a).codes, n);
      values[a] = attributes.get(a).dictionary.toArray(new String[0]);
    }
    return new LogColumns(
        scale,
        journeyIds,
        PackedStrings.of(customers),
        offsets,
        trim(rows.touchpoint, n),
        trim(rows.start, n),
        trim(rows.duration, n),
        trim(rows.value, n),
        trim(rows.expectation, n),
        touchpoints.toArray(new Touchpoint[0]),
        expectations.toArray(new MomentDetail[0]),
        attributeNames.toArray(new String[0]),
        codes,
        values,
        Map.of(),
        rowsRead,
        rejected);
  }

  // A column already of its final length is kept, not copied: a large log is not held twice.
  private static int[] trim(int[] column, int n) {
    return column.length == n ? column : Arrays.copyOf(column, n);
  }

  private static long[] trim(long[] column, int n) {
    return column.length == n ? column : Arrays.copyOf(column, n);
  }

  private static double[] trim(double[] column, int n) {
    return column.length == n ? column : Arrays.copyOf(column, n);
  }

  /** Applies the permutation {@code destination} to every column, following its cycles. */
  private static void permute(
      int[] destination,
      BitSet done,
      int[] tp,
      long[] st,
      long[] du,
      double[] va,
      int[] ex,
      List<AttributeColumn> attributes) {
    int n = destination.length;
    for (int i = 0; i < n; i++) {
      if (done.get(i) || destination[i] == i) {
        continue;
      }
      int at = i;
      int carryTp = tp[i];
      long carrySt = st[i];
      long carryDu = du[i];
      double carryVa = va[i];
      int carryEx = ex[i];
      int[] carryAttr = new int[attributes.size()];
      for (int a = 0; a < carryAttr.length; a++) {
        carryAttr[a] = attributes.get(a).codes[i];
      }
      while (!done.get(at)) {
        done.set(at);
        int to = destination[at];
        int swapTp = tp[to];
        long swapSt = st[to];
        long swapDu = du[to];
        double swapVa = va[to];
        int swapEx = ex[to];
        tp[to] = carryTp;
        st[to] = carrySt;
        du[to] = carryDu;
        va[to] = carryVa;
        ex[to] = carryEx;
        for (int a = 0; a < carryAttr.length; a++) {
          int[] codes = attributes.get(a).codes;
          int swap = codes[to];
          codes[to] = carryAttr[a];
          carryAttr[a] = swap;
        }
        carryTp = swapTp;
        carrySt = swapSt;
        carryDu = swapDu;
        carryVa = swapVa;
        carryEx = swapEx;
        at = to;
      }
    }
  }

  /** Each touchpoint code's place among the touchpoint ids in code point order. */
  private static int[] touchpointRank(List<Touchpoint> touchpoints) {
    Integer[] codes = new Integer[touchpoints.size()];
    for (int t = 0; t < codes.length; t++) {
      codes[t] = t;
    }
    Arrays.sort(
        codes,
        (a, b) ->
            io.motkit.core.internal.TextOrder.compare(
                touchpoints.get(a).id(), touchpoints.get(b).id()));
    int[] rank = new int[codes.length];
    for (int r = 0; r < codes.length; r++) {
      rank[codes[r]] = r;
    }
    return rank;
  }

  /**
   * The order of two events of a journey: by start; at the same start by touchpoint id, value and
   * duration, as {@link io.motkit.core.Journey} orders moments, so that no result depends on the
   * order of the rows.
   */
  private static int compare(Columns rows, int[] rank, int a, int b) {
    int c = Long.compare(rows.start[a], rows.start[b]);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(rank[rows.touchpoint[a]], rank[rows.touchpoint[b]]);
    if (c != 0) {
      return c;
    }
    c = Double.compare(rows.value[a], rows.value[b]);
    return c != 0 ? c : Long.compare(rows.duration[a], rows.duration[b]);
  }

  private static void sortByStart(
      int from, int to, Columns rows, List<AttributeColumn> attributes, int[] rank) {
    boolean sorted = true;
    for (int i = from + 1; i < to && sorted; i++) {
      sorted =
          rows.start[i - 1] < rows.start[i]
              || (rows.start[i - 1] == rows.start[i] && compare(rows, rank, i - 1, i) <= 0);
    }
    if (sorted) {
      return;
    }
    Integer[] order = new Integer[to - from];
    for (int i = 0; i < order.length; i++) {
      order[i] = from + i;
    }
    // Events equal in all of start, touchpoint, value and duration are interchangeable for every
    // score; a stable sort keeps them as they came.
    Arrays.sort(order, (a, b) -> compare(rows, rank, a, b));
    int[] tp = new int[order.length];
    long[] st = new long[order.length];
    long[] du = new long[order.length];
    double[] va = new double[order.length];
    int[] ex = new int[order.length];
    int[][] at = new int[attributes.size()][order.length];
    for (int i = 0; i < order.length; i++) {
      int k = order[i];
      tp[i] = rows.touchpoint[k];
      st[i] = rows.start[k];
      du[i] = rows.duration[k];
      va[i] = rows.value[k];
      ex[i] = rows.expectation[k];
      for (int a = 0; a < at.length; a++) {
        at[a][i] = attributes.get(a).codes[k];
      }
    }
    System.arraycopy(tp, 0, rows.touchpoint, from, order.length);
    System.arraycopy(st, 0, rows.start, from, order.length);
    System.arraycopy(du, 0, rows.duration, from, order.length);
    System.arraycopy(va, 0, rows.value, from, order.length);
    System.arraycopy(ex, 0, rows.expectation, from, order.length);
    for (int a = 0; a < at.length; a++) {
      System.arraycopy(at[a], 0, attributes.get(a).codes, from, order.length);
    }
  }
}
