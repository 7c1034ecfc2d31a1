package io.motkit.journey.read;

import io.motkit.core.AspectWeights;
import io.motkit.core.Expectation;
import java.util.Map;
import java.util.Optional;

/**
 * What an event may carry besides its value: an expectation (with its importance) and aspect
 * ratings with their weights. Interned in a log, as most events share one of a few.
 */
public record MomentDetail(
    Optional<Expectation> expectation,
    Map<String, Double> aspects,
    Optional<AspectWeights> aspectWeights) {

  public MomentDetail {
    aspects = Map.copyOf(aspects);
  }

  public boolean isEmpty() {
    return expectation.isEmpty() && aspects.isEmpty() && aspectWeights.isEmpty();
  }
}
