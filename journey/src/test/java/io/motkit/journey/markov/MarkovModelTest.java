package io.motkit.journey.markov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.Touchpoint;
import io.motkit.journey.EventLog;
import io.motkit.journey.TestLogs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class MarkovModelTest {

  static Journey path(String id, double outcome, String... touchpoints) {
    Journey.Builder j = Journey.builder().id(id).scale(Scale.likert7()).putOutcome("paid", outcome);
    for (int i = 0; i < touchpoints.length; i++) {
      j.addMoment(Moment.of(Touchpoint.of(touchpoints[i]), TestLogs.T0.plusSeconds(i), 4));
    }
    return j.build();
  }

  /**
   * a -> success; a -> b -> success; a -> b -> failure; b -> failure. By hand: P(start -> a) = 3/4,
   * P(a -> success) = 1/3, P(a -> b) = 2/3, P(b -> success) = 1/3, so x_b = 1/3, x_a = 5/9 and
   * P(success) = 3/4 * 5/9 + 1/4 * 1/3 = 1/2. Without a: 1/4 * 1/3 = 1/12, removal effect 5/6;
   * without b: 3/4 * 1/3 = 1/4, removal effect 1/2.
   */
  static EventLog handSolvable() {
    return TestLogs.log(path("j1", 1, "a"), path("j2", 1, "a", "b"), path("j3", 0, "a", "b"), path("j4", 0, "b"));
  }

  @Test
  void successProbabilityAndRemovalEffectsAreExactFractions() {
    MarkovModel model = MarkovModel.fit(handSolvable(), "paid");
    assertThat(model.transitionProbability(MarkovModel.START, "a")).isEqualTo(0.75);
    assertThat(model.transitionProbability("a", "b")).isCloseTo(2 / 3.0, within(1e-15));
    assertThat(model.transitionProbability("b", MarkovModel.FAILURE)).isCloseTo(2 / 3.0, within(1e-15));
    assertThat(model.successProbability()).isCloseTo(1 / 2.0, within(1e-12));
    assertThat(model.removalEffect("a")).isCloseTo(5 / 6.0, within(1e-12));
    assertThat(model.removalEffect("b")).isCloseTo(1 / 2.0, within(1e-12));
    assertThat(model.removalEffects().keySet()).containsExactly("a", "b");
  }

  /**
   * Paths whose touchpoints are named by their whole prefix form a tree, which a first-order chain
   * represents exactly: its success probability is then the observed share of successes.
   */
  @Test
  void successProbabilityIsTheObservedShareOnJourneysTheChainRepresentsExactly() {
    qt().forAll(lists().of(lists().of(booleans().all()).ofSizeBetween(1, 4)).ofSizeBetween(1, 30), lists().of(integers().between(0, 1)).ofSize(30))
        .checkAssert(
            (paths, outcomes) -> {
              List<Journey> journeys = new ArrayList<>();
              int successes = 0;
              for (int j = 0; j < paths.size(); j++) {
                List<String> names = new ArrayList<>();
                StringBuilder prefix = new StringBuilder();
                for (boolean step : paths.get(j)) {
                  prefix.append(step ? 'x' : 'y');
                  names.add(prefix.toString());
                }
                successes += outcomes.get(j);
                journeys.add(path("j" + j, outcomes.get(j), names.toArray(new String[0])));
              }
              MarkovModel model = MarkovModel.fit(EventLog.of(journeys), "paid");
              assertThat(model.successProbability()).isCloseTo(successes / (double) paths.size(), within(1e-9));
            });
  }

  @Test
  void secondOrderStatesAreWindowsOfTwoTouchpoints() {
    MarkovModel model = MarkovModel.fit(handSolvable(), "paid", 2);
    assertThat(model.states()).contains("a > b");
    assertThat(model.transitionProbability("a", "a > b")).isCloseTo(2 / 3.0, within(1e-15));
    assertThat(model.successProbability()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void nonBinaryOutcomeIsNamed() {
    EventLog log = TestLogs.log(path("j1", 2, "a"));
    assertThatThrownBy(() -> MarkovModel.fit(log, "paid"))
        .hasMessageContaining("journey 'j1': outcome 'paid' must be 0 or 1 for a Markov model, found 2.0");
  }

  @Test
  void jsonHasTheRemovalEffects() {
    var json = MarkovModel.fit(handSolvable(), "paid").toJson();
    assertThat(json.get("success_probability").asDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(json.get("removal_effects").get(0).get("touchpoint").asText()).isEqualTo("a");
  }
}
