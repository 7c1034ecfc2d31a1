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

final class RetailExampleTest {

  @Test
  void theCheckoutQueueIsThePainAndFixingItBringsShoppersBack(@TempDir Path dir) {
    ExampleResult result =
        RetailExample.run(RetailExample.SHOPPERS, RetailExample.SEED, Optional.of(dir));
    List<Journey> shoppers =
        new JourneySimulator(PropertyManagementExample.load("retail-model.json"))
            .journeys(RetailExample.SHOPPERS, RetailExample.SEED);
    double repurchase =
        shoppers.stream()
            .mapToDouble(j -> j.outcome("repurchase").orElseThrow())
            .average()
            .orElseThrow();
    assertThat(result.figure("repurchase")).isCloseTo(repurchase, within(1e-12));
    assertThat(result.figure("success probability (Markov)")).isCloseTo(repurchase, within(1e-9));
    assertThat(result.figure("distinct paths"))
        .isEqualTo(
            (double)
                shoppers.stream()
                    .map(j -> j.moments().stream().map(m -> m.touchpointId()).toList())
                    .distinct()
                    .count());
    assertThat(result.labels()).containsEntry("worst touchpoint (pain)", "checkout-queue");
    assertThat(result.figure("repurchase with a better checkout queue"))
        .isGreaterThan(result.figure("repurchase"));
    assertThat(result.figure("removal effect of the checkout queue")).isBetween(0.0, 1.0);
    assertThat(result.report().orElseThrow()).exists();
  }
}
