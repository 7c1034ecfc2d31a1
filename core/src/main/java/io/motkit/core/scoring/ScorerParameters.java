package io.motkit.core.scoring;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * String parameters checked against a provider's {@link ParameterSpec specs}: unknown names are
 * rejected, defaults filled in, and typed getters say which parameter and value are wrong. Immutable
 * and thread-safe.
 */
public final class ScorerParameters {

  private final String scorerId;
  private final Map<String, ParameterSpec> specs;
  private final ImmutableSortedMap<String, String> values;

  private ScorerParameters(
      String scorerId, Map<String, ParameterSpec> specs, ImmutableSortedMap<String, String> values) {
    this.scorerId = scorerId;
    this.specs = specs;
    this.values = values;
  }

  /**
   * Checks {@code given} against {@code specs}.
   *
   * @throws ScorerParameterException if a name is not among the specs (listing the valid names),
   *     a required parameter is missing, or a value is not one of its parameter's choices
   */
  public static ScorerParameters parse(
      String scorerId, List<ParameterSpec> specs, Map<String, String> given) {
    Map<String, ParameterSpec> byName = new LinkedHashMap<>();
    for (ParameterSpec spec : specs) {
      byName.put(spec.name(), spec);
    }
    for (String name : given.keySet()) {
      if (!byName.containsKey(name)) {
        throw new ScorerParameterException(
            scorerId,
            name,
            "unknown parameter; valid parameters are "
                + (byName.isEmpty() ? "none" : String.join(", ", byName.keySet())));
      }
    }
    ImmutableSortedMap.Builder<String, String> values = ImmutableSortedMap.naturalOrder();
    for (ParameterSpec spec : specs) {
      String value = given.get(spec.name());
      if (value == null) {
        if (spec.defaultValue().isEmpty()) {
          throw new ScorerParameterException(
              scorerId, spec.name(), "required parameter is missing: " + spec.description());
        }
        value = spec.defaultValue().get();
      }
      if (!spec.choices().isEmpty() && !spec.choices().contains(value)) {
        throw new ScorerParameterException(
            scorerId,
            spec.name(),
            "value '" + value + "' is not one of " + String.join(", ", spec.choices()));
      }
      values.put(spec.name(), value);
    }
    return new ScorerParameters(scorerId, ImmutableMap.copyOf(byName), values.build());
  }

  /** The resolved parameters, defaults included, sorted by name. */
  public Map<String, String> asMap() {
    return values;
  }

  /** The value of {@code name}. */
  public String get(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new ScorerParameterException(
          scorerId, name, "not a parameter of this scorer; valid parameters are " + specs.keySet());
    }
    return value;
  }

  /**
   * The value of {@code name} as a finite number.
   *
   * @throws ScorerParameterException if it is not a finite number
   */
  public double getDouble(String name) {
    String text = get(name);
    double value;
    try {
      value = Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new ScorerParameterException(scorerId, name, "'" + text + "' is not a number");
    }
    if (!Double.isFinite(value)) {
      throw new ScorerParameterException(scorerId, name, "'" + text + "' is not finite");
    }
    return value;
  }

  /**
   * The value of {@code name} as a number from {@code min} to {@code max}; {@code inf} or {@code
   * Infinity} is accepted where {@code max} is infinite.
   *
   * @throws ScorerParameterException if it is not a number in that range
   */
  public double getDouble(String name, double min, double max) {
    String text = get(name).trim();
    double value;
    if (max == Double.POSITIVE_INFINITY && (text.equalsIgnoreCase("inf") || text.equals("Infinity"))) {
      value = Double.POSITIVE_INFINITY;
    } else {
      value = getDouble(name);
    }
    if (!(value >= min && value <= max)) {
      throw new ScorerParameterException(
          scorerId, name, "'" + text + "' is outside [" + min + ", " + max + "]");
    }
    return value;
  }

  /**
   * The value of {@code name} as a whole number of at least {@code min}.
   *
   * @throws ScorerParameterException if it is not a whole number or is below {@code min}
   */
  public int getInt(String name, int min) {
    String text = get(name);
    int value;
    try {
      value = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new ScorerParameterException(scorerId, name, "'" + text + "' is not a whole number");
    }
    if (value < min) {
      throw new ScorerParameterException(
          scorerId, name, "'" + text + "' is below the minimum " + min);
    }
    return value;
  }

  /**
   * The value of {@code name} as a list of {@code key:value} pairs separated by commas, such as
   * {@code fee-notice:M,repair-visit:O}; an empty value is an empty map. Keys keep their order.
   *
   * @throws ScorerParameterException naming the entry if one has no colon, an empty key or value,
   *     or a key that repeats
   */
  public Map<String, String> getMap(String name) {
    String text = get(name).trim();
    Map<String, String> entries = new LinkedHashMap<>();
    if (text.isEmpty()) {
      return entries;
    }
    for (String entry : text.split(",", -1)) {
      int colon = entry.lastIndexOf(':');
      String key = colon < 0 ? "" : entry.substring(0, colon).trim();
      String value = colon < 0 ? "" : entry.substring(colon + 1).trim();
      if (key.isEmpty() || value.isEmpty()) {
        throw new ScorerParameterException(
            scorerId, name, "entry '" + entry.trim() + "' is not of the form key:value");
      }
      if (entries.put(key, value) != null) {
        throw new ScorerParameterException(scorerId, name, "key '" + key + "' appears twice");
      }
    }
    return entries;
  }

  /**
   * Fails with a {@link ScorerParameterException} about {@code name}; for checks that involve
   * several parameters.
   */
  public ScorerParameterException error(String name, String message) {
    return new ScorerParameterException(scorerId, name, message);
  }

  @Override
  public String toString() {
    return values.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", ", scorerId + "{", "}"));
  }
}
