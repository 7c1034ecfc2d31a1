package io.motkit.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What the report's sections share when they draw: the JSON factory, spacing and number formats.
 */
final class Charts {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Room under an x-axis for its labels, in pixels, so that the axis name sits below them. */
  static final int LABEL_ROOM = 28;

  static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Charts() {}

  static String fixed(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
