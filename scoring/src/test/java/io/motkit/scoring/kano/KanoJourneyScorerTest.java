package io.motkit.scoring.kano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import io.motkit.core.Expectation;
import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.Touchpoint;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerParameterException;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.core.scoring.ScoringException;
import io.motkit.scoring.TestJourneys;
import io.motkit.testkit.Generators;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class KanoJourneyScorerTest {

  private static final ScorerRegistry REGISTRY = ScorerRegistry.load();

  private static final Map<String, KanoCategory> CATEGORIES =
      Map.of(
          "payment", KanoCategory.MUST_BE,
          "gift", KanoCategory.ATTRACTIVE,
          "repair", KanoCategory.ONE_DIMENSIONAL,
          "wifi", KanoCategory.INDIFFERENT,
          "ads", KanoCategory.REVERSE);

  /** On the 1..5 scale (width 4): performance = (value - expected) / 4. */
  private static Journey journey(String id, Object... touchpointValueExpected) {
    Journey.Builder j = Journey.builder().id(id).scale(Scale.likert5());
    for (int i = 0; i < touchpointValueExpected.length; i += 3) {
      j.addMoment(
          Moment.builder()
              .touchpoint(Touchpoint.of((String) touchpointValueExpected[i]))
              .start(TestJourneys.T0.plusSeconds(60L * i))
              .value(((Number) touchpointValueExpected[i + 1]).doubleValue())
              .expectation(Expectation.of(((Number) touchpointValueExpected[i + 2]).doubleValue()))
              .build());
    }
    return j.build();
  }

  @Test
  void eachCategoryShapesPerformanceAsKanosCurves() {
    Journey j =
        journey("j", "payment", 5, 4, "gift", 1, 3, "repair", 2, 4, "wifi", 5, 1, "ads", 5, 3);
    JourneyScore s = KanoJourneyScorerProvider.forCategories(CATEGORIES, "mean").score(j);
    // must-be above expectation: 0; attractive below: 0; one-dimensional -0.5; indifferent 0;
    // reverse -0.5
    assertThat(s.contributions())
        .extracting(c -> c.input())
        .containsExactly(0.0, 0.0, -0.5, 0.0, -0.5);
    assertThat(s.value()).isCloseTo(-0.2, within(1e-12));
    assertThat(s.details().get("performance:0")).isEqualTo(0.25);
    assertThat(s.details().get("performance:1")).isEqualTo(-0.5);
  }

  @Test
  void mustBeOnlyPenalisesAndAttractiveOnlyRewards() {
    Journey below = journey("below", "payment", 2, 4, "gift", 1, 3);
    Journey above = journey("above", "payment", 5, 3, "gift", 5, 3);
    JourneyScorer scorer = KanoJourneyScorerProvider.forCategories(CATEGORIES, "mean");
    assertThat(scorer.score(below).contributions())
        .extracting(c -> c.input())
        .containsExactly(-0.5, 0.0);
    assertThat(scorer.score(above).contributions())
        .extracting(c -> c.input())
        .containsExactly(0.0, 0.5);
  }

  @Test
  void peakEndRuleAggregatesTheShapedSatisfactions() {
    Journey j = journey("j", "payment", 5, 4, "repair", 2, 4, "gift", 5, 3, "ads", 5, 3);
    JourneyScore s = KanoJourneyScorerProvider.forCategories(CATEGORIES, "peak-end").score(j);
    // shaped: 0, -0.5, 0.5, -0.5; -0.5 and 0.5 are equally intense, the negative one wins the tie
    // and of the two -0.5 the most recent (index 3) is the peak; end -0.5
    assertThat(s.value()).isCloseTo(-0.5, within(1e-12));
    assertThat(s.role(JourneyScore.PEAK)).containsExactly(3);
    assertThat(s.scorerId()).isEqualTo("kano");
    assertThat(s.parameters()).containsEntry("rule", "peak-end");
  }

  @Test
  void allMustBeJourneysNeverScoreAboveZeroAndAllAttractiveNeverBelow() {
    qt().forAll(Generators.journeysWithExpectations(1, 10))
        .checkAssert(
            j -> {
              Map<String, String> mustBe = new LinkedHashMap<>();
              Map<String, String> attractive = new LinkedHashMap<>();
              for (Touchpoint t : j.touchpoints()) {
                mustBe.put(t.id(), "M");
                attractive.put(t.id(), "A");
              }
              assertThat(
                      REGISTRY.create("kano", Map.of("categories", pairs(mustBe))).score(j).value())
                  .isLessThanOrEqualTo(0);
              assertThat(
                      REGISTRY
                          .create("kano", Map.of("categories", pairs(attractive)))
                          .score(j)
                          .value())
                  .isGreaterThanOrEqualTo(0);
            });
  }

  private static String pairs(Map<String, String> map) {
    return String.join(
        ",", map.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList());
  }

  @Test
  void touchpointWithoutACategoryIsNamed() {
    Journey j = journey("owner-4", "payment", 5, 4, "survey", 3, 3);
    assertThatThrownBy(() -> KanoJourneyScorerProvider.forCategories(CATEGORIES, "mean").score(j))
        .isInstanceOf(ScoringException.class)
        .hasMessageContaining(
            "journey 'owner-4': moment 1: touchpoint 'survey' has no Kano category");
  }

  @Test
  void momentWithoutAnExpectationIsNamed() {
    Journey j = TestJourneys.perMinute("owner-5", Scale.likert5(), 3);
    assertThatThrownBy(() -> REGISTRY.create("kano", Map.of("categories", "m0:O")).score(j))
        .isInstanceOf(ScoringException.class)
        .hasMessageContaining("journey 'owner-5': moment 0 (touchpoint 'm0') has no expectation");
  }

  @Test
  void questionableCategoryCannotShapeSatisfaction() {
    Journey j = journey("owner-6", "payment", 5, 4);
    assertThatThrownBy(() -> REGISTRY.create("kano", Map.of("categories", "payment:Q")).score(j))
        .isInstanceOf(ScoringException.class)
        .hasMessageContaining("touchpoint 'payment' is questionable (Q)");
  }

  @Test
  void badCategoryTextIsNamed() {
    assertThatThrownBy(() -> REGISTRY.create("kano", Map.of("categories", "payment:X")))
        .isInstanceOf(ScorerParameterException.class)
        .hasMessageContaining("touchpoint 'payment': unknown Kano category 'X'");
    assertThatThrownBy(() -> REGISTRY.create("kano", Map.of("categories", "payment")))
        .isInstanceOf(ScorerParameterException.class)
        .hasMessageContaining("entry 'payment' is not of the form key:value");
    assertThatThrownBy(() -> REGISTRY.create("kano"))
        .isInstanceOf(ScorerParameterException.class)
        .hasMessageContaining("parameter 'categories': required parameter is missing");
  }

  @Test
  void categoriesParseLettersAndNames() {
    assertThat(KanoCategory.parse("m")).isEqualTo(KanoCategory.MUST_BE);
    assertThat(KanoCategory.parse("One-Dimensional")).isEqualTo(KanoCategory.ONE_DIMENSIONAL);
    assertThat(KanoCategory.parse("must_be")).isEqualTo(KanoCategory.MUST_BE);
  }
}
