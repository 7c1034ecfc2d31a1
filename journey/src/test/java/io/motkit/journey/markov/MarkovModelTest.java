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
    return TestLogs.log(
        path("j1", 1, "a"), path("j2", 1, "a", "b"), path("j3", 0, "a", "b"), path("j4", 0, "b"));
  }

  @Test
  void successProbabilityAndRemovalEffectsAreExactFractions() {
    MarkovModel model = TestLogs.markov(handSolvable(), "paid");
    assertThat(model.transitionProbability(MarkovModel.START, "a")).isEqualTo(0.75);
    assertThat(model.transitionProbability("a", "b")).isCloseTo(2 / 3.0, within(1e-15));
    assertThat(model.transitionProbability("b", MarkovModel.FAILURE))
        .isCloseTo(2 / 3.0, within(1e-15));
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
    qt().forAll(
            lists().of(lists().of(booleans().all()).ofSizeBetween(1, 4)).ofSizeBetween(1, 30),
            lists().of(integers().between(0, 1)).ofSize(30))
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
              MarkovModel model = TestLogs.markov(EventLog.of(journeys), "paid");
              assertThat(model.successProbability())
                  .isCloseTo(successes / (double) paths.size(), within(1e-9));
            });
  }

  @Test
  void secondOrderStatesAreWindowsOfTwoTouchpoints() {
    MarkovModel model = TestLogs.markov(handSolvable(), "paid", 2);
    assertThat(model.states()).contains("a > b");
    assertThat(model.transitionProbability("a", "a > b")).isCloseTo(2 / 3.0, within(1e-15));
    assertThat(model.successProbability()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void nonBinaryOutcomeIsNamed() {
    EventLog log = TestLogs.log(path("j1", 2, "a"));
    assertThatThrownBy(() -> TestLogs.markov(log, "paid"))
        .hasMessageContaining(
            "journey 'j1': outcome 'paid' must be 0 or 1 for a Markov model, found 2.0");
  }

  @Test
  void jsonHasTheRemovalEffects() {
    var json =
        io.motkit.core.internal.ResultJson.parseObject(
            TestLogs.markov(handSolvable(), "paid").toJson());
    assertThat(json.get("success_probability").asDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(json.get("removal_effects").get(0).get("touchpoint").asText()).isEqualTo("a");
  }

  /** A journey of touchpoints one minute apart from T0, with outcomes. */
  static Journey timed(String id, java.util.Map<String, Double> outcomes, String... touchpoints) {
    Journey.Builder j = Journey.builder().id(id).scale(Scale.likert7()).putAllOutcomes(outcomes);
    for (int i = 0; i < touchpoints.length; i++) {
      j.addMoment(Moment.of(Touchpoint.of(touchpoints[i]), TestLogs.T0.plusSeconds(60L * i), 4));
    }
    return j.build();
  }

  /**
   * Paths a -> paid -> survey, a -> b -> paid -> survey, b -> survey. With conversion at "paid" and
   * the survey a measurement, the paths are a -> conversion, a -> b -> conversion, b -> null. By
   * hand: P(start -> a) = 2/3, P(a -> conv) = P(a -> b) = 1/2, P(b -> conv) = 1/2, so P(success) =
   * 2/3 (3/4) + 1/3 (1/2) = 2/3, the observed rate. Without a: 1/3 x 1/2 = 1/6, removal effect 3/4;
   * without b: 2/3 x 1/2 = 1/3, removal effect 1/2. Normalised as ChannelAttribution does: a 0.6, b
   * 0.4 of 2 conversions, 1.2 and 0.8; of a value of 100 + 50, 90 and 60.
   */
  static EventLog paidThenSurveyed() {
    return TestLogs.log(
        timed(
            "j1",
            java.util.Map.of(
                "paid", 1.0, "fee", 100.0, "paid_at", 60_000.0 + TestLogs.T0.toEpochMilli()),
            "a",
            "paid",
            "survey"),
        timed(
            "j2",
            java.util.Map.of(
                "paid", 1.0, "fee", 50.0, "paid_at", 120_000.0 + TestLogs.T0.toEpochMilli()),
            "a",
            "b",
            "paid",
            "survey"),
        timed(
            "j3",
            java.util.Map.of("paid", 0.0, "paid_at", 30_000.0 + TestLogs.T0.toEpochMilli()),
            "b",
            "survey"));
  }

  @Test
  void aPathEndsAtConversionAndConversionsAreAttributedByNormalisedRemovalEffects() {
    MarkovModel model =
        TestLogs.markov(
            paidThenSurveyed(),
            MarkovSettings.builder()
                .conversion("paid")
                .addMeasurement("survey")
                .value("fee")
                .build());
    assertThat(model.successProbability()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(model.touchpoints()).containsExactly("a", "b");
    assertThat(model.removalEffect("a")).isCloseTo(0.75, within(1e-12));
    assertThat(model.removalEffect("b")).isCloseTo(0.5, within(1e-12));
    assertThat(model.attributedConversions().get("a")).isCloseTo(1.2, within(1e-12));
    assertThat(model.attributedConversions().get("b")).isCloseTo(0.8, within(1e-12));
    assertThat(model.attributedValue().orElseThrow().get("a")).isCloseTo(90.0, within(1e-9));
    assertThat(model.attributedValue().orElseThrow().get("b")).isCloseTo(60.0, within(1e-9));
    assertThat(
            io.motkit.core.internal.ResultJson.parseObject(model.toJson())
                .get("success_probability_note")
                .asText())
        .contains("observed conversion rate");
  }

  @Test
  void aSurveyAfterTheOutcomeGetsNoCreditWhenPathsAreCutAtTheOutcomeTime() {
    // Without a cut the survey, which follows every payment, looks like a strong driver of "paid".
    MarkovModel uncut =
        TestLogs.markov(
            paidThenSurveyed(),
            MarkovSettings.builder().outcome("paid").includeMeasurements(true).build());
    assertThat(uncut.removalEffect("survey")).isEqualTo(1.0);
    MarkovModel cut =
        TestLogs.markov(
            paidThenSurveyed(),
            MarkovSettings.builder()
                .outcome("paid")
                .outcomeTime("paid_at")
                .includeMeasurements(true)
                .build());
    // j1 keeps a and paid, j2 keeps a, b and paid, j3 keeps b (its survey is after its outcome
    // time).
    assertThat(cut.touchpoints()).containsExactly("a", "b", "paid");
    assertThat(cut.successProbability()).isCloseTo(2 / 3.0, within(1e-12));
  }

  @Test
  void measurementTouchpointsAreLeftOutByDefault() {
    EventLog log = paidThenSurveyed();
    MarkovModel named =
        TestLogs.markov(
            log, MarkovSettings.builder().outcome("paid").addMeasurement("survey").build());
    assertThat(named.touchpoints()).doesNotContain("survey");
    MarkovModel kept = TestLogs.markov(log, MarkovSettings.ofOutcome("paid"));
    assertThat(kept.touchpoints()).contains("survey");
  }

  @Test
  void settingsNeedExactlyOneWayToConvert() {
    assertThatThrownBy(() -> MarkovSettings.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("either an outcome or a conversion touchpoint, not neither");
    assertThatThrownBy(() -> MarkovSettings.builder().outcome("paid").conversion("paid").build())
        .hasMessageContaining("not both");
    assertThatThrownBy(
            () -> TestLogs.markov(paidThenSurveyed(), MarkovSettings.ofConversion("refund")))
        .hasMessageContaining("conversion touchpoint 'refund' is not in the journeys");
  }

  @Test
  void aTouchpointNamedLikeAWindowIsRefusedAboveOrderOneAndKeptAtOrderOne() {
    EventLog log =
        TestLogs.log(path("j1", 1, "a", "b"), path("j2", 0, "x", "a > b"), path("j3", 1, "a > b"));
    // At order 2 the window (a, b) and the touchpoint "a > b" would print as one state.
    assertThatThrownBy(() -> TestLogs.markov(log, "paid", 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "touchpoint 'a > b' holds ' > ', which joins the touchpoints of a state of order 2;"
                + " rename it or use order 1");
    assertThat(TestLogs.markov(log, "paid", 1).touchpoints())
        .containsExactly("a", "a > b", "b", "x");
  }

  @Test
  void aTouchpointNamedLikeAStateOfTheModelIsRefused() {
    for (String reserved : List.of("(start)", "(success)", "(failure)")) {
      EventLog log = TestLogs.log(path("j1", 1, "a", reserved), path("j2", 0, "a"));
      assertThatThrownBy(() -> TestLogs.markov(log, "paid"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(
              "touchpoint '" + reserved + "' has the name of one of the Markov model's own states");
    }
  }

  @Test
  void journeysWithNoMomentBeforeTheConversionAreCountedAndTheirConversionsKept() {
    // j3 converts at its first moment and j4 has only the conversion: no path, yet two
    // conversions that the model reports beside the attributed ones.
    EventLog log =
        TestLogs.log(
            timed("j1", java.util.Map.of(), "a", "pay"),
            timed("j2", java.util.Map.of(), "a", "b"),
            timed("j3", java.util.Map.of(), "pay", "a"),
            timed("j4", java.util.Map.of(), "pay"));
    MarkovModel model = TestLogs.markov(log, MarkovSettings.ofConversion("pay"));
    assertThat(model.journeys()).isEqualTo(2);
    assertThat(model.successes()).isEqualTo(1);
    assertThat(model.journeysWithoutPath()).isEqualTo(2);
    assertThat(model.conversionsWithoutPath()).isEqualTo(2);
    double attributed =
        model.attributedConversions().values().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(attributed + model.conversionsWithoutPath()).isCloseTo(3.0, within(1e-12));
    var json = io.motkit.core.internal.ResultJson.parseObject(model.toJson());
    assertThat(json.get("journeys_without_path").asLong()).isEqualTo(2);
    assertThat(json.get("conversions_without_path").asLong()).isEqualTo(2);
  }

  @Test
  void aStateSpaceOverTheLimitFailsFastNamingTheStateCountAndTheLimit() {
    List<Journey> journeys = new ArrayList<>();
    for (int j = 0; j < MarkovModel.MAX_STATES; j++) {
      journeys.add(path("j" + j, j % 2, "t" + j, "u" + j));
    }
    assertThatThrownBy(
            () -> TestLogs.markov(TestLogs.log(journeys.toArray(new Journey[0])), "paid", 2))
        .hasMessageContaining(
            "order 2 over these journeys has 4001 states, more than the limit of 2000");
  }

  @Test
  void aLargeModelSolvedOnItsSparseRowsAgreesWithTheObservedRateAndStaysInBounds() {
    java.util.Random random = new java.util.Random(11);
    java.util.Map<List<String>, long[]> tallies = new java.util.HashMap<>();
    for (int j = 0; j < 6000; j++) {
      List<String> path = new java.util.ArrayList<>();
      int length = 1 + random.nextInt(6);
      for (int i = 0; i < length; i++) {
        path.add("t" + random.nextInt(30));
      }
      long[] t = tallies.computeIfAbsent(path, k -> new long[2]);
      t[random.nextInt(3) == 0 ? 0 : 1]++;
    }
    List<PathTally> paths = new java.util.ArrayList<>();
    long successes = 0;
    long journeys = 0;
    for (java.util.Map.Entry<List<String>, long[]> e : tallies.entrySet()) {
      paths.add(PathTally.of(e.getKey(), e.getValue()[0], e.getValue()[1], 0));
      successes += e.getValue()[0];
      journeys += e.getValue()[0] + e.getValue()[1];
    }
    MarkovModel model = MarkovModel.finish("converted", 2, paths, false);
    assertThat(model.states().size())
        .as("more states than the direct solver takes")
        .isGreaterThan(400);
    // P(success) equals the observed rate by construction: a check of the solution's accuracy.
    assertThat(model.successProbability()).isCloseTo(successes / (double) journeys, within(1e-12));
    model.removalEffects().forEach((t, effect) -> assertThat(effect).as(t).isBetween(0.0, 1.0));
  }
}
