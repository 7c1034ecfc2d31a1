package io.motkit.journey.read;

import io.motkit.core.Channel;
import io.motkit.core.Expectation;
import io.motkit.core.Scale;
import io.motkit.core.Stage;
import io.motkit.core.Touchpoint;
import io.motkit.core.internal.PlainNumber;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Turns input rows into columns: checks every field of a row before it changes anything, so that a
 * rejected row leaves no trace, then interns the journey, the touchpoint and the expectation.
 */
public final class LogAccumulator {

  final Scale scale;
  private final TimestampParser timestamps;
  final boolean byCustomer;
  Columns rows;
  final IdTable journeyIds = new IdTable();
  final List<@Nullable String> customers = new ArrayList<>();
  final List<Touchpoint> touchpoints = new ArrayList<>();
  private final Map<String, Integer> touchpointCodes = new HashMap<>();
  final Map<String, Long> touchpointLines = new HashMap<>();
  private final Map<String, Integer> stageOrder = new LinkedHashMap<>();
  final List<MomentDetail> expectations = new ArrayList<>();
  private final Map<MomentDetail, Integer> expectationCodes = new HashMap<>();
  public final List<String> attributeNames = new ArrayList<>();
  final List<AttributeColumn> attributes = new ArrayList<>();

  /** The accumulated rows and dictionaries, ready to assemble; several parts merge into one. */
  record Merged(
      Columns rows,
      PackedStrings journeyIds,
      List<String> customers,
      List<Touchpoint> touchpoints,
      List<MomentDetail> expectations,
      List<String> attributeNames,
      List<AttributeColumn> attributes) {}

  final String source;

  LogAccumulator(
      String source,
      Scale scale,
      TimestampParser timestamps,
      boolean byCustomer,
      List<String> columns) {
    this(source, scale, timestamps, byCustomer, columns, new Columns());
  }

  /** An accumulator that fills {@code rows}: its own columns, or a slice of a whole file's. */
  LogAccumulator(
      String source,
      Scale scale,
      TimestampParser timestamps,
      boolean byCustomer,
      List<String> columns,
      Columns rows) {
    int capacity = rows.capacity();
    this.rows = rows;
    this.source = source;
    this.scale = scale;
    this.timestamps = timestamps;
    this.byCustomer = byCustomer;
    for (String column : columns) {
      if (!EventColumn.isKnown(column)) {
        attributeNames.add(column);
        attributes.add(new AttributeColumn(column, Math.max(1, capacity)));
      }
    }
  }

