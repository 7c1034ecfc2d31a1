package io.motkit.core.scoring;

import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.MomentContribution;
import io.motkit.core.Scale;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A trivial scorer for tests: the value of the last moment, scaled by a factor. Registered through
 * this test tree's {@code META-INF/services} to prove that ServiceLoader discovery works.
 */
public final class LastValueScorerProvider implements ScorerProvider {

  /** The test scorer's id. */
  public static final String ID = "test-last-value";

  /** For the ServiceLoader. */
  public LastValueScorerProvider() {}

  private static final List<ParameterSpec> PARAMETERS =
      List.of(ParameterSpec.number("factor", "multiplies the last value", "1", 0, 1));

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "the last moment's value (a test scorer)";
  }

  @Override
  public String reference() {
    return "none";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return PARAMETERS;
  }

  @Override
  public JourneyScorer create(Map<String, String> parameters) {
    ScorerParameters p = ScorerParameters.parse(ID, PARAMETERS, parameters);
    double factor = p.getDouble("factor");
    return new JourneyScorer() {
      @Override
      public String id() {
        return ID;
      }

      @Override
      public Map<String, String> parameters() {
        return p.asMap();
      }

      @Override
      public JourneyScore score(Journey journey) {
        if (journey.isEmpty()) {
          throw new ScoringException(journey.id(), "has no moments");
        }
        int last = journey.size() - 1;
        return JourneyScore.builder()
            .journeyId(journey.id())
            .scorerId(ID)
            .putAllParameters(p.asMap())
            .value(factor * journey.moment(last).value())
            .addContribution(
                MomentContribution.of(
                    last,
                    journey.moment(last).touchpointId(),
                    journey.moment(last).value(),
                    factor))
            .putRole(JourneyScore.END, last)
            .build();
      }

      @Override
      public Optional<SequenceKernel> kernel(Scale scale) {
        return Optional.of((values, starts, durations, from, to) -> factor * values[to - 1]);
      }
    };
  }
}
