package io.motkit.core.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.MomentContribution;
import io.motkit.core.Scale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The base of scorers that fold a journey's per-moment values into one number. The value always
 * comes from the scorer's {@link SequenceKernel}, so the object path and the batch path agree
 * exactly; the explanation (a weight per moment, roles and details) comes from {@link #explain}.
 * For every subclass the weighted inputs sum to the value.
 */
@API(status = STABLE, since = "0.1")
public abstract class SequenceScorer implements JourneyScorer {

  private final String id;
  private final ScorerParameters parameters;
  private final MomentInput input;

  /**
   * A scorer with provider id {@code id}, resolved {@code parameters}, aggregating {@code input}.
   *
   * @param id the id
   * @param parameters the parameters, by name
   * @param input the input
   */
  protected SequenceScorer(String id, ScorerParameters parameters, MomentInput input) {
    this.id = id;
    this.parameters = parameters;
    this.input = input;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Map<String, String> parameters() {
    return parameters.asMap();
  }

  /**
   * The per-moment value this scorer aggregates.
   *
   * @return the per-moment value this scorer aggregates
   */
  public final MomentInput input() {
    return input;
  }

  /**
   * {@inheritDoc}
   *
   * @throws ScoringException if the journey has no moments, lacks an expectation that the input
   *     needs, or cannot be scored by this model (the message says why)
   */
  @Override
  public final JourneyScore score(Journey journey) {
    if (journey.isEmpty()) {
      throw new ScoringException(
          journey.id(), "has no moments; a journey score needs at least one");
    }
    double[] values = input.values(journey);
    long[] starts = Timeline.startMillis(journey);
    long[] durations = Timeline.durationMillis(journey);
    Scale scale = input.scale(journey.scale());
    JourneyScore.Builder score =
        JourneyScore.builder()
            .journeyId(journey.id())
            .scorerId(id)
            .putAllParameters(parameters.asMap());
    double[] weights;
    try {
      score.value(sequenceKernel(scale).score(values, starts, durations, 0, values.length));
      weights = explain(values, starts, durations, scale, score);
    } catch (ScoringException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      // The kernel and the explanation report what the model cannot do with these moments.
      throw new ScoringException(
          journey.id(), java.util.Objects.requireNonNullElse(e.getMessage(), "cannot be scored"));
    }
    double[] inputs = contributionInputs(values, scale);
    for (int i = 0; i < values.length; i++) {
      score.addContribution(
          MomentContribution.of(i, journey.moment(i).touchpointId(), inputs[i], weights[i]));
    }
    return score.build();
  }

  /**
   * The kernel over raw ratings on {@code scale}; empty when this scorer aggregates another input
   * (composite or disconfirmation), which raw arrays do not carry.
   */
  @Override
  public final Optional<SequenceKernel> kernel(Scale scale) {
    return input == MomentInput.RAW ? Optional.of(sequenceKernel(scale)) : Optional.empty();
  }

  /**
   * The incremental form of the kernel over raw ratings on {@code scale}, where the model has one;
   * empty for other inputs, as {@link #kernel(Scale)} is.
   */
  @Override
  public final Optional<MomentFold> fold(Scale scale) {
    return input == MomentInput.RAW ? sequenceFold(scale) : Optional.empty();
  }

  /**
   * The incremental form of {@link #sequenceKernel(Scale)}, if the model has one: it must return
   * the kernel's value to the last bit for the same moments. Empty unless a subclass overrides it.
   *
   * @param scale the scale of the values the fold will see
   * @return the fold, or empty
   */
  protected Optional<MomentFold> sequenceFold(Scale scale) {
    return Optional.empty();
  }

  /**
   * The kernel for values on {@code scale}.
   *
   * @param scale the scale of the values the kernel will see
   * @return a thread-safe kernel that allocates nothing per call
   */
  protected abstract SequenceKernel sequenceKernel(Scale scale);

  /**
   * The per-moment inputs the explanation's weights apply to: the values themselves, unless the
   * model first transforms each value (an area measured from the neutral point does).
   *
   * @param values the per-moment values, in time order
   * @param scale the scale of {@code values}
   * @return one input per moment, such that the weighted inputs sum to the value
   */
  protected double[] contributionInputs(double[] values, Scale scale) {
    return values;
  }

  /**
   * Explains a score: returns each moment's weight, so that the weighted values sum to the kernel's
   * value, and records roles and details in {@code score}.
   *
   * @param values the per-moment values, in time order; at least one
   * @param startMillis the moments' starts in epoch milliseconds
   * @param durationMillis the moments' durations in milliseconds
   * @param scale the scale of {@code values}
   * @param score the score being built, for roles and details
   * @return one weight per moment
   */
  protected abstract double[] explain(
      double[] values,
      long[] startMillis,
      long[] durationMillis,
      Scale scale,
      JourneyScore.Builder score);
}
