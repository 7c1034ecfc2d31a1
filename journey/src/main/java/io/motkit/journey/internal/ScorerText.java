package io.motkit.journey.internal;

import io.motkit.core.scoring.JourneyScorer;
import java.util.Map;
import java.util.TreeMap;

/**
 * A scorer as provenance writes it: its id and its parameters, such as {@code peak-end{end=last,
 * peak=worst}}.
 */
public final class ScorerText {

  private ScorerText() {}

  public static String of(JourneyScorer scorer) {
    Map<String, String> parameters = new TreeMap<>(scorer.parameters());
    return parameters.isEmpty() ? scorer.id() : scorer.id() + parameters;
  }
}
