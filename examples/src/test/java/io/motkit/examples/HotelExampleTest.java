package io.motkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.motkit.core.Journey;
import io.motkit.journey.simulation.JourneySimulator;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class HotelExampleTest {

  @Test
  void npsAndHeadlinesAreWhatTheSeededGuestsGive(@TempDir Path dir) {
    ExampleResult result =
        HotelExample.run(HotelExample.GUESTS, HotelExample.SEED, Optional.of(dir));
    List<Journey> guests =
        new JourneySimulator(PropertyManagementExample.load("hotel-model.json"))
            .journeys(HotelExample.GUESTS, HotelExample.SEED);
    double[] remembered =
        guests.stream().mapToDouble(PropertyManagementExampleTest::peakEndByHand).toArray();
    int[] scores =
        HotelExample.recommendations(remembered, guests.get(0).scale(), HotelExample.SEED);
    long promoters = java.util.Arrays.stream(scores).filter(s -> s >= 9).count();
    long detractors = java.util.Arrays.stream(scores).filter(s -> s <= 6).count();
    assertThat(result.figure("promoters")).isEqualTo((double) promoters);
    assertThat(result.figure("detractors")).isEqualTo((double) detractors);
    assertThat(result.figure("NPS"))
        .isCloseTo(100.0 * (promoters - detractors) / scores.length, within(1e-9));
    assertThat(result.figure("NPS interval low")).isLessThan(result.figure("NPS"));
    assertThat(result.figure("NPS interval high")).isGreaterThan(result.figure("NPS"));
    assertThat(result.figure("rebooked"))
        .isCloseTo(
            guests.stream()
                .mapToDouble(j -> j.outcome("rebooked").orElseThrow())
                .average()
                .orElseThrow(),
            within(1e-12));
    // Check-in is where guests expect most and get least.
    assertThat(result.labels()).containsEntry("worst touchpoint (pain)", "check-in");
    assertThat(result.labels().get("largest lift if one point better"))
        .isNotEqualTo("post-stay-survey");
    assertThat(result.report().orElseThrow()).exists();
  }
}
