package io.motkit.core.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.Expectation;
import io.motkit.core.Journey;
import io.motkit.core.Scale;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Which per-moment value a sequence scorer aggregates.
 *
 * <ul>
 *   <li>{@link #RAW}: the experienced rating, on the journey's scale.
 *   <li>{@link #COMPOSITE}: the aspect ratings combined by the moment's aspect weights, or the
 *       rating where a moment has none.
 *   <li>{@link #DISCONFIRMATION}: experienced minus expected (Oliver 1980), using the moment's
 *       expectation or the journey's for its touchpoint; every moment needs one.
 * </ul>
 */
@API(status = STABLE, since = "0.1")
public enum MomentInput {
  /** The experienced rating. */
  RAW("raw"),
  /** The aspect-weighted composite of the moment's aspect ratings. */
  COMPOSITE("composite"),
  /** Experienced minus expected. */
  DISCONFIRMATION("disconfirmation");

  /** The {@code input} parameter every sequence scorer accepts. */
  public static final ParameterSpec PARAMETER =
      ParameterSpec.choice(
          "input",
          "the per-moment value to aggregate: raw (the rating), composite (aspect-weighted) or"
              + " disconfirmation (rating minus expectation)",
          "raw",
          "raw",
          "composite",
          "disconfirmation");

  private final String label;

  MomentInput(String label) {
    this.label = label;
  }

  /**
   * The parameter value, such as {@code disconfirmation}.
   *
   * @return the parameter value, such as {@code disconfirmation}
   */
  public String label() {
    return label;
  }

  /**
   * The input named by a parameter value.
   *
   * @param text the text
   * @return the input named by a parameter value
   * @throws IllegalArgumentException naming the text if no input has that label
   */
  public static MomentInput parse(String text) {
    for (MomentInput input : values()) {
      if (input.label.equals(text.toLowerCase(Locale.ROOT))) {
        return input;
      }
    }
    throw new IllegalArgumentException(
        "unknown input '" + text + "'; valid inputs are raw, composite, disconfirmation");
  }

  /**
   * The per-moment values of {@code journey}, in time order.
   *
   * @param journey the journey
   * @return the per-moment values of {@code journey}, in time order
   * @throws ScoringException naming the moment and touchpoint if a disconfirmation needs an
   *     expectation that the journey does not have
   */
  public double[] values(Journey journey) {
    double[] values = new double[journey.size()];
    for (int i = 0; i < values.length; i++) {
      switch (this) {
        case RAW:
          values[i] = journey.moment(i).value();
          break;
        case COMPOSITE:
          values[i] = journey.moment(i).compositeValue();
          break;
        case DISCONFIRMATION:
          values[i] = journey.moment(i).value() - requireExpectation(journey, i).expected();
          break;
        default:
          throw new AssertionError(this);
      }
    }
    return values;
  }

  /**
   * The scale the values of {@link #values(Journey)} lie on: the journey's scale, or for a
   * disconfirmation the scale of differences, from {@code min - max} to {@code max - min} with
   * neutral 0 and the same direction.
   *
   * @param journeyScale the scale of the journeys' values
   * @return the scale the values of {@link #values(Journey)} lie on: the journey's scale, or for a
   *     disconfirmation the scale of differences, from {@code min - max} to {@code max - min} with
   *     neutral 0 and the same direction
   */
  public Scale scale(Scale journeyScale) {
    if (this == DISCONFIRMATION) {
      double range = journeyScale.range();
      return Scale.of(-range, range, 0, journeyScale.higherIsBetter());
    }
    return journeyScale;
  }

  /**
   * The expectation that applies to moment {@code index} of {@code journey}.
   *
   * @param journey the journey
   * @param index the index
   * @return the expectation that applies to moment {@code index} of {@code journey}
   * @throws ScoringException naming the moment and touchpoint if there is none
   */
  public static Expectation requireExpectation(Journey journey, int index) {
    Optional<Expectation> expectation = journey.expectationFor(index);
    if (expectation.isEmpty()) {
      throw new ScoringException(
          journey.id(),
          "moment "
              + index
              + " (touchpoint '"
              + journey.moment(index).touchpointId()
              + "') has no expectation, and the scorer needs one; give the journey an expectation"
              + " for the touchpoint or the moment its own");
    }
    return expectation.get();
  }

  @Override
  public String toString() {
    return label;
  }
}
