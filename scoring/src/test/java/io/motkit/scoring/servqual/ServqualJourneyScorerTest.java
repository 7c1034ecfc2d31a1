package io.motkit.scoring.servqual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.motkit.core.Expectation;
import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.Touchpoint;
import io.motkit.core.scoring.ScorerParameterException;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.core.scoring.ScoringException;
import io.motkit.scoring.TestJourneys;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ServqualJourneyScorerTest {

  private static final ScorerRegistry REGISTRY = ScorerRegistry.load();
  private static final String DIMENSIONS =
      "front-desk:tangibles,repair:reliability,call:responsiveness";

  /**
   * Hand-checked on the 1..7 scale: gaps -1 (tangibles), -3 and -1 (reliability), +2
   * (responsiveness).
   */
  static final Journey OWNER =
      Journey.builder()
          .id("owner-1")
          .scale(Scale.likert7())
          .addMoment(moment("front-desk", 0, 5))
          .addMoment(moment("repair", 1, 3))
          .addMoment(moment("repair", 2, 5))
          .addMoment(moment("call", 3, 7))
          .putExpectation(
              "front-desk",
              Expectation.builder().expected(6).adequate(4).desired(7).importance(2).build())
          .putExpectation(
              "repair",
              Expectation.builder().expected(6).adequate(4).desired(7).importance(5).build())
          .putExpectation(
              "call",
              Expectation.builder().expected(5).adequate(3).desired(6).importance(3).build())
          .build();

  private static Moment moment(String touchpoint, int minute, double value) {
    return Moment.of(Touchpoint.of(touchpoint), TestJourneys.T0.plusSeconds(60L * minute), value);
  }

  @Test
  void unweightedScoreIsTheMeanOfDimensionGaps() {
    JourneyScore s = REGISTRY.create("servqual", Map.of("dimensions", DIMENSIONS)).score(OWNER);
    assertThat(s.details())
        .containsEntry("gap:tangibles", -1.0)
        .containsEntry("gap:reliability", -2.0)
        .containsEntry("gap:responsiveness", 2.0);
    assertThat(s.value()).isCloseTo(-1 / 3.0, within(1e-12));
    assertThat(s.contributionTotal()).isCloseTo(s.value(), within(1e-12));
  }

  @Test
  void zoneOfToleranceMarksMomentsBelowAdequateAndAboveDesired() {
    JourneyScore s = REGISTRY.create("servqual", Map.of("dimensions", DIMENSIONS)).score(OWNER);
    assertThat(s.role("below-adequate")).containsExactly(1);
    assertThat(s.role("above-desired")).containsExactly(3);
    // MSA of reliability: mean of (3 - 4) and (5 - 4); MSS of responsiveness: 7 - 6.
    assertThat(s.details())
        .containsEntry("msa:reliability", 0.0)
        .containsEntry("mss:responsiveness", 1.0);
  }

  @Test
  void pointsAndImportanceWeightTheDimensions() {
    JourneyScore points =
        REGISTRY
            .create(
                "servqual",
                Map.of(
                    "dimensions",
                    DIMENSIONS,
                    "weighting",
                    "points",
                    "weights",
                    "tangibles:20,reliability:50,responsiveness:30"))
            .score(OWNER);
    assertThat(points.value()).isCloseTo(0.2 * -1 + 0.5 * -2 + 0.3 * 2, within(1e-12));
    JourneyScore importance =
        REGISTRY
            .create("servqual", Map.of("dimensions", DIMENSIONS, "weighting", "importance"))
            .score(OWNER);
    assertThat(importance.value()).isCloseTo((2 * -1 + 5 * -2 + 3 * 2) / 10.0, within(1e-12));
  }

  @Test
  void touchpointWithoutADimensionIsNamed() {
    assertThatThrownBy(
            () ->
                REGISTRY
                    .create("servqual", Map.of("dimensions", "repair:reliability"))
                    .score(OWNER))
        .isInstanceOf(ScoringException.class)
        .hasMessageContaining(
            "journey 'owner-1': moment 0: touchpoint 'front-desk' has no SERVQUAL dimension");
  }

  @Test
  void dimensionWithoutPointsIsNamed() {
    assertThatThrownBy(
            () ->
                REGISTRY
                    .create(
                        "servqual",
                        Map.of(
                            "dimensions",
                            DIMENSIONS,
                            "weighting",
                            "points",
                            "weights",
                            "tangibles:20"))
                    .score(OWNER))
        .isInstanceOf(ScoringException.class)
        .hasMessageContaining("dimension 'reliability' has no importance points");
  }

  @Test
  void badPointsAreNamed() {
    assertThatThrownBy(
            () ->
                REGISTRY.create(
                    "servqual",
                    Map.of(
                        "dimensions",
                        DIMENSIONS,
                        "weighting",
                        "points",
                        "weights",
                        "tangibles:many")))
        .isInstanceOf(ScorerParameterException.class)
        .hasMessageContaining("dimension 'tangibles': 'many' is not a number");
  }

  @Test
  void momentWithoutExpectationIsNamed() {
    Journey j = TestJourneys.perMinute("owner-9", Scale.likert7(), 4);
    assertThatThrownBy(
            () -> REGISTRY.create("servqual", Map.of("dimensions", "m0:empathy")).score(j))
        .isInstanceOf(ScoringException.class)
        .hasMessageContaining("journey 'owner-9': moment 0 (touchpoint 'm0') has no expectation");
  }
}
