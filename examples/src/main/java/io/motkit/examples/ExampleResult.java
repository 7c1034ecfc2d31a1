package io.motkit.examples;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an example found: its headline figures, in the order they are reported, and the path of its
 * HTML report if it wrote one.
 *
 * @param title the example's title
 * @param figures the headline figures by label, as numbers
 * @param labels the headline figures by label, as text for people (touchpoint names and the like)
 * @param report the HTML report, if written
 */
public record ExampleResult(
    String title, Map<String, Double> figures, Map<String, String> labels, Optional<Path> report) {

  /** A result; the maps are copied and keep their order. */
  public ExampleResult {
    figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  /** The figure with this label. */
  public double figure(String label) {
    Double value = figures.get(label);
    if (value == null) {
      throw new IllegalArgumentException(
          "no figure '" + label + "'; figures are " + figures.keySet());
    }
    return value;
  }
}
