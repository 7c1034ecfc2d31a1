package io.motkit.core.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A parameter a {@link ScorerProvider} accepts, declared once: its name, what it means, its type,
 * the range or the values it takes, and its default. {@link ScorerParameters} checks given values
 * against this declaration, and help texts, the scoring server's scorer list and the docs are made
 * from it, so a range is never written twice.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class ParameterSpec {

  /** What kind of value a parameter takes. */
  public enum Type {
    /** Any text, checked by the scorer. */
    TEXT,
    /** One of {@link #choices()}. */
    CHOICE,
    /** A finite number (or {@code inf} where the maximum is infinite), within the range. */
    NUMBER,
    /** A whole number, within the range. */
    INTEGER,
    /** {@code key:value} pairs separated by commas, such as {@code fee-notice:M,repair-visit:O}. */
    PAIRS;

    /**
     * The type's name in lower case, as help texts and JSON show it.
     *
     * @return the type's name in lower case, as help texts and JSON show it
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  ParameterSpec() {}

  /**
   * The parameter's name, such as {@code peak}.
   *
   * @return the parameter's name, such as {@code peak}
   */
  public abstract String name();

  /**
   * What the parameter means.
   *
   * @return what the parameter means
   */
  public abstract String description();

  /**
   * The kind of value; {@link Type#CHOICE} when there are choices, {@link Type#TEXT} otherwise.
   *
   * @return the kind of value; {@link Type#CHOICE} when there are choices, {@link Type#TEXT}
   *     otherwise
   */
  @Value.Default
  public Type type() {
    return choices().isEmpty() ? Type.TEXT : Type.CHOICE;
  }

  /**
   * The value used when none is given; empty for a required parameter.
   *
   * @return the value used when none is given; empty for a required parameter
   */
  public abstract Optional<String> defaultValue();

  /**
   * The only values the parameter accepts; empty unless the type is {@link Type#CHOICE}.
   *
   * @return the only values the parameter accepts; empty unless the type is {@link Type#CHOICE}
   */
  public abstract List<String> choices();

  /**
   * The smallest value a number or whole number may take.
   *
   * @return the smallest value a number or whole number may take
   */
  public abstract OptionalDouble minimum();

  /**
   * Whether the {@link #minimum()} itself is excluded (a half-life must be above 0).
   *
   * @return whether the {@link #minimum()} itself is excluded (a half-life must be above 0)
   */
  @Value.Default
  public boolean minimumExclusive() {
    return false;
  }

  /**
   * The largest value a number or whole number may take (infinite allows {@code inf}).
   *
   * @return the largest value a number or whole number may take (infinite allows {@code inf})
   */
  public abstract OptionalDouble maximum();

  /**
   * An optional text parameter with a default.
   *
   * @param name the name
   * @param description the description
   * @param defaultValue the default value
   * @return an optional text parameter with a default
   */
  public static ParameterSpec of(String name, String description, String defaultValue) {
    return builder().name(name).description(description).defaultValue(defaultValue).build();
  }

  /**
   * A text parameter that must be given.
   *
   * @param name the name
   * @param description the description
   * @return a text parameter that must be given
   */
  public static ParameterSpec required(String name, String description) {
    return builder().name(name).description(description).build();
  }

  /**
   * A parameter that takes one of {@code choices}, {@code defaultValue} unless given.
   *
   * @param name the name
   * @param description the description
   * @param defaultValue the default value
   * @param choices the choices
   * @return a parameter that takes one of {@code choices}, {@code defaultValue} unless given
   */
  public static ParameterSpec choice(
      String name, String description, String defaultValue, String... choices) {
    return builder()
        .name(name)
        .description(description)
        .defaultValue(defaultValue)
        .addChoices(choices)
        .build();
  }

  /**
   * A number from {@code minimum} to {@code maximum}, both included.
   *
   * @param name the name
   * @param description the description
   * @param defaultValue the default value
   * @param minimum the minimum
   * @param maximum the maximum
   * @return a number from {@code minimum} to {@code maximum}, both included
   */
  public static ParameterSpec number(
      String name, String description, String defaultValue, double minimum, double maximum) {
    return builder()
        .name(name)
        .description(description)
        .type(Type.NUMBER)
        .defaultValue(defaultValue)
        .minimum(minimum)
        .maximum(maximum)
        .build();
  }

  /**
   * A whole number of at least {@code minimum}.
   *
   * @param name the name
   * @param description the description
   * @param defaultValue the default value
   * @param minimum the minimum
   * @return a whole number of at least {@code minimum}
   */
  public static ParameterSpec integer(
      String name, String description, String defaultValue, int minimum) {
    return builder()
        .name(name)
        .description(description)
        .type(Type.INTEGER)
        .defaultValue(defaultValue)
        .minimum(minimum)
        .build();
  }

  /**
   * {@code key:value} pairs, {@code defaultValue} unless given.
   *
   * @param name the name
   * @param description the description
   * @param defaultValue the default value
   * @return {@code key:value} pairs, {@code defaultValue} unless given
   */
  public static ParameterSpec pairs(String name, String description, String defaultValue) {
    return builder()
        .name(name)
        .description(description)
        .type(Type.PAIRS)
        .defaultValue(defaultValue)
        .build();
  }

  /**
   * {@code key:value} pairs that must be given.
   *
   * @param name the name
   * @param description the description
   * @return {@code key:value} pairs that must be given
   */
  public static ParameterSpec requiredPairs(String name, String description) {
    return builder().name(name).description(description).type(Type.PAIRS).build();
  }

  /**
   * A builder; {@code name} and {@code description} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ParameterSpec}. */
  public static final class Builder extends ImmutableParameterSpec.Builder {
    Builder() {}
  }

  /**
   * The range in interval notation, such as {@code [0, 1]}, {@code (0, inf]} or {@code >= 1}; empty
   * without one.
   *
   * @return the range in interval notation, such as {@code [0, 1]}, {@code (0, inf]} or {@code >=
   *     1}; empty without one
   */
  public final String range() {
    if (minimum().isEmpty() && maximum().isEmpty()) {
      return "";
    }
    if (maximum().isEmpty()) {
      return (minimumExclusive() ? "> " : ">= ") + number(minimum().getAsDouble());
    }
    String low = minimum().isPresent() ? number(minimum().getAsDouble()) : "-inf";
    return (minimumExclusive() ? "(" : "[") + low + ", " + number(maximum().getAsDouble()) + "]";
  }

  private static String number(double value) {
    if (value == Double.POSITIVE_INFINITY) {
      return "inf";
    }
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  @Value.Check
  final void check() {
    checkArgument(!name().isBlank(), "parameter name is blank");
    checkArgument(!description().isBlank(), "parameter '%s' has no description", name());
    checkArgument(
        (type() == Type.CHOICE) == !choices().isEmpty(),
        "parameter '%s' of type %s %s choices",
        name(),
        type().label(),
        choices().isEmpty() ? "has no" : "cannot have");
    checkArgument(
        type() == Type.NUMBER
            || type() == Type.INTEGER
            || (minimum().isEmpty() && maximum().isEmpty()),
        "parameter '%s' of type %s cannot have a range",
        name(),
        type().label());
    // A default must pass the same checks as a given value.
    defaultValue().ifPresent(d -> ScorerParameters.checkValue("(declaration)", this, d));
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(name());
    if (!choices().isEmpty()) {
      text.append(" (").append(String.join("|", choices())).append(')');
    } else if (type() != Type.TEXT) {
      text.append(" (").append(type().label());
      if (!range().isEmpty()) {
        text.append(' ').append(range());
      }
      text.append(')');
    }
    defaultValue().ifPresent(d -> text.append(" = ").append(d.isEmpty() ? "\"\"" : d));
    return text.toString();
  }
}
