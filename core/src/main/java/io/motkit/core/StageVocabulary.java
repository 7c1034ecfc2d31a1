package io.motkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An ordered list of journey stages that a user defines, with two presets from the service
 * literature on moments of truth in property management: the customer life cycle ({@link
 * #customerLifecycle()}) and fee collection ({@link #feeCollection()}).
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class StageVocabulary {

  StageVocabulary() {}

  /**
   * The stages in journey order; their {@link Stage#order()} is their index here.
   *
   * @return the stages in journey order; their {@link Stage#order()} is their index here
   */
  public abstract List<Stage> stages();

  /**
   * A vocabulary of the given stage names, in journey order.
   *
   * @param names the names
   * @return a vocabulary of the given stage names, in journey order
   * @throws IllegalArgumentException if the list is empty, a name is blank, or a name repeats
   */
  public static StageVocabulary of(List<String> names) {
    checkArgument(!names.isEmpty(), "a stage vocabulary needs at least one stage");
    ImmutableStageVocabulary.Builder builder = ImmutableStageVocabulary.builder();
    for (int i = 0; i < names.size(); i++) {
      builder.addStage(Stage.of(names.get(i), i));
    }
    return builder.build();
  }

  /**
   * Varargs form of {@link #of(List)}.
   *
   * @param names the names
   * @return the vocabulary of these stages, in order
   */
  public static StageVocabulary of(String... names) {
    return of(ImmutableList.copyOf(names));
  }

  /**
   * The four stages of a customer relationship: {@code pre-contact} (advertising, first inquiry),
   * {@code transaction} (purchase, move-in, payment), {@code after-sales} (repairs, complaints) and
   * {@code relationship} (return visits, surveys).
   *
   * @return the four stages of a customer relationship: {@code pre-contact} (advertising, first
   *     inquiry), {@code transaction} (purchase, move-in, payment), {@code after-sales} (repairs,
   *     complaints) and {@code relationship} (return visits, surveys)
   */
  public static StageVocabulary customerLifecycle() {
    return of("pre-contact", "transaction", "after-sales", "relationship");
  }

  /**
   * The stages of a property-management fee collection: {@code before-collection} (records checked,
   * notice by phone or SMS), {@code during-collection} (staff attitude, ways to pay), {@code
   * objection-handling} and {@code after-collection} (follow-up call, survey).
   *
   * @return the stages of a property-management fee collection: {@code before-collection} (records
   *     checked, notice by phone or SMS), {@code during-collection} (staff attitude, ways to pay),
   *     {@code objection-handling} and {@code after-collection} (follow-up call, survey)
   */
  public static StageVocabulary feeCollection() {
    return of("before-collection", "during-collection", "objection-handling", "after-collection");
  }

  /**
   * The stage with this name, if the vocabulary has one.
   *
   * @param name the name
   * @return the stage with this name, if the vocabulary has one
   */
  public final Optional<Stage> find(String name) {
    return stages().stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * The stage with this name.
   *
   * @param name the name
   * @return the stage with this name
   * @throws IllegalArgumentException naming the stage and listing the valid ones if there is none
   */
  public final Stage stage(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown stage '" + name + "'; valid stages are " + names()));
  }

  /**
   * The stage names in order.
   *
   * @return the stage names in order
   */
  public final List<String> names() {
    return stages().stream().map(Stage::name).collect(Collectors.toUnmodifiableList());
  }

  @Value.Check
  final void check() {
    checkArgument(!stages().isEmpty(), "a stage vocabulary needs at least one stage");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < stages().size(); i++) {
      Stage stage = stages().get(i);
      checkArgument(seen.add(stage.name()), "stage '%s' appears twice", stage.name());
      checkArgument(
          stage.order() == i,
          "stage '%s' has order %s at position %s",
          stage.name(),
          stage.order(),
          i);
    }
  }
}
