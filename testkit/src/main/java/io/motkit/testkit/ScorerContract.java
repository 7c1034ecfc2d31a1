package io.motkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.Moment;
import io.motkit.core.MomentContribution;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ParameterSpec;
import io.motkit.core.scoring.ScorerProvider;
import io.motkit.core.scoring.ScorerRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract every journey scorer keeps, as a JUnit 5 test to extend: a provider describes itself
 * and its parameters, the registry finds it, and on generated journeys every score is finite,
 * carries the scorer's id, version and parameters, and is explained by per-moment contributions
 * that add up to it and name the moments' touchpoints.
 *
 * <p>By default the contract runs over every provider the {@link ScorerRegistry} finds, so a new
 * scorer is checked as soon as it is registered. A scorer with required parameters says how to fill
 * them for the generated touchpoints ({@link Generators#TOUCHPOINT_IDS}) by overriding {@link
 * #parameters}; a library checks only its own scorers by overriding {@link #providers}:
 *
 * <pre>{@code
 * final class MyScorerContractTest extends ScorerContract {
 *   @Override
 *   protected List<ScorerProvider> providers() {
 *     return List.of(new MyScorerProvider());
 *   }
 * }
 * }</pre>
 */
public abstract class ScorerContract {

  /** For subclasses. */
  protected ScorerContract() {}

  /**
   * The providers under test: by default every one the registry finds.
   *
   * @return the providers under test: by default every one the registry finds
   */
  protected List<ScorerProvider> providers() {
    return ScorerRegistry.load().providers();
  }

  /**
   * The parameters {@code provider} needs to score journeys over {@code touchpoints}; by default
   * none, which suits a scorer whose parameters all have defaults.
   *
   * @param provider the provider
   * @param touchpoints the touchpoints
   * @return the parameters {@code provider} needs to score journeys over {@code touchpoints}; by
   *     default none, which suits a scorer whose parameters all have defaults
   */
  protected Map<String, String> parameters(ScorerProvider provider, List<String> touchpoints) {
    return Map.of();
  }

  /**
   * How many generated journeys each scorer scores.
   *
   * @return how many generated journeys each scorer scores
   */
  protected int examples() {
    return 200;
  }

  /** One container of checks per provider. */
  @TestFactory
  final Stream<DynamicNode> everyScorerKeepsTheContract() {
    ScorerRegistry registry = ScorerRegistry.load();
    return providers().stream()
        .map(
            provider ->
                DynamicContainer.dynamicContainer(
                    provider.id(),
                    List.of(
                        DynamicTest.dynamicTest(
                            "describes itself and its parameters", () -> describesItself(provider)),
                        DynamicTest.dynamicTest(
                            "is found by the registry",
                            () -> assertThat(registry.ids()).contains(provider.id())),
                        DynamicTest.dynamicTest(
                            "rejects an unknown parameter",
                            () -> rejectsUnknownParameters(provider)),
                        DynamicTest.dynamicTest(
                            "gives finite explained scores with provenance",
                            () -> scores(provider)))));
  }

  private static void describesItself(ScorerProvider provider) {
    assertThat(provider.id()).matches("[a-z][a-z0-9-]*");
    assertThat(provider.description()).as(provider.id()).isNotBlank();
    assertThat(provider.reference()).as(provider.id()).isNotBlank();
    for (ParameterSpec spec : provider.parameters()) {
      assertThat(spec.description()).as(provider.id() + "." + spec.name()).isNotBlank();
    }
  }

  private void rejectsUnknownParameters(ScorerProvider provider) {
    Map<String, String> given =
        new java.util.LinkedHashMap<>(parameters(provider, Generators.TOUCHPOINT_IDS));
    given.put("no-such-parameter", "1");
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> provider.create(given));
    assertThat(thrown).as(provider.id()).isInstanceOf(IllegalArgumentException.class);
    assertThat(thrown.getMessage()).as(provider.id()).contains("no-such-parameter");
  }

  private void scores(ScorerProvider provider) {
    JourneyScorer scorer = provider.create(parameters(provider, Generators.TOUCHPOINT_IDS));
    assertThat(scorer.id()).isEqualTo(provider.id());
    qt().withExamples(examples())
        .forAll(Generators.journeysWithExpectations(2, 12))
        .checkAssert(
            journey -> {
              Journey timed = spaced(journey);
              JourneyScore score = scorer.score(timed);
              assertThat(score.value()).as(scorer.id()).isFinite();
              assertThat(score.journeyId()).isEqualTo(timed.id());
              assertThat(score.scorerId()).isEqualTo(scorer.id());
              assertThat(score.parameters()).as(scorer.id()).isEqualTo(scorer.parameters());
              assertThat(score.version()).isNotBlank();
              assertThat(score.contributions())
                  .as(scorer.id())
                  .isNotEmpty()
                  .hasSizeLessThanOrEqualTo(timed.size());
              double size =
                  1
                      + Math.abs(score.value())
                      + score.contributions().stream()
                          .mapToDouble(c -> Math.abs(c.contribution()))
                          .sum();
              assertThat(score.contributionTotal())
                  .as(scorer.id())
                  .isCloseTo(score.value(), within(1e-9 * size));
              for (MomentContribution c : score.contributions()) {
                assertThat(c.touchpointId()).isEqualTo(timed.moment(c.index()).touchpointId());
              }
            });
  }

  /** Moments a minute apart, each lasting at least a millisecond, so every model applies. */
  private static Journey spaced(Journey journey) {
    List<Moment> moments = new ArrayList<>();
    for (int i = 0; i < journey.size(); i++) {
      Moment m = journey.moment(i);
      Moment.Builder copy =
          Moment.builder()
              .touchpoint(m.touchpoint())
              .start(journey.moment(0).start().plusSeconds(60L * i))
              .duration(m.duration().plusMillis(1))
              .value(m.value())
              .putAllAspects(m.aspects());
      m.aspectWeights().ifPresent(copy::aspectWeights);
      m.expectation().ifPresent(copy::expectation);
      moments.add(copy.build());
    }
    return Journey.builder()
        .id(journey.id())
        .scale(journey.scale())
        .addAllMoments(moments)
        .putAllExpectations(journey.expectations())
        .build();
  }
}
