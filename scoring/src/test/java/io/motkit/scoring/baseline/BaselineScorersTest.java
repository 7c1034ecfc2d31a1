package io.motkit.scoring.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.Touchpoint;
import io.motkit.core.scoring.ScorerParameterException;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.core.scoring.ScoringException;
import io.motkit.scoring.TestJourneys;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class BaselineScorersTest {

  private static final ScorerRegistry REGISTRY = ScorerRegistry.load();

  private static Journey timed(long[] startSeconds, long[] durationSeconds, double... values) {
    Journey.Builder j = Journey.builder().id("j").scale(Scale.likert5());
    for (int i = 0; i < values.length; i++) {
      j.addMoment(
          Moment.builder()
              .touchpoint(Touchpoint.of("m" + i))
              .start(TestJourneys.T0.plusSeconds(startSeconds[i]))
              .duration(Duration.ofSeconds(durationSeconds[i]))
              .value(values[i])
              .build());
    }
    return j.build();
  }

  @Test
  void meanWeighsEveryMomentEqually() {
    JourneyScore s = REGISTRY.create("mean").score(TestJourneys.perMinute("j", Scale.likert5(), 1, 2, 4, 5));
    assertThat(s.value()).isEqualTo(3.0);
    assertThat(s.contributions()).allSatisfy(c -> assertThat(c.weight()).isEqualTo(0.25));
  }

  @Test
  void durationWeightedUsesDurationsOrGaps() {
    Journey j = timed(new long[] {0, 60, 180}, new long[] {10, 10, 30}, 1, 3, 5);
    assertThat(REGISTRY.create("duration-weighted").score(j).value()).isCloseTo(190 / 50.0, within(1e-12));
    assertThat(REGISTRY.create("duration-weighted", Map.of("weight-by", "gap")).score(j).value())
        .isCloseTo((60 * 1 + 120 * 3 + 30 * 5) / 210.0, within(1e-12));
    JourneyScore area = REGISTRY.create("duration-weighted", Map.of("aggregate", "area")).score(j);
    assertThat(area.value()).isCloseTo(190.0, within(1e-9));
    assertThat(area.details()).containsEntry("seconds", 50.0);
  }

  @Test
  void durationWeightedMeanOfMomentsWithoutDurationIsAnError() {
    Journey j = timed(new long[] {0, 60}, new long[] {0, 0}, 1, 3);
    assertThatThrownBy(() -> REGISTRY.create("duration-weighted").score(j))
        .isInstanceOf(ScoringException.class)
        .hasMessageContaining("journey 'j': every moment lasts zero time");
  }

  @Test
  void minimumPicksTheLowestValue() {
    JourneyScore s = REGISTRY.create("min").score(TestJourneys.perMinute("j", Scale.likert5(), 3, 1, 2, 1));
    assertThat(s.value()).isEqualTo(1.0);
    assertThat(s.roles().get("min")).containsExactly(1);
  }

  @Test
  void trendIsTheLeastSquaresSlopeOverTheFinalPart() {
    Journey j = TestJourneys.perMinute("j", Scale.likert5(), 5, 1, 2, 4);
    // Whole journey of 1, 2, 4 at positions 0, 1, 2: Sxy = 3, Sxx = 2.
    assertThat(REGISTRY.create("trend", Map.of("final-share", "0.75")).score(j).value()).isCloseTo(1.5, within(1e-12));
    // Final half: 2, 4.
    assertThat(REGISTRY.create("trend").score(j).value()).isCloseTo(2.0, within(1e-12));
    // Over time, at 0 h, 1 h and 3 h: the slope per hour is 1.
    Journey hours = timed(new long[] {0, 3600, 10800}, new long[] {0, 0, 0}, 1, 2, 4);
    JourneyScore perHour = REGISTRY.create("trend", Map.of("x", "time", "final-share", "1")).score(hours);
    assertThat(perHour.value()).isCloseTo(1.0, within(1e-12));
    assertThat(perHour.contributionTotal()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void trendOfAnImprovingEpisodeIsPositiveAndOfADecliningOneNegative() {
    assertThat(REGISTRY.create("trend").score(TestJourneys.perMinute("up", Scale.likert5(), 1, 2, 3, 4)).value()).isPositive();
    assertThat(REGISTRY.create("trend").score(TestJourneys.perMinute("down", Scale.likert5(), 4, 3, 2, 1)).value()).isNegative();
  }

  @Test
  void trendNeedsTwoMoments() {
    assertThatThrownBy(() -> REGISTRY.create("trend").score(TestJourneys.perMinute("solo", Scale.likert5(), 3)))
        .isInstanceOf(ScoringException.class)
        .hasMessage("journey 'solo': a trend needs at least 2 moments, the journey has 1");
  }

  @Test
  void trendShareOfZeroIsRejected() {
    assertThatThrownBy(() -> REGISTRY.create("trend", Map.of("final-share", "0")))
        .isInstanceOf(ScorerParameterException.class)
        .hasMessageContaining("parameter 'final-share'");
  }

  @Test
  void unknownParameterIsNamedWithTheValidOnes() {
    assertThatThrownBy(() -> REGISTRY.create("mean", Map.of("weights", "x")))
        .isInstanceOf(ScorerParameterException.class)
        .hasMessage("scorer 'mean', parameter 'weights': unknown parameter; valid parameters are input");
  }

  @Test
  void compositeInputCombinesAspectRatings() {
    Journey j =
        Journey.builder()
            .id("j")
            .scale(Scale.likert5())
            .addMoment(
                Moment.builder()
                    .touchpoint(Touchpoint.of("front-desk"))
                    .start(TestJourneys.T0)
                    .value(2)
                    .putAspect("appearance", 5.0)
                    .putAspect("behaviour", 3.0)
                    .putAspect("communication", 1.0)
                    .aspectWeights(io.motkit.core.AspectWeights.firstImpression())
                    .build())
            .build();
    assertThat(REGISTRY.create("mean", Map.of("input", "composite")).score(j).value()).isCloseTo(3.74, within(1e-12));
    assertThat(REGISTRY.create("mean").score(j).value()).isEqualTo(2.0);
  }
}
