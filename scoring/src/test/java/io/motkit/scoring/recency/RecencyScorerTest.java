package io.motkit.scoring.recency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.Scale;
import io.motkit.core.scoring.ScorerParameterException;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.core.scoring.ScoringException;
import io.motkit.scoring.TestJourneys;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class RecencyScorerTest {

  private static final ScorerRegistry REGISTRY = ScorerRegistry.load();
  private static final long DAY = 86_400;

  @Test
  void aMomentOneHalfLifeOlderWeighsHalf() {
    Journey j = TestJourneys.everySeconds("j", Scale.likert5(), DAY, 1, 5);
    JourneyScore s = REGISTRY.create("recency", Map.of("half-life", String.valueOf(DAY))).score(j);
    // weights 1/2 and 1: (0.5 * 1 + 1 * 5) / 1.5
    assertThat(s.value()).isCloseTo(5.5 / 1.5, within(1e-12));
    assertThat(s.contributions().get(0).weight()).isCloseTo(1 / 3.0, within(1e-12));
  }

  @Test
  void positionDecayHalvesPerHalfLifeOfMoments() {
    Journey j = TestJourneys.perMinute("j", Scale.likert5(), 1, 3, 5);
    double recency =
        REGISTRY.create("recency", Map.of("decay", "position", "half-life", "1")).score(j).value();
    double primacy =
        REGISTRY
            .create(
                "recency", Map.of("decay", "position", "half-life", "1", "direction", "primacy"))
            .score(j)
            .value();
    assertThat(recency).isCloseTo((0.25 * 1 + 0.5 * 3 + 1 * 5) / 1.75, within(1e-12));
    assertThat(primacy).isCloseTo((1 * 1 + 0.5 * 3 + 0.25 * 5) / 1.75, within(1e-12));
  }

  @Test
  void asOfChangesTheRetentionButNotTheMean() {
    Journey j = TestJourneys.everySeconds("j", Scale.likert5(), DAY, 1, 5);
    String last = TestJourneys.T0.plusSeconds(DAY).toString();
    String twoDaysLater = TestJourneys.T0.plusSeconds(3 * DAY).toString();
    JourneyScore atLast =
        REGISTRY.create("recency", Map.of("half-life", "86400", "as-of", last)).score(j);
    JourneyScore later =
        REGISTRY.create("recency", Map.of("half-life", "86400", "as-of", twoDaysLater)).score(j);
    assertThat(later.value()).isEqualTo(atLast.value());
    assertThat(atLast.details()).containsEntry("retention", 1.0);
    assertThat(later.details().get("retention")).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void asOfBeforeTheLastMomentIsRejected() {
    Journey j = TestJourneys.everySeconds("owner-2", Scale.likert5(), DAY, 1, 5);
    assertThatThrownBy(
            () -> REGISTRY.create("recency", Map.of("as-of", TestJourneys.T0.toString())).score(j))
        .isInstanceOf(ScoringException.class)
        .hasMessageContaining(
            "journey 'owner-2': as-of instant is before the journey's last moment");
  }

  @Test
  void badHalfLifeAndAsOfAreNamed() {
    assertThatThrownBy(() -> REGISTRY.create("recency", Map.of("half-life", "0")))
        .isInstanceOf(ScorerParameterException.class)
        .hasMessageContaining("parameter 'half-life': '0' is outside");
    assertThatThrownBy(() -> REGISTRY.create("recency", Map.of("as-of", "tomorrow")))
        .isInstanceOf(ScorerParameterException.class)
        .hasMessageContaining("'tomorrow' is neither last nor an ISO-8601 instant");
  }
}
