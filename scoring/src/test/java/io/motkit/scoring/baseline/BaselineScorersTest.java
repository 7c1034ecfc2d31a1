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
    JourneyScore s =
        REGISTRY.create("mean").score(TestJourneys.perMinute("j", Scale.likert5(), 1, 2, 4, 5));
    assertThat(s.value()).isEqualTo(3.0);
    assertThat(s.contributions()).allSatisfy(c -> assertThat(c.weight()).isEqualTo(0.25));
  }

  @Test
  void durationWeightedUsesDurationsOrGaps() {
    Journey j = timed(new long[] {0, 60, 180}, new long[] {10, 10, 30}, 1, 3, 5);
    assertThat(REGISTRY.create("duration-weighted").score(j).value())
        .isCloseTo(190 / 50.0, within(1e-12));
    assertThat(REGISTRY.create("duration-weighted", Map.of("weight-by", "gap")).score(j).value())
        .isCloseTo((60 * 1 + 120 * 3 + 30 * 5) / 210.0, within(1e-12));
    JourneyScore rawArea =
        REGISTRY
            .create("duration-weighted", Map.of("aggregate", "area", "baseline", "zero"))
            .score(j);
    assertThat(rawArea.value()).isCloseTo(190.0, within(1e-9));
    assertThat(rawArea.details()).containsEntry("seconds", 50.0);
  }

  /**
   * Total utility (Kahneman, Wakker and Sarin 1997) integrates experience from a neutral zero. On
   * 1..5 (neutral 3) ratings 1, 3, 5 lasting 10, 10 and 30 s add 10 x (1 - 3) + 10 x 0 + 30 x (5 -
   * 3) = 40 rating-seconds, by hand.
   */
  @Test
  void areaIsMeasuredFromTheNeutralPointByDefault() {
    Journey j = timed(new long[] {0, 60, 180}, new long[] {10, 10, 30}, 1, 3, 5);
    JourneyScore area = REGISTRY.create("duration-weighted", Map.of("aggregate", "area")).score(j);
    assertThat(area.value()).isCloseTo(40.0, within(1e-9));
    assertThat(area.parameters()).containsEntry("baseline", "neutral");
    assertThat(area.contributionTotal()).isCloseTo(40.0, within(1e-9));
  }

  @Test
  void aLongNeutralEpisodeHasNoArea() {
    Journey neutral = TestJourneys.everySeconds("calm", Scale.likert7(), 600, 4, 4, 4, 4);
    assertThat(
            REGISTRY
                .create("duration-weighted", Map.of("aggregate", "area"))
                .score(neutral)
                .value())
        .isEqualTo(0.0);
    assertThat(
            REGISTRY
                .create("duration-weighted", Map.of("aggregate", "area", "baseline", "zero"))
                .score(neutral)
                .value())
        .isEqualTo(4 * 600 * 4.0);
  }

  /**
   * On a lower-is-better pain scale (0..10, neutral 0) every second of pain lowers total utility.
   */
  @Test
  void areaIsSignedByTheScalesDirection() {
    Journey pain = TestJourneys.everySeconds("pain", Scale.of(0, 10, 0, false), 60, 2, 8);
    assertThat(
            REGISTRY.create("duration-weighted", Map.of("aggregate", "area")).score(pain).value())
        .isCloseTo(-(60 * 2 + 60 * 8.0), within(1e-9));
  }

  @Test
  void durationWeightedMeanOfMomentsWithoutDurationIsAnError() {
    Journey j = timed(new long[] {0, 60}, new long[] {0, 0}, 1, 3);
    assertThatThrownBy(() -> REGISTRY.create("duration-weighted").score(j))
        .isInstanceOf(ScoringException.class)
        .hasMessageContaining("journey 'j': every moment lasts zero time");
  }

  @Test
  void theWeakestLinkIsTheLowestValueWhereHigherIsBetter() {
    JourneyScore s =
        REGISTRY.create("min").score(TestJourneys.perMinute("j", Scale.likert5(), 3, 1, 2, 1));
    assertThat(s.value()).isEqualTo(1.0);
    // Two moments are equally bad; the most recent is marked.
    assertThat(s.role("weakest")).containsExactly(3);
  }

  @Test
  void theWeakestLinkIsTheHighestValueWhereLowerIsBetter() {
    Scale pain = Scale.of(0, 10, 0, false);
    JourneyScore s =
        REGISTRY.create("weakest-link").score(TestJourneys.perMinute("j", pain, 2, 8, 5));
    assertThat(s.value()).isEqualTo(8.0);
    assertThat(s.role("weakest")).containsExactly(1);
    // The former id is the same model.
    assertThat(REGISTRY.create("min").score(TestJourneys.perMinute("j", pain, 2, 8, 5)).value())
        .isEqualTo(8.0);
  }

  @Test
  void trendIsTheLeastSquaresSlopeOverTheFinalPart() {
    Journey j = TestJourneys.perMinute("j", Scale.likert5(), 5, 1, 2, 4);
    // Whole journey of 1, 2, 4 at positions 0, 1, 2: Sxy = 3, Sxx = 2.
    assertThat(REGISTRY.create("trend", Map.of("final-share", "0.75")).score(j).value())
        .isCloseTo(1.5, within(1e-12));
    // Final half: 2, 4.
    assertThat(REGISTRY.create("trend").score(j).value()).isCloseTo(2.0, within(1e-12));
    // Over time, at 0 h, 1 h and 3 h: the slope per hour is 1.
    Journey hours = timed(new long[] {0, 3600, 10800}, new long[] {0, 0, 0}, 1, 2, 4);
    JourneyScore perHour =
        REGISTRY.create("trend", Map.of("x", "time", "final-share", "1")).score(hours);
    assertThat(perHour.value()).isCloseTo(1.0, within(1e-12));
    assertThat(perHour.contributionTotal()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void trendOfAnImprovingEpisodeIsPositiveAndOfADecliningOneNegative() {
    assertThat(
            REGISTRY
                .create("trend")
                .score(TestJourneys.perMinute("up", Scale.likert5(), 1, 2, 3, 4))
                .value())
        .isPositive();
    assertThat(
            REGISTRY
                .create("trend")
                .score(TestJourneys.perMinute("down", Scale.likert5(), 4, 3, 2, 1))
                .value())
        .isNegative();
  }

  @Test
  void trendNeedsTwoMoments() {
    assertThatThrownBy(
            () ->
                REGISTRY.create("trend").score(TestJourneys.perMinute("solo", Scale.likert5(), 3)))
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
        .hasMessage(
            "scorer 'mean', parameter 'weights': unknown parameter; valid parameters are input");
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
    assertThat(REGISTRY.create("mean", Map.of("input", "composite")).score(j).value())
        .isCloseTo(3.74, within(1e-12));
    assertThat(REGISTRY.create("mean").score(j).value()).isEqualTo(2.0);
  }

  /**
   * Three aspects all rated 7 with weights 0.6, 0.3 and 0.1: the weighted mean of three 7s is 7,
   * while the plain floating-point sum 0.6 x 7 + 0.3 x 7 + 0.1 x 7 is 7.000000000000001.
   */
  @Test
  void aCompositeOfEqualRatingsIsThatRatingExactly() {
    io.motkit.core.AspectWeights weights =
        io.motkit.core.AspectWeights.of(
            Map.of("appearance", 0.6, "behaviour", 0.3, "communication", 0.1));
    Map<String, Double> sevens = Map.of("appearance", 7.0, "behaviour", 7.0, "communication", 7.0);
    assertThat(0.6 * 7 + 0.3 * 7 + 0.1 * 7).isGreaterThan(7.0);
    assertThat(weights.composite(sevens)).isEqualTo(7.0);
    Journey j =
        Journey.builder()
            .id("j")
            .scale(Scale.likert7())
            .addMoment(
                Moment.builder()
                    .touchpoint(Touchpoint.of("front-desk"))
                    .start(TestJourneys.T0)
                    .value(7)
                    .putAllAspects(sevens)
                    .aspectWeights(weights)
                    .build())
            .build();
    assertThat(REGISTRY.create("mean", Map.of("input", "composite")).score(j).value())
        .isEqualTo(7.0);
    assertThat(
            REGISTRY
                .create(
                    "composite",
                    Map.of("weights", "appearance:0.6,behaviour:0.3,communication:0.1"))
                .score(j)
                .value())
        .isEqualTo(7.0);
  }
}
