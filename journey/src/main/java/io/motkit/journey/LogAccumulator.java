package io.motkit.journey;

import io.motkit.core.Channel;
import io.motkit.core.Expectation;
import io.motkit.core.Scale;
import io.motkit.core.Stage;
import io.motkit.core.Touchpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns input rows into columns: checks every field of a row before it changes anything, so that a
 * rejected row leaves no trace, then interns the journey, the touchpoint and the expectation.
 */
final class LogAccumulator {

  static final Set<String> KNOWN =
      Set.of(
          "journey", "timestamp", "touchpoint", "value", "duration_s", "stage", "channel", "expected",
          "adequate", "desired", "customer");

  private final Scale scale;
  private final TimestampParser timestamps;
  private final boolean byCustomer;
  final Columns rows = new Columns();
  final List<String> journeyIds = new ArrayList<>();
  final List<String> customers = new ArrayList<>();
  private final Map<String, Integer> journeys = new HashMap<>();
  final List<Touchpoint> touchpoints = new ArrayList<>();
  private final Map<String, Integer> touchpointCodes = new HashMap<>();
  private final Map<String, Long> touchpointLines = new HashMap<>();
  private final Map<String, Integer> stageOrder = new LinkedHashMap<>();
  final List<Expectation> expectations = new ArrayList<>();
  private final Map<Expectation, Integer> expectationCodes = new HashMap<>();
  final List<String> attributeNames = new ArrayList<>();
  final List<AttributeColumn> attributes = new ArrayList<>();

  LogAccumulator(Scale scale, TimestampParser timestamps, boolean byCustomer, List<String> columns) {
    this.scale = scale;
    this.timestamps = timestamps;
    this.byCustomer = byCustomer;
    for (String column : columns) {
      if (!KNOWN.contains(column)) {
        attributeNames.add(column);
        attributes.add(new AttributeColumn(column));
      }
    }
  }

  /** Adds one row, or throws naming the first bad field; a failed row changes nothing. */
  void add(EventRow row) {
    String journey = required(row, byCustomer ? "customer" : "journey");
    String timestampText = required(row, "timestamp");
    long startMillis;
    try {
      startMillis = timestamps.parse(timestampText);
    } catch (IllegalArgumentException e) {
      throw row.error("timestamp", e.getMessage());
    }
    String touchpointId = required(row, "touchpoint");
    double value = number(row, "value", required(row, "value"));
    if (!scale.contains(value)) {
      throw row.error("value", "the value is outside the scale " + scale);
    }
    long durationMillis = 0;
    String durationText = row.get("duration_s");
    if (!durationText.isEmpty()) {
      double seconds = number(row, "duration_s", durationText);
      if (seconds < 0) {
        throw row.error("duration_s", "a duration must not be negative");
      }
      durationMillis = Math.round(seconds * 1000);
    }
    String stage = row.get("stage");
    Optional<Channel> channel = Optional.empty();
    if (!row.get("channel").isEmpty()) {
      try {
        channel = Optional.of(Channel.parse(row.get("channel")));
      } catch (IllegalArgumentException e) {
        throw row.error("channel", e.getMessage());
      }
    }
    Optional<Expectation> expectation = expectation(row);
    String customer = row.get("customer");
    Integer existingJourney = journeys.get(journey);
    if (existingJourney != null && !byCustomer) {
      String known = customers.get(existingJourney);
      if (!customer.isEmpty() && known != null && !known.equals(customer)) {
        throw row.error("customer", "journey '" + journey + "' belongs to customer '" + known + "' on earlier rows");
      }
    }
    Integer code = touchpointCodes.get(touchpointId);
    if (code != null) {
      Touchpoint known = touchpoints.get(code);
      if (!stage.isEmpty() && !known.stage().map(Stage::name).orElse("").equals(stage)) {
        throw row.error(
            "stage",
            "touchpoint '" + touchpointId + "' has stage '" + known.stage().map(Stage::name).orElse("")
                + "' on line " + touchpointLines.get(touchpointId) + "; a touchpoint has one stage");
      }
      if (channel.isPresent() && !known.channel().equals(channel)) {
        throw row.error(
            "channel",
            "touchpoint '" + touchpointId + "' has channel '" + known.channel().map(Channel::label).orElse("")
                + "' on line " + touchpointLines.get(touchpointId) + "; a touchpoint has one channel");
      }
    }

    // Every field is good: now intern and append.
    int j;
    if (existingJourney == null) {
      j = journeyIds.size();
      journeys.put(journey, j);
      journeyIds.add(journey);
      customers.add(byCustomer ? journey : customer.isEmpty() ? null : customer);
    } else {
      j = existingJourney;
      if (!byCustomer && customers.get(j) == null && !customer.isEmpty()) {
        customers.set(j, customer);
      }
    }
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
    }
    int expectationCode = -1;
    if (expectation.isPresent()) {
      expectationCode =
          expectationCodes.computeIfAbsent(
              expectation.get(),
              e -> {
                expectations.add(e);
                return expectations.size() - 1;
              });
    }
    int at = rows.size;
    rows.add(j, code, startMillis, durationMillis, value, expectationCode);
    for (AttributeColumn attribute : attributes) {
      attribute.add(at, row.get(attribute.name));
    }
  }

  private Optional<Expectation> expectation(EventRow row) {
    String expected = row.get("expected");
    String adequate = row.get("adequate");
    String desired = row.get("desired");
    if (expected.isEmpty()) {
      if (!adequate.isEmpty() || !desired.isEmpty()) {
        throw row.error("expected", "an expected level is required when adequate or desired is given");
      }
      return Optional.empty();
    }
    Expectation.Builder e = Expectation.builder().expected(onScale(row, "expected", number(row, "expected", expected)));
    double low = Double.NEGATIVE_INFINITY;
    if (!adequate.isEmpty()) {
      low = onScale(row, "adequate", number(row, "adequate", adequate));
      e.adequate(low);
    }
    if (!desired.isEmpty()) {
      double high = onScale(row, "desired", number(row, "desired", desired));
      if (high < low) {
        throw row.error("desired", "the desired level is below the adequate level " + low);
      }
      e.desired(high);
    }
    return Optional.of(e.build());
  }

  private double onScale(EventRow row, String column, double v) {
    if (!scale.contains(v)) {
      throw row.error(column, "the value is outside the scale " + scale);
    }
    return v;
  }

  private static String required(EventRow row, String column) {
    String text = row.get(column);
    if (text.isEmpty()) {
      throw row.error(column, "a value is required");
    }
    return text;
  }

  private static double number(EventRow row, String column, String text) {
    char last = text.charAt(text.length() - 1);
    if (!(Character.isDigit(last) || last == '.')) {
      throw row.error(column, "expected a number");
    }
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw row.error(column, text.indexOf(',') >= 0 ? "expected a number with a decimal point, not a comma" : "expected a number");
    }
    if (!Double.isFinite(v)) {
      throw row.error(column, "the number is out of range");
    }
    return v;
  }

  /** The number of rows accepted so far. */
  int accepted() {
    return rows.size;
  }

}
