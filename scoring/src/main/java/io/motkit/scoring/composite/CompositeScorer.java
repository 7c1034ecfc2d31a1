package io.motkit.scoring.composite;

import io.motkit.core.AspectWeights;
import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.Moment;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScoringException;
import java.util.Map;
import java.util.Optional;

/**
 * Replaces each moment that has aspect ratings by their weighted composite, then lets another
 * scorer aggregate the journey. Moments without aspect ratings keep their value.
 */
final class CompositeScorer implements JourneyScorer {

  private final Map<String, String> parameters;
  private final Optional<AspectWeights> weights;
  private final JourneyScorer inner;

  /**
   * A composite scorer using {@code weights} for every rated moment, or each moment's own aspect
   * weights when empty.
   */
  CompositeScorer(
      Map<String, String> parameters, Optional<AspectWeights> weights, JourneyScorer inner) {
    this.parameters = Map.copyOf(parameters);
    this.weights = weights;
    this.inner = inner;
  }

  @Override
  public String id() {
    return CompositeScorerProvider.ID;
  }

  @Override
  public Map<String, String> parameters() {
    return parameters;
  }

  @Override
  public JourneyScore score(Journey journey) {
    double[] values = new double[journey.size()];
    for (int i = 0; i < values.length; i++) {
      Moment moment = journey.moment(i);
      if (moment.aspects().isEmpty()) {
        values[i] = moment.value();
      } else if (weights.isPresent()) {
        try {
          values[i] = weights.get().composite(moment.aspects());
        } catch (IllegalArgumentException e) {
          throw new ScoringException(
              journey.id(),
              "moment " + i + " (touchpoint '" + moment.touchpointId() + "'): " + e.getMessage());
        }
      } else {
        values[i] = moment.compositeValue();
      }
    }
    return inner.score(journey.withValues(values)).relabel(id(), parameters);
  }
}
