package io.motkit.core.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A parameter a {@link ScorerProvider} accepts: its name, what it means, its default, and, for a
 * parameter with a fixed set of values, those values.
 */
@Value.Immutable
public abstract class ParameterSpec {

  ParameterSpec() {}

  /** The parameter's name, such as {@code peak}. */
  public abstract String name();

  /** What the parameter means and which values it takes. */
  public abstract String description();

  /** The value used when none is given; empty for a required parameter. */
  public abstract Optional<String> defaultValue();

  /** The only values the parameter accepts; empty if any value of the right type is accepted. */
  public abstract List<String> choices();

  /** An optional parameter with a default. */
  public static ParameterSpec of(String name, String description, String defaultValue) {
    return builder().name(name).description(description).defaultValue(defaultValue).build();
  }

  /** A parameter that must be given. */
  public static ParameterSpec required(String name, String description) {
    return builder().name(name).description(description).build();
  }

  /** A parameter that takes one of {@code choices}, {@code defaultValue} unless given. */
  public static ParameterSpec choice(
      String name, String description, String defaultValue, String... choices) {
    return builder()
        .name(name)
        .description(description)
        .defaultValue(defaultValue)
        .addChoices(choices)
        .build();
  }

  /** A builder; {@code name} and {@code description} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ParameterSpec}. */
  public static final class Builder extends ImmutableParameterSpec.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    checkArgument(!name().isBlank(), "parameter name is blank");
    checkArgument(!description().isBlank(), "parameter '%s' has no description", name());
    defaultValue()
        .ifPresent(
            d ->
                checkArgument(
                    choices().isEmpty() || choices().contains(d),
                    "default '%s' of parameter '%s' is not one of its choices %s",
                    d,
                    name(),
                    choices()));
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(name());
    if (!choices().isEmpty()) {
      text.append(" (").append(String.join("|", choices())).append(')');
    }
    defaultValue().ifPresent(d -> text.append(" = ").append(d));
    return text.toString();
  }
}
