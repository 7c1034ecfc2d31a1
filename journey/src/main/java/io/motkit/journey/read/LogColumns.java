package io.motkit.journey.read;

import io.motkit.core.Scale;
import io.motkit.core.Touchpoint;
import io.motkit.journey.RejectedRow;
import java.util.List;
import java.util.Map;

/**
 * The columns of an event log as the readers leave them: per event a touchpoint code, a start, a
 * duration, a value and an expectation code, in primitive arrays; per journey its id, customer and
 * the range of its events; the interned touchpoints, expectations and attribute values; outcomes by
 * name; and what was read. {@code EventLog} wraps one and is the only class that lets it be seen;
 * the arrays are shared, never copied, and never changed after the log is made.
 */
@SuppressWarnings("checkstyle:VisibilityModifier")
public final class LogColumns {

  /** The scale every value is on. */
  public final Scale scale;

  /** Journey ids, in journey order. */
  public final PackedStrings journeyIds;

  /** Customers, in journey order; empty text where a journey has none. */
  public final PackedStrings customers;

  /** The first event of each journey, and one past the last event at the end. */
  public final int[] offsets;

  /** Per event, its touchpoint's code. */
  public final int[] touchpoint;

  /** Per event, its start in epoch milliseconds. */
  public final long[] start;

  /** Per event, its duration in milliseconds. */
  public final long[] duration;

  /** Per event, its value on the scale. */
  public final double[] value;

  /** Per event, its expectation's code, or -1. */
  public final int[] expectation;

  /** The touchpoints, by code. */
  public final Touchpoint[] touchpoints;

  /** The expectations and aspects, by code. */
  public final MomentDetail[] expectations;

  /** The attribute columns' names. */
  public final String[] attributeNames;

  /** Per attribute column and event, the value's code, or -1. */
  public final int[][] attributeCodes;

  /** Per attribute column, the values by code. */
  public final String[][] attributeValues;

  /** Per outcome name, the value of each journey, NaN where a journey has none. */
  public final Map<String, double[]> outcomes;

  /** Data rows read. */
  public final long rowsRead;

  /** The rows set aside as bad, with the reason. */
  public final List<RejectedRow> rejected;

  /**
   * Columns from their parts, taken as they are.
   *
   * @param scale the scale
   * @param journeyIds the journey ids
   * @param customers the customers
   * @param offsets the journeys' event ranges
   * @param touchpoint the events' touchpoint codes
   * @param start the events' starts
   * @param duration the events' durations
   * @param value the events' values
   * @param expectation the events' expectation codes
   * @param touchpoints the touchpoints
   * @param expectations the expectations
   * @param attributeNames the attribute columns' names
   * @param attributeCodes the attribute values' codes
   * @param attributeValues the attribute values
   * @param outcomes the outcomes
   * @param rowsRead the rows read
   * @param rejected the rows set aside
   */
  @SuppressWarnings("checkstyle:ParameterNumber")
  public LogColumns(
      Scale scale,
      PackedStrings journeyIds,
      PackedStrings customers,
      int[] offsets,
      int[] touchpoint,
      long[] start,
      long[] duration,
      double[] value,
      int[] expectation,
      Touchpoint[] touchpoints,
      MomentDetail[] expectations,
      String[] attributeNames,
      int[][] attributeCodes,
      String[][] attributeValues,
      Map<String, double[]> outcomes,
      long rowsRead,
      List<RejectedRow> rejected) {
    this.scale = scale;
    this.journeyIds = journeyIds;
    this.customers = customers;
    this.offsets = offsets;
    this.touchpoint = touchpoint;
    this.start = start;
    this.duration = duration;
    this.value = value;
    this.expectation = expectation;
    this.touchpoints = touchpoints;
    this.expectations = expectations;
    this.attributeNames = attributeNames;
    this.attributeCodes = attributeCodes;
    this.attributeValues = attributeValues;
    this.outcomes = outcomes;
    this.rowsRead = rowsRead;
    this.rejected = List.copyOf(rejected);
  }
}
