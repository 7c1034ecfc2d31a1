package io.motkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.motkit.core.Journey;
import io.motkit.core.json.JourneyJson;
import io.motkit.journey.EventLog;
import org.junit.jupiter.api.Test;

/**
 * The inputs the benchmarks build are valid in the current formats, so that a benchmark fails in
 * the build and not after its setup on a quiet machine.
 */
final class BenchmarkInputsTest {

  @Test
  void thePopulationModelReadsAndSimulates() {
    EventLog log = Populations.log(Populations.model(30, 6), 1_000, 11);
    assertThat(log.journeyCount()).isEqualTo(1_000);
    assertThat(log.touchpoints()).hasSizeLessThanOrEqualTo(30);
  }

  @Test
  void theServerLoadJourneyIsAValidJourney() {
    Journey journey = JourneyJson.read(ServerLoad.journey(7));
    assertThat(journey.id()).isEqualTo("j7");
    assertThat(journey.size()).isPositive();
  }
}
