package io.motkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.journey.simulation.JourneySimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PropertyManagementExampleTest {

  private static final int OWNERS = 1500;

  @Test
  void headlinesAreWhatTheSeededPopulationGives(@TempDir Path dir) {
    ExampleResult result =
        PropertyManagementExample.run(OWNERS, PropertyManagementExample.SEED, Optional.of(dir));
    List<Journey> owners =
        new JourneySimulator(PropertyManagementExample.model())
            .journeys(OWNERS, PropertyManagementExample.SEED);

    // Recomputed by plain loops over the same seeded journeys, without the library's analyses.
    double paid =
        owners.stream().mapToDouble(j -> j.outcome("paid").orElseThrow()).average().orElseThrow();
    double meanOfMeans =
        owners.stream()
            .mapToDouble(
                j -> j.moments().stream().mapToDouble(Moment::value).average().orElseThrow())
            .average()
            .orElseThrow();
    double peakEnd =
        owners.stream()
            .mapToDouble(PropertyManagementExampleTest::peakEndByHand)
            .average()
            .orElseThrow();
    assertThat(result.figure("owners")).isEqualTo(OWNERS);
    assertThat(result.figure("contacts")).isEqualTo(owners.stream().mapToInt(Journey::size).sum());
    assertThat(result.figure("fee paid")).isCloseTo(paid, within(1e-12));
    assertThat(result.figure("mean of all moments")).isCloseTo(meanOfMeans, within(1e-12));
    assertThat(result.figure("mean remembered experience (peak-end)"))
        .isCloseTo(peakEnd, within(1e-12));
    // A chain fitted by transition shares conserves flow, so its success probability is the
    // observed share.
    assertThat(result.figure("success probability (Markov)")).isCloseTo(paid, within(1e-9));

    // What the model was built to show: the repair visit hurts, the follow-up call delights.
    assertThat(result.labels()).containsEntry("worst touchpoint (pain)", "repair-visit");
    assertThat(result.labels()).containsEntry("most delightful touchpoint", "follow-up-call");
    assertThat(result.labels()).containsEntry("Kano category of repair-visit", "one-dimensional");
    // The survey measures the journey; the headline names a touchpoint the service can improve.
    assertThat(result.labels().get("largest lift if one point better"))
        .isNotEqualTo("satisfaction-survey");
    assertThat(result.figure("fee paid if the worst touchpoint were one point better"))
        .isGreaterThan(result.figure("fee paid"));
    assertThat(result.figure("mean remembered experience if fixed"))
        .isGreaterThan(result.figure("mean remembered experience (peak-end)"));
    assertThat(result.report()).isPresent();
    assertThat(Files.exists(result.report().get())).isTrue();
  }

  @Test
  void theSameSeedGivesTheSameFigures() {
    ExampleResult a = PropertyManagementExample.run(300, 5, Optional.empty());
    ExampleResult b = PropertyManagementExample.run(300, 5, Optional.empty());
    assertThat(a.figures()).isEqualTo(b.figures());
    assertThat(a.labels()).isEqualTo(b.labels());
    assertThat(PropertyManagementExample.run(300, 6, Optional.empty()).figures())
        .isNotEqualTo(a.figures());
  }

  /**
   * Peak-end by its definition: the moment furthest from neutral (a worse-than-neutral one when a
   * worse and a better one are equally far: the negativity bias) and the last moment, averaged.
   */
  static double peakEndByHand(Journey journey) {
    double neutral = journey.scale().neutral();
    double peak = journey.moment(0).value();
    for (Moment m : journey.moments()) {
      double intensity = Math.abs(m.value() - neutral);
      double peakIntensity = Math.abs(peak - neutral);
      boolean worse = journey.scale().isBetter(neutral, m.value());
      if (intensity > peakIntensity || (intensity == peakIntensity && worse)) {
        peak = m.value();
      }
    }
    return (peak + journey.moment(journey.size() - 1).value()) / 2;
  }
}
