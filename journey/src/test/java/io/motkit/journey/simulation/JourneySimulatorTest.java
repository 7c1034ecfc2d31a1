package io.motkit.journey.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.motkit.core.json.JsonFormatException;
import io.motkit.journey.EventLog;
import io.motkit.journey.TestLogs;
import io.motkit.journey.markov.MarkovModel;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class JourneySimulatorTest {

  static final String MODEL =
      "{\"scale\":{\"min\":1,\"max\":7,\"neutral\":4,\"higher_is_better\":true},"
          + "\"start\":\"2024-01-01T00:00:00Z\",\"mean_gap_s\":3600,"
          + "\"touchpoints\":["
          + "{\"id\":\"notice\",\"stage\":\"transaction\",\"channel\":\"sms\",\"mean\":4.5,\"sd\":1,\"duration_s\":30,\"expected\":5,\"adequate\":4,\"desired\":6},"
          + "{\"id\":\"payment\",\"stage\":\"transaction\",\"mean\":5,\"sd\":1,\"round\":true},"
          + "{\"id\":\"repair\",\"stage\":\"after-sales\",\"mean\":3,\"sd\":1.5,\"duration_s\":3600}],"
          + "\"transitions\":{\"start\":{\"notice\":0.7,\"repair\":0.3},"
          + "\"notice\":{\"payment\":0.6,\"repair\":0.2,\"end\":0.2},"
          + "\"payment\":{\"end\":0.8,\"repair\":0.2},"
          + "\"repair\":{\"payment\":0.5,\"end\":0.5}},"
          + "\"outcome\":{\"name\":\"paid\",\"intercept\":0.5,\"slope\":1.5}}";

  @Test
  void aPopulationThatWouldRunPastTheYearsMotkitReadsIsRefusedBeforeAnyIsWritten() {
    JourneyModel model =
        JourneyModel.fromJson(
            MODEL.replace("{\"scale\"", "{\"journey_spacing_s\":86400000,\"scale\""));
    JourneySimulator simulator = new JourneySimulator(model);
    assertThat(simulator.journeys(5, 1)).hasSize(5);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> simulator.journeys(200, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("so journey 200 would start after 2199-01-01T00:00:00Z");
  }

  @Test
  void theSameSeedGivesTheSamePopulation() {
    JourneySimulator simulator = new JourneySimulator(JourneyModel.fromJson(MODEL));
    assertThat(simulator.journeys(200, 42)).isEqualTo(simulator.journeys(200, 42));
    assertThat(simulator.journeys(200, 42)).isNotEqualTo(simulator.journeys(200, 43));
    // Journey j does not depend on how many journeys are drawn.
    assertThat(simulator.journeys(50, 42)).isEqualTo(simulator.journeys(200, 42).subList(0, 50));
  }

  @Test
  void csvOutputIsTheSamePopulation() {
    JourneySimulator simulator = new JourneySimulator(JourneyModel.fromJson(MODEL));
    StringWriter csv = new StringWriter();
    simulator.writeCsv(20, 7, csv);
    assertThat(csv.toString())
        .startsWith(
            "journey,timestamp,touchpoint,value,duration_s,stage,channel,expected,adequate,desired\nj-0000000,2024-01-01T00:00:00Z,");
    StringWriter outcomes = new StringWriter();
    simulator.writeOutcomes(20, 7, outcomes);
    assertThat(outcomes.toString()).startsWith("journey,paid\nj-0000000,");
    long rows = csv.toString().lines().count() - 1;
    assertThat(rows).isEqualTo(simulator.journeys(20, 7).stream().mapToInt(j -> j.size()).sum());
  }

  /**
   * 20,000 simulated journeys refit to the transition probabilities they were drawn from, each
   * within four standard errors of a binomial share.
   */
  @Test
  void aSimulatedPopulationRefitsToItsTransitionProbabilities() {
    JourneyModel model = JourneyModel.fromJson(MODEL);
    EventLog log = new JourneySimulator(model).eventLog(20_000, 2026);
    MarkovModel fitted = TestLogs.markov(log, "paid");
    Map<String, String> names = Map.of("start", MarkovModel.START);
    for (Map.Entry<String, Map<String, Double>> row : model.transitions().entrySet()) {
      String from = names.getOrDefault(row.getKey(), row.getKey());
      long visits = countVisits(log, row.getKey());
      for (Map.Entry<String, Double> cell : row.getValue().entrySet()) {
        if (cell.getKey().equals("end")) {
          continue;
        }
        double p = cell.getValue();
        double tolerance = 4 * Math.sqrt(p * (1 - p) / visits) + 1e-12;
        assertThat(fitted.transitionProbability(from, cell.getKey()))
            .as(row.getKey() + " -> " + cell.getKey())
            .isCloseTo(p, org.assertj.core.api.Assertions.within(tolerance));
      }
    }
  }

  private static long countVisits(EventLog log, String touchpoint) {
    if (touchpoint.equals("start")) {
      return log.journeyCount();
    }
    long visits = 0;
    for (int e = 0; e < log.eventCount(); e++) {
      if (log.touchpoint(e).id().equals(touchpoint)) {
        visits++;
      }
    }
    return visits;
  }

  @Test
  void badModelsNameTheProblem() {
    assertThatThrownBy(() -> JourneyModel.fromJson(MODEL.replace("\"end\":0.5}", "\"end\":0.4}")))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("transitions from 'repair' sum to 0.9");
    assertThatThrownBy(() -> JourneyModel.fromJson(MODEL.replace("\"sd\":1.5", "\"sd\":\"wide\"")))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("$.touchpoints[2].sd: expected a number");
    assertThatThrownBy(() -> JourneyModel.fromJson(MODEL.replace("\"mean_gap_s\"", "\"meanGap\"")))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("$.meanGap: unknown field");
  }
}
