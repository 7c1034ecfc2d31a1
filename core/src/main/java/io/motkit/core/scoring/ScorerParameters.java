package io.motkit.core.scoring;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.motkit.core.internal.PlainNumber;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * String parameters checked against a provider's {@link ParameterSpec specs}: unknown names are
 * rejected, defaults filled in, and typed getters say which parameter and value are wrong.
 * Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class ScorerParameters {

  private final String scorerId;
  private final Map<String, ParameterSpec> specs;
  private final ImmutableSortedMap<String, String> values;

  private ScorerParameters(
      String scorerId,
      Map<String, ParameterSpec> specs,
      ImmutableSortedMap<String, String> values) {
    this.scorerId = scorerId;
    this.specs = specs;
    this.values = values;
  }

  /**
   * Checks {@code given} against {@code specs}.
   *
   * @param scorerId the scorer id
   * @param specs the specs
   * @param given the values given, by name
   * @return the scorer parameters
   * @throws ScorerParameterException if a name is not among the specs (listing the valid names), a
   *     required parameter is missing, or a value does not fit its declaration (not one of the
   *     choices, not a number, outside the range, not key:value pairs), naming the value
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
      checkValue(scorerId, spec, value);
      values.put(spec.name(), value);
    }
    return new ScorerParameters(scorerId, ImmutableMap.copyOf(byName), values.build());
  }

  /**
   * The resolved parameters, defaults included, sorted by name.
   *
   * @return the resolved parameters, defaults included, sorted by name
   */
  public Map<String, String> asMap() {
    return values;
  }

  /**
   * The value of {@code name}.
   *
   * @param name the name
   * @return the value of {@code name}
   */
  public String get(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new ScorerParameterException(
          scorerId, name, "not a parameter of this scorer; valid parameters are " + specs.keySet());
    }
    return value;
  }

  /**
   * The value of a {@link ParameterSpec.Type#NUMBER} parameter, checked against its range when the
   * parameters were parsed; {@code inf} where the maximum is infinite.
   *
   * @param name the name
   * @return the value of a {@link ParameterSpec.Type#NUMBER} parameter, checked against its range
   *     when the parameters were parsed; {@code inf} where the maximum is infinite
   */
  public double getDouble(String name) {
    String value = get(name);
    return number(scorerId, requireNonNull(specs.get(name)), value);
  }

  /**
   * The value of an {@link ParameterSpec.Type#INTEGER} parameter, checked against its range.
   *
   * @param name the name
   * @return the value of an {@link ParameterSpec.Type#INTEGER} parameter, checked against its range
   */
  public int getInt(String name) {
    String value = get(name);
    return (int) number(scorerId, requireNonNull(specs.get(name)), value);
  }

  /**
   * Checks {@code value} against {@code spec}.
   *
   * @throws ScorerParameterException naming the parameter and the value if it does not fit
   */
  static void checkValue(String scorerId, ParameterSpec spec, String value) {
    switch (spec.type()) {
      case CHOICE:
        if (!spec.choices().contains(value)) {
          throw new ScorerParameterException(
              scorerId,
              spec.name(),
              "value '" + value + "' is not one of " + String.join(", ", spec.choices()));
        }
        break;
      case NUMBER:
      case INTEGER:
        number(scorerId, spec, value);
        break;
      case PAIRS:
        pairs(scorerId, spec.name(), value);
        break;
      default:
        break;
    }
  }

  private static double number(String scorerId, ParameterSpec spec, String given) {
    String text = given.trim();
    double value;
    boolean infinite = spec.maximum().orElse(0) == Double.POSITIVE_INFINITY;
    if (infinite && (text.equalsIgnoreCase("inf") || text.equals("Infinity"))) {
      value = Double.POSITIVE_INFINITY;
    } else if (spec.type() == ParameterSpec.Type.INTEGER) {
      try {
        long whole = PlainNumber.parseWhole(text);
        if (whole > Integer.MAX_VALUE || whole < Integer.MIN_VALUE) {
          throw new NumberFormatException(text);
        }
        value = whole;
      } catch (NumberFormatException e) {
        throw new ScorerParameterException(
            scorerId, spec.name(), "'" + given + "' is not a whole number");
      }
    } else {
      try {
        value = PlainNumber.parse(text);
      } catch (NumberFormatException e) {
        throw new ScorerParameterException(
            scorerId, spec.name(), "'" + given + "' is not a plain finite number");
      }
      if (!Double.isFinite(value) || !PLAIN_NUMBER.matcher(text).matches()) {
        throw new ScorerParameterException(
            scorerId, spec.name(), "'" + given + "' is not a plain finite number");
      }
    }
    boolean aboveMinimum =
        spec.minimum().isEmpty()
            || (spec.minimumExclusive()
                ? value > spec.minimum().getAsDouble()
                : value >= spec.minimum().getAsDouble());
    boolean belowMaximum = spec.maximum().isEmpty() || value <= spec.maximum().getAsDouble();
    if (!aboveMinimum || !belowMaximum) {
      throw new ScorerParameterException(
          scorerId, spec.name(), "'" + given + "' is outside " + spec.range());
    }
    return value;
  }

  /** Decimal numbers as people write them: no hex, no type suffix, no NaN or Infinity. */
  private static final java.util.regex.Pattern PLAIN_NUMBER =
      java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  /**
   * The value of {@code name} as a list of {@code key:value} pairs separated by commas, such as
   * {@code fee-notice:M,repair-visit:O}; an empty value is an empty map. Keys keep their order.
   *
   * @param name the name
   * @return the value of {@code name} as a list of {@code key:value} pairs separated by commas,
   *     such as {@code fee-notice:M,repair-visit:O}; an empty value is an empty map
   * @throws ScorerParameterException naming the entry if one has no colon, an empty key or value,
   *     or a key that repeats
   */
  public Map<String, String> getMap(String name) {
    return pairs(scorerId, name, get(name));
  }

  private static Map<String, String> pairs(String scorerId, String name, String given) {
    String text = given.trim();
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
   *
   * @param name the name
   * @param message the message
   * @return the exception, for the caller to throw
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
