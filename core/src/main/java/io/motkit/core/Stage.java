package io.motkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A stage of a customer journey, with its position in the ordered {@link StageVocabulary} it
 * belongs to. Stages compare by that position.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class Stage implements Comparable<Stage> {

  Stage() {}

  /**
   * The stage's name, unique within its vocabulary.
   *
   * @return the stage's name, unique within its vocabulary
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The stage's position in its vocabulary, from 0.
   *
   * @return the stage's position in its vocabulary, from 0
   */
  @Value.Parameter
  public abstract int order();

  /**
   * A stage named {@code name} at position {@code order}.
   *
   * @param name the name
   * @param order the order
   * @return a stage named {@code name} at position {@code order}
   * @throws IllegalArgumentException if the name is blank or the order negative
   */
  public static Stage of(String name, int order) {
    return ImmutableStage.of(name, order);
  }

  @Override
  public final int compareTo(Stage other) {
    int byOrder = Integer.compare(order(), other.order());
    return byOrder != 0 ? byOrder : name().compareTo(other.name());
  }

  @Value.Check
  final void check() {
    checkArgument(!name().isBlank(), "stage name is blank");
    checkArgument(order() >= 0, "stage '%s' has a negative order: %s", name(), order());
  }

  @Override
  public String toString() {
    return name();
  }
}
