package io.motkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.motkit.core.scoring.ScorerProvider;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.scoring.kano.KanoJourneyScorerProvider;
import io.motkit.scoring.servqual.ServqualJourneyScorerProvider;
import io.motkit.testkit.ScorerContract;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every registered scorer runs the test kit's contract; only the two scorers with a required
 * parameter say how to fill it for the generated touchpoints.
 */
final class BuiltInScorersContractTest extends ScorerContract {

  private static final String[] KANO_LETTERS = {"A", "O", "M", "I", "R"};
  private static final String[] DIMENSIONS = {
    "tangibles", "reliability", "responsiveness", "assurance", "empathy"
  };

  @Override
  protected Map<String, String> parameters(ScorerProvider provider, List<String> touchpoints) {
    if (provider.id().equals(KanoJourneyScorerProvider.ID)) {
      return Map.of("categories", pairs(touchpoints, KANO_LETTERS));
    }
    if (provider.id().equals(ServqualJourneyScorerProvider.ID)) {
      return Map.of("dimensions", pairs(touchpoints, DIMENSIONS));
    }
    return Map.of();
  }

  private static String pairs(List<String> touchpoints, String[] values) {
    return touchpoints.stream()
        .map(t -> t + ":" + values[touchpoints.indexOf(t) % values.length])
        .collect(Collectors.joining(","));
  }

  @Test
  void everyScorerOfTheDesignIsRegistered() {
    assertThat(ScorerRegistry.load().ids())
        .contains(
            "peak-end",
            "recency",
            "mean",
            "duration-weighted",
            "end",
            "peak",
            "min",
            "weakest-link",
            "trend",
            "kano",
            "servqual",
            "composite");
  }
}
