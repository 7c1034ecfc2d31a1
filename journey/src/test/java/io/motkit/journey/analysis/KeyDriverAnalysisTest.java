package io.motkit.journey.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.journey.EventLog;
import io.motkit.journey.TestLogs;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class KeyDriverAnalysisTest {

  /** Outcome = 3 a + 2 b + 1 c + noise, with independent uniform ratings. */
  static EventLog synthetic(long seed, int n) {
    Random random = new Random(seed);
    List<Journey> journeys = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      double a = 1 + 6 * random.nextDouble();
      double b = 1 + 6 * random.nextDouble();
      double c = 1 + 6 * random.nextDouble();
      double outcome = 3 * a + 2 * b + c + 0.5 * random.nextGaussian();
      journeys.add(
          Journey.builder()
              .id("j" + j)
              .scale(Scale.likert7())
              .addMoment(Moment.of(TestLogs.touchpoint("a"), TestLogs.T0, a))
              .addMoment(Moment.of(TestLogs.touchpoint("b"), TestLogs.T0.plusSeconds(60), b))
              .addMoment(Moment.of(TestLogs.touchpoint("c"), TestLogs.T0.plusSeconds(120), c))
              .putOutcome("satisfaction", outcome)
              .build());
    }
    return EventLog.of(journeys);
  }

  @Test
  void relativeWeightsRecoverTheKnownOrderOfDrivers() {
    KeyDriverModel report = TestLogs.keyDrivers(synthetic(7, 500), "satisfaction");
    assertThat(report.drivers()).extracting(KeyDriver::touchpoint).containsExactly("a", "b", "c");
    // With independent predictors the weights are the squared correlations: 9 : 4 : 1 of the
    // explained variance.
    assertThat(report.drivers().get(0).share()).isCloseTo(9 / 14.0, within(0.05));
    assertThat(report.drivers().get(1).share()).isCloseTo(4 / 14.0, within(0.05));
    assertThat(report.rSquared()).isGreaterThan(0.98);
    double sum = report.drivers().stream().mapToDouble(KeyDriver::weight).sum();
    assertThat(sum).isCloseTo(report.rSquared(), within(1e-9));
    assertThat(report.drivers().get(0).performance()).isCloseTo(4.0, within(0.3));
    assertThat(report.drivers().get(0).coverage()).isEqualTo(1.0);
  }

  @Test
  void theWeightsDoNotDependOnTheOutcomesUnitEvenAtTheEdgesOfDoubles() {
    EventLog log = synthetic(7, 300);
    KeyDriverModel plain = TestLogs.keyDrivers(log, "satisfaction");
    for (double unit : new double[] {1e300, 1e-300}) {
      java.util.Map<String, java.util.Map<String, Double>> scaled = new java.util.HashMap<>();
      log.journeys()
          .forEach(
              j ->
                  scaled.put(
                      j.id(),
                      java.util.Map.of("satisfaction", j.outcomes().get("satisfaction") * unit)));
      KeyDriverModel model = TestLogs.keyDrivers(log.withOutcomes(scaled), "satisfaction");
      assertThat(model.rSquared()).as("unit %s", unit).isCloseTo(plain.rSquared(), within(1e-9));
      for (int k = 0; k < plain.drivers().size(); k++) {
        assertThat(model.drivers().get(k).weight())
            .isCloseTo(plain.drivers().get(k).weight(), within(1e-9));
      }
    }
  }

  @Test
  void missingOutcomeIsNamed() {
    EventLog log =
        TestLogs.log(TestLogs.journey("j1", Scale.likert7(), java.util.Map.of(), "a", 3));
    assertThatThrownBy(() -> TestLogs.keyDrivers(log, "paid"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the log has no outcome 'paid'");
  }

  @Test
  void tooFewJourneysAreNamed() {
    EventLog log = synthetic(1, 4);
    assertThatThrownBy(() -> TestLogs.keyDrivers(log, "satisfaction"))
        .hasMessageContaining("key drivers of 3 touchpoints need at least 5 journeys, found 4");
  }
}