  /** Adds one row, or throws naming the first bad field; a failed row changes nothing. */
  public void add(EventRow row) {
    String journey = required(row, byCustomer ? EventColumn.CUSTOMER : EventColumn.JOURNEY);
    String timestampText = required(row, EventColumn.TIMESTAMP);
    long startMillis;
    try {
      startMillis = timestamps.parse(timestampText);
    } catch (IllegalArgumentException e) {
      throw row.error(
          EventColumn.TIMESTAMP, java.util.Objects.requireNonNullElse(e.getMessage(), "malformed"));
    }
    String touchpointId = required(row, EventColumn.TOUCHPOINT);
    double value = number(row, EventColumn.VALUE, required(row, EventColumn.VALUE));
    if (!scale.contains(value)) {
      throw row.error(EventColumn.VALUE, "the value is outside the scale " + scale);
    }
    long durationMillis = 0;
    String durationText = row.get(EventColumn.DURATION);
    if (!durationText.isEmpty()) {
      double seconds = number(row, EventColumn.DURATION, durationText);
      if (seconds < 0) {
        throw row.error(EventColumn.DURATION, "a duration must not be negative");
      }
      if (seconds > MAX_DURATION_SECONDS) {
        throw row.error(
            EventColumn.DURATION,
            "a duration must not exceed 100 years (" + MAX_DURATION_SECONDS + " seconds)");
      }
      durationMillis = Math.round(seconds * 1000);
    }
    String stage = row.get(EventColumn.STAGE);
    String channelText = row.get(EventColumn.CHANNEL);
    Integer code = touchpointCodes.get(touchpointId);
    Optional<Channel> channel = Optional.empty();
    if (!channelText.isEmpty()) {
      Channel known = code == null ? null : touchpoints.get(code).channel().orElse(null);
      if (known != null && known.label().equals(channelText)) {
        channel = Optional.of(known);
      } else {
        try {
          channel = Optional.of(Channel.parse(channelText));
        } catch (IllegalArgumentException e) {
          throw row.error(
              EventColumn.CHANNEL,
              java.util.Objects.requireNonNullElse(e.getMessage(), "malformed"));
        }
      }
    }
    int expectationCode = expectationCode(row, code);
    String customer = row.get(EventColumn.CUSTOMER);
    int existingJourney = journeyIndex(journey);
    if (existingJourney >= 0 && !byCustomer) {
      String known = customers.get(existingJourney);
      if (!customer.isEmpty() && known != null && !known.equals(customer)) {
        throw row.error(
            EventColumn.CUSTOMER,
            "journey '" + journey + "' belongs to customer '" + known + "' on earlier rows");
      }
    }
    if (code != null) {
      Touchpoint known = touchpoints.get(code);
      if (!stage.isEmpty() && !known.stage().map(Stage::name).orElse("").equals(stage)) {
        throw row.error(
            EventColumn.STAGE,
            "touchpoint '"
                + touchpointId
                + "' has stage '"
                + known.stage().map(Stage::name).orElse("")
                + "' on line "
                + touchpointLines.get(touchpointId)
                + "; a touchpoint has one stage");
      }
      if (channel.isPresent() && !known.channel().equals(channel)) {
        throw row.error(
            EventColumn.CHANNEL,
            "touchpoint '"
                + touchpointId
                + "' has channel '"
                + known.channel().map(Channel::label).orElse("")
                + "' on line "
                + touchpointLines.get(touchpointId)
                + "; a touchpoint has one channel");
      }
    }

    // Every field is good: now intern and append.
    int j;
    if (existingJourney < 0) {
      j = journeyIds.add(journey);
      customers.add(byCustomer ? journey : customer.isEmpty() ? null : customer);
    } else {
      j = existingJourney;
      if (!byCustomer && customers.get(j) == null && !customer.isEmpty()) {
        customers.set(j, customer);
      }
    }
    lastJourney = journey;
    lastJourneyIndex = j;
    if (code == null) {
      Touchpoint.Builder touchpoint = Touchpoint.builder().id(touchpointId);
      if (!stage.isEmpty()) {
        int order = stageOrder.computeIfAbsent(stage, s -> stageOrder.size());
        touchpoint.stage(Stage.of(stage, order));
      }
      channel.ifPresent(touchpoint::channel);
      code = touchpoints.size();
      touchpoints.add(touchpoint.build());
      touchpointCodes.put(touchpointId, code);
      touchpointLines.put(touchpointId, row.line());
      lastExpectationText.add(null);
      lastExpectationCode.add(-1);
    }
    if (expectationCode == NEW_EXPECTATION) {
      MomentDetail e = pendingExpectation;
      expectationCode =
          expectationCodes.computeIfAbsent(
              e,
              k -> {
                expectations.add(k);
                return expectations.size() - 1;
              });
    }
    if (expectationCode >= 0 && expectationCode != lastExpectationCode.get(code)) {
      lastExpectationText.set(code, detailText(row));
      lastExpectationCode.set(code, expectationCode);
    }
    int at = rows.size;
    rows.add(j, code, startMillis, durationMillis, value, expectationCode);
    for (int a = 0; a < attributes.size(); a++) {
      attributes.get(a).add(at, row.attribute(a));
    }
  }

  private static final int NEW_EXPECTATION = -2;

  /** The journey of the last row added, and its index. */
  private @Nullable String lastJourney;

  private int lastJourneyIndex;

  /** 100 years of 365.25 days, as {@link io.motkit.core.Moment#LONGEST_DURATION}. */
  static final long MAX_DURATION_SECONDS = 36_525L * 86_400;

  /** Cached per touchpoint: the expectation text of its last row and its code. */
  private final List<String @Nullable []> lastExpectationText = new ArrayList<>();

  private final List<Integer> lastExpectationCode = new ArrayList<>();

  private @Nullable MomentDetail pendingExpectation;

  static final EventColumn[] DETAIL_COLUMNS = {
    EventColumn.EXPECTED,
    EventColumn.ADEQUATE,
    EventColumn.DESIRED,
    EventColumn.IMPORTANCE,
    EventColumn.APPEARANCE,
    EventColumn.BEHAVIOUR,
    EventColumn.COMMUNICATION
  };

  private static String[] detailText(EventRow row) {
    String[] text = new String[DETAIL_COLUMNS.length];
    for (int i = 0; i < text.length; i++) {
      text[i] = row.get(DETAIL_COLUMNS[i]);
    }
    return text;
  }

  /**
   * The expectation code of the row: -1 for none, the cached code when the row repeats its
   * touchpoint's last expectation, or {@code NEW_EXPECTATION} with the parsed expectation pending.
   */
  private int expectationCode(EventRow row, @Nullable Integer touchpoint) {
    String[] text = detailText(row);
    boolean empty = true;
    for (String t : text) {
      empty &= t.isEmpty();
    }
    if (empty) {
      return -1;
    }
    if (touchpoint != null) {
      String @Nullable [] last = lastExpectationText.get(touchpoint);
      if (last != null && Arrays.equals(last, text)) {
        return lastExpectationCode.get(touchpoint);
      }
    }
    Map<String, Double> aspects = new TreeMap<>();
    for (EventColumn aspect : EventColumn.ASPECTS) {
      String v = row.get(aspect);
      if (!v.isEmpty()) {
        aspects.put(aspect.column, onScale(row, aspect, number(row, aspect, v)));
      }
    }
    pendingExpectation = new MomentDetail(expectation(row), aspects, Optional.empty());
    return NEW_EXPECTATION;
  }

