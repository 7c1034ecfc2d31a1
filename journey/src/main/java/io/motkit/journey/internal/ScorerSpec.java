package io.motkit.journey.internal;

import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerRegistry;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * A scorer as its id and parameters, the form in which an analysis that holds a scorer crosses a
 * process boundary (to a cluster's executors): the scorer is made again there from the registry.
 */
public final class ScorerSpec implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final TreeMap<String, String> parameters;

  private ScorerSpec(String id, Map<String, String> parameters) {
    this.id = id;
    this.parameters = new TreeMap<>(parameters);
  }

  /**
   * The id and parameters of {@code scorer}.
   *
   * @param scorer the scorer
   * @return the id and parameters of {@code scorer}
   */
  public static ScorerSpec of(JourneyScorer scorer) {
    return new ScorerSpec(scorer.id(), scorer.parameters());
  }

  /**
   * The scorer made again from the registry.
   *
   * @return the scorer made again from the registry
   */
  public JourneyScorer create() {
    return ScorerRegistry.load().create(id, parameters);
  }
}
