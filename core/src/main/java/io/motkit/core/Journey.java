package io.motkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One customer's contact timeline: the {@link Moment moments} they went through, in time order,
 * rated on one {@link Scale}, with the expectations per touchpoint, the journey-level outcomes
 * (overall satisfaction, likelihood to recommend, paid = 1 or 0) and segment attributes.
 *
 * <p>Moments are kept in order of their start; moments with equal starts keep the order in which
 * they were given. Building a journey checks that every value and expectation lies on the scale and
 * that a touchpoint id names one touchpoint only; a failure names the journey, the moment's
 * position and the bad value.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class Journey {

  /**
   * Time order, and for moments at the same time an order of their content, so that no result
   * depends on the order the moments were given in: touchpoint id (by code point), then value, then
   * duration. The event log and Spark order equal times the same way.
   */
  private static final Comparator<Moment> BY_START =
      Comparator.comparing(Moment::start)
          .thenComparing(
              (Moment a, Moment b) ->
                  io.motkit.core.internal.TextOrder.compare(
                      a.touchpoint().id(), b.touchpoint().id()))
          .thenComparingDouble(Moment::value)
          .thenComparing(Moment::duration);

  Journey() {}

  /**
   * The journey's identifier; never blank.
   *
   * @return the journey's identifier; never blank
   */
  public abstract String id();

  /**
   * The customer whose journey this is, if known.
   *
   * @return the customer whose journey this is, if known
   */
  public abstract Optional<String> customer();

  /**
   * The scale every moment's value and every expectation is on.
   *
   * @return the scale every moment's value and every expectation is on
   */
  public abstract Scale scale();

  /**
   * The moments in time order.
   *
   * @return the moments in time order
   */
  public abstract List<Moment> moments();

  /**
   * Expectations by touchpoint id; a moment's own expectation takes precedence.
   *
   * @return expectations by touchpoint id; a moment's own expectation takes precedence
   */
  public abstract Map<String, Expectation> expectations();

  /**
   * Journey-level outcomes by name, such as {@code satisfaction} or {@code paid}.
   *
   * @return journey-level outcomes by name, such as {@code satisfaction} or {@code paid}
   */
  public abstract Map<String, Double> outcomes();

  /**
   * Segment attributes by name, such as {@code region} or {@code building}.
   *
   * @return segment attributes by name, such as {@code region} or {@code building}
   */
  public abstract Map<String, String> attributes();

  /**
   * A builder; {@code id} and {@code scale} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Journey}. */
  public static final class Builder extends ImmutableJourney.Builder {
    Builder() {}
  }

  /**
   * The number of moments.
   *
   * @return the number of moments
   */
  public final int size() {
    return moments().size();
  }

  /**
   * Whether the journey has no moments.
   *
   * @return whether the journey has no moments
   */
  public final boolean isEmpty() {
    return moments().isEmpty();
  }

  /**
   * The moment at {@code index} in time order.
   *
   * @param index the index
   * @return the moment at {@code index} in time order
   */
  public final Moment moment(int index) {
    return moments().get(index);
  }

  /**
   * The distinct touchpoints, in order of first occurrence.
   *
   * @return the distinct touchpoints, in order of first occurrence
   */
  @Value.Lazy
  public List<Touchpoint> touchpoints() {
    Map<String, Touchpoint> byId = new LinkedHashMap<>();
    for (Moment moment : moments()) {
      byId.putIfAbsent(moment.touchpointId(), moment.touchpoint());
    }
    return List.copyOf(byId.values());
  }

  /**
   * The expectation that applies to the moment at {@code index}: the moment's own, else the
   * journey's for its touchpoint.
   *
   * @param index the index
   * @return the expectation that applies to the moment at {@code index}: the moment's own, else the
   *     journey's for its touchpoint
   */
  public final Optional<Expectation> expectationFor(int index) {
    Moment moment = moment(index);
    if (moment.expectation().isPresent()) {
      return moment.expectation();
    }
    return Optional.ofNullable(expectations().get(moment.touchpointId()));
  }

  /**
   * The outcome with this name, if recorded.
   *
   * @param name the name
   * @return the outcome with this name, if recorded
   */
  public final Optional<Double> outcome(String name) {
    return Optional.ofNullable(outcomes().get(name));
  }

  /**
   * The attribute with this name, if recorded.
   *
   * @param name the name
   * @return the attribute with this name, if recorded
   */
  public final Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes().get(name));
  }

  /**
   * This journey with every moment's value replaced, on another scale: the input of a model that
   * first maps each moment to a new value (a Kano-shaped satisfaction, an aspect composite) and
   * then aggregates. Aspect ratings and expectations belong to the old scale and are dropped;
   * touchpoints, times, outcomes and attributes are kept.
   *
   * @param scale the scale the new values lie on
   * @param values one value per moment, in time order
   * @return this journey with every moment's value replaced, on another scale: the input of a model
   *     that first maps each moment to a new value (a Kano-shaped satisfaction, an aspect
   *     composite) and then aggregates
   * @throws IllegalArgumentException if the number of values differs from the number of moments or
   *     a value is off the new scale
   */
  public final Journey revalued(Scale scale, double[] values) {
    return copyWithValues(scale, values, false);
  }

  /**
   * This journey with every moment's value replaced on the same scale, such as by the composite of
   * its aspect ratings. Expectations are kept; aspect ratings and aspect weights are dropped, since
   * the new value stands in for them.
   *
   * @param values one value per moment, in time order
   * @return this journey with every moment's value replaced on the same scale, such as by the
   *     composite of its aspect ratings
   * @throws IllegalArgumentException if the number of values differs from the number of moments or
   *     a value is off the scale
   */
  public final Journey withValues(double[] values) {
    return copyWithValues(scale(), values, true);
  }

  private Journey copyWithValues(Scale scale, double[] values, boolean keepExpectations) {
    checkArgument(
        values.length == size(),
        "journey '%s' has %s moments but %s values were given",
        id(),
        size(),
        values.length);
    Journey.Builder copy =
        builder().id(id()).scale(scale).putAllOutcomes(outcomes()).putAllAttributes(attributes());
    customer().ifPresent(copy::customer);
    if (keepExpectations) {
      copy.putAllExpectations(expectations());
    }
    for (int i = 0; i < values.length; i++) {
      Moment moment = moment(i);
      Moment.Builder revalued =
          Moment.builder()
              .touchpoint(moment.touchpoint())
              .start(moment.start())
              .duration(moment.duration())
              .value(values[i]);
      if (keepExpectations) {
        moment.expectation().ifPresent(revalued::expectation);
      }
      copy.addMoment(revalued.build());
    }
    return copy.build();
  }

  /**
   * Puts the moments in time order (equal times by touchpoint, value and duration), so that every
   * journey a caller sees is ordered the same whatever order its moments came in, and checks the
   * invariants.
   */
  @Value.Check
  final Journey normalize() {
    checkArgument(!id().isBlank(), "journey id is blank");
    if (!isInTimeOrder(moments())) {
      List<Moment> sorted = new ArrayList<>(moments());
      sorted.sort(BY_START);
      return ((ImmutableJourney) ImmutableJourney.copyOf(this)).withMoments(sorted);
    }
    validate();
    return this;
  }

  private static boolean isInTimeOrder(List<Moment> moments) {
    for (int i = 1; i < moments.size(); i++) {
      if (BY_START.compare(moments.get(i - 1), moments.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  private void validate() {
    Scale scale = scale();
    Map<String, Touchpoint> touchpoints = new HashMap<>();
    for (int i = 0; i < moments().size(); i++) {
      Moment moment = moments().get(i);
      String where = where(i, moment);
      checkArgument(
          scale.contains(moment.value()),
          "%s: value %s is outside the scale %s",
          where,
          moment.value(),
          scale);
      for (Map.Entry<String, Double> aspect : moment.aspects().entrySet()) {
        checkArgument(
            scale.contains(aspect.getValue()),
            "%s: aspect '%s' rating %s is outside the scale %s",
            where,
            aspect.getKey(),
            aspect.getValue(),
            scale);
      }
      moment.expectation().ifPresent(e -> e.requireOn(scale, where));
      Touchpoint previous = touchpoints.putIfAbsent(moment.touchpointId(), moment.touchpoint());
      checkArgument(
          previous == null || previous.equals(moment.touchpoint()),
          "%s: touchpoint id '%s' names two different touchpoints: %s and %s",
          where,
          moment.touchpointId(),
          previous,
          moment.touchpoint());
    }
    for (Map.Entry<String, Expectation> e : expectations().entrySet()) {
      e.getValue().requireOn(scale, "journey '" + id() + "', expectation of '" + e.getKey() + "'");
    }
    for (Map.Entry<String, Double> outcome : outcomes().entrySet()) {
      checkArgument(
          Double.isFinite(outcome.getValue()),
          "journey '%s': outcome '%s' is not finite: %s",
          id(),
          outcome.getKey(),
          outcome.getValue());
    }
  }

  private String where(int index, Moment moment) {
    return "journey '"
        + id()
        + "', moment "
        + index
        + " (touchpoint '"
        + moment.touchpointId()
        + "')";
  }
}