  private Optional<Expectation> expectation(EventRow row) {
    String expected = row.get(EventColumn.EXPECTED);
    String adequate = row.get(EventColumn.ADEQUATE);
    String desired = row.get(EventColumn.DESIRED);
    if (expected.isEmpty()) {
      if (!adequate.isEmpty() || !desired.isEmpty() || !row.get(EventColumn.IMPORTANCE).isEmpty()) {
        throw row.error(
            EventColumn.EXPECTED,
            "an expected level is required when adequate, desired or importance is given");
      }
      return Optional.empty();
    }
    Expectation.Builder e =
        Expectation.builder()
            .expected(
                onScale(row, EventColumn.EXPECTED, number(row, EventColumn.EXPECTED, expected)));
    double low = Double.NEGATIVE_INFINITY;
    if (!adequate.isEmpty()) {
      low = onScale(row, EventColumn.ADEQUATE, number(row, EventColumn.ADEQUATE, adequate));
      e.adequate(low);
    }
    if (!desired.isEmpty()) {
      double high = onScale(row, EventColumn.DESIRED, number(row, EventColumn.DESIRED, desired));
      if (high < low) {
        throw row.error(
            EventColumn.DESIRED, "the desired level is below the adequate level " + low);
      }
      e.desired(high);
    }
    String importance = row.get(EventColumn.IMPORTANCE);
    if (!importance.isEmpty()) {
      double weight = number(row, EventColumn.IMPORTANCE, importance);
      if (weight < 0) {
        throw row.error(EventColumn.IMPORTANCE, "the importance must be >= 0");
      }
      e.importance(weight);
    }
    return Optional.of(e.build());
  }

  private double onScale(EventRow row, EventColumn column, double v) {
    if (!scale.contains(v)) {
      throw row.error(column, "the value is outside the scale " + scale);
    }
    return v;
  }

  private static String required(EventRow row, EventColumn column) {
    String text = row.get(column);
    if (text.isEmpty()) {
      throw row.error(column, "a value is required");
    }
    return text;
  }

  private static double number(EventRow row, EventColumn column, String text) {
    double v = PlainDecimal.parse(text);
    if (Double.isNaN(v)) {
      try {
        v = PlainNumber.parse(text);
      } catch (NumberFormatException e) {
        if (PlainNumber.isPlainDecimal(text)) {
          throw row.error(column, "the number is out of range");
        }
        throw row.error(
            column,
            text.indexOf(',') >= 0
                ? "expected a number with a decimal point, not a comma"
                : "expected a number (a plain decimal such as 4 or -1.5)");
      }
    }
    if (!Double.isFinite(v)) {
      throw row.error(column, "the number is out of range");
    }
    return v;
  }

  /** The index of a journey seen before, or -1. */
  int journeyIndex(String id) {
    // Most rows continue the previous row's journey: that one is known without a lookup.
    return id.equals(lastJourney) ? lastJourneyIndex : journeyIds.find(id);
  }

  /**
   * Adds the journey held in the bytes [from, to) of {@code text}, not seen before, for a row whose
   * fields have all been checked; its customer is the id itself when journeys are a customer's,
   * else {@code customer} (null when not given).
   */
  int newJourney(byte[] text, int from, int to, @Nullable String customer) {
    int j = journeyIds.add(text, from, to);
    customers.add(byCustomer ? journeyIds.get(j) : customer);
    return j;
  }

  /** The code of a touchpoint seen before, or -1. */
  int touchpointCode(String id) {
    Integer code = touchpointCodes.get(id);
    return code == null ? -1 : code;
  }

  /**
   * The expectation text of the touchpoint's last row with one, in the order of {@link
   * #DETAIL_COLUMNS}, or null; a row with the same text has {@link #lastExpectationCode}.
   */
  String @Nullable [] lastExpectationText(int touchpoint) {
    return lastExpectationText.get(touchpoint);
  }

  int lastExpectationCode(int touchpoint) {
    return lastExpectationCode.get(touchpoint);
  }

  Merged merged() {
    return new Merged(
        rows,
        journeyIds.packed(),
        customers,
        touchpoints,
        expectations,
        attributeNames,
        attributes);
  }

  /** The number of rows accepted so far. */
  public int accepted() {
    return rows.size;
  }
}
