package io.motkit.scoring.peakend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.Scale;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerParameterException;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.core.scoring.ScoringException;
import io.motkit.scoring.TestJourneys;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class PeakEndScorerTest {

  private static final ScorerRegistry REGISTRY = ScorerRegistry.load();
  private static final Scale PAIN = Scale.of(0, 10, 0, false);

  /**
   * Kahneman, Thinking, Fast and Slow (2011), chapter "Two Selves", after Redelmeier and Kahneman
   * (1996): pain reported each minute on 0-10. Both patients' worst moment is 8; patient A's last
   * rating is 7, patient B's is 1, and B's procedure is longer with more total pain. The book gives
   * peak-end values of 7.5 for A and 4.5 for B. The minute-by-minute values between those stated
   * points are a reconstruction of the book's figure; only the stated points fix the expected
   * values below.
   */
  static final Journey PATIENT_A =
      TestJourneys.perMinute("patient-A", PAIN, 2, 4, 5, 6, 8, 7, 6, 7);

  static final Journey PATIENT_B =
      TestJourneys.perMinute(
          "patient-B",
          PAIN,
          1,
          2,
          3,
          4,
          3,
          5,
          6,
          5,
          8,
          7,
          6,
          6,
          5,
          6,
          5,
          4,
          3,
          4,
          3,
          2,
          3,
          2,
          2,
          1);

  @Test
  void peakEndReproducesKahnemansColonoscopyExample() {
    JourneyScorer peakEnd = REGISTRY.create("peak-end");
    JourneyScore a = peakEnd.score(PATIENT_A);
    JourneyScore b = peakEnd.score(PATIENT_B);
    assertThat(a.value()).isEqualTo(7.5);
    assertThat(b.value()).isEqualTo(4.5);
    assertThat(a.details()).containsEntry("peak", 8.0).containsEntry("end", 7.0);
    assertThat(b.details()).containsEntry("peak", 8.0).containsEntry("end", 1.0);
  }

  @Test
  void durationWeightedPainRanksTheLongerProcedureAsWorse() {
    // Total utility from the neutral point: pain lowers it, so B's longer procedure is lower.
    JourneyScorer area = REGISTRY.create("duration-weighted", Map.of("aggregate", "area"));
    assertThat(area.score(PATIENT_B).value()).isLessThan(area.score(PATIENT_A).value());
    // ... while memory, by peak-end, ranks B as less painful: duration neglect.
    JourneyScorer peakEnd = REGISTRY.create("peak-end");
    assertThat(peakEnd.score(PATIENT_B).value()).isLessThan(peakEnd.score(PATIENT_A).value());
  }

  /**
   * Kahneman, Fredrickson, Schreiber and Redelmeier (1993): the short trial is 60 s of a hand in
   * water at 14 C; the long trial is the same 60 s followed by 30 s in which the water warms by
   * about 1 C, so discomfort eases slightly but stays. Most participants chose to repeat the long
   * trial. Discomfort is sampled every 10 s on a 0-14 scale (higher is worse); the values are an
   * illustration of that design, and the assertions are the paper's qualitative findings.
   */
  @Test
  void coldHandPeakEndPrefersTheLongTrialAndTheAreaTheShortOne() {
    Scale discomfort = Scale.of(0, 14, 0, false);
    Journey shortTrial = TestJourneys.everySeconds("short", discomfort, 10, 6, 7, 8, 8, 9, 9);
    Journey longTrial =
        TestJourneys.everySeconds("long", discomfort, 10, 6, 7, 8, 8, 9, 9, 8, 7, 7);
    JourneyScorer peakEnd = REGISTRY.create("peak-end");
    JourneyScorer area = REGISTRY.create("duration-weighted", Map.of("aggregate", "area"));
    // Lower discomfort is better: the long trial is remembered as less bad...
    assertThat(peakEnd.score(longTrial).value()).isLessThan(peakEnd.score(shortTrial).value());
    assertThat(peakEnd.score(shortTrial).value()).isEqualTo(9.0);
    assertThat(peakEnd.score(longTrial).value()).isEqualTo(8.0);
    // ... although it holds more discomfort in total: a lower total utility.
    assertThat(area.score(longTrial).value()).isLessThan(area.score(shortTrial).value());
  }

  @Test
  void explanationNamesPeakAndEndAndDrawsTheWholeCurve() {
    JourneyScore a = REGISTRY.create("peak-end").score(PATIENT_A);
    assertThat(a.role(JourneyScore.PEAK)).containsExactly(4);
    assertThat(a.role(JourneyScore.END)).containsExactly(7);
    assertThat(a.contributions()).hasSize(PATIENT_A.size());
    assertThat(a.contributions().get(4).weight()).isEqualTo(0.5);
    assertThat(a.contributions().get(7).weight()).isEqualTo(0.5);
    assertThat(a.contributions().get(0).weight()).isZero();
    assertThat(a.contributionTotal()).isEqualTo(a.value());
  }

  @Test
  void peakKindsPickTheIntenseWorstBestOrBoth() {
    Scale valence = Scale.valence();
    Journey j = TestJourneys.perMinute("j", valence, 1, -2, 3, 0, 1);
    assertThat(peakEnd("peak", "intense").score(j).details()).containsEntry("peak", 3.0);
    assertThat(peakEnd("peak", "worst").score(j).details()).containsEntry("peak", -2.0);
    assertThat(peakEnd("peak", "best").score(j).details()).containsEntry("peak", 3.0);
    JourneyScore both = peakEnd("peak", "both").score(j);
    assertThat(both.details()).containsEntry("peak", 0.5);
    assertThat(both.value()).isEqualTo(0.5 * 0.5 + 0.5 * 1);
    assertThat(both.role(JourneyScore.PEAK)).containsExactly(1, 2);
    assertThat(both.contributionTotal()).isCloseTo(both.value(), within(1e-12));
  }

  @Test
  void tiedPeaksResolveToTheEarliestMoment() {
    Journey j = TestJourneys.perMinute("j", Scale.valence(), -3, 0, 3, 1);
    JourneyScore s = REGISTRY.create("peak-end").score(j);
    assertThat(s.role(JourneyScore.PEAK)).containsExactly(0);
    assertThat(s.value()).isEqualTo(0.5 * -3 + 0.5 * 1);
  }

  @Test
  void endCanBeTheLastKMomentsOrAFinalWindow() {
    Journey j = TestJourneys.perMinute("j", Scale.likert5(), 3, 1, 2, 4, 5);
    // Peak (intense about 3): the 1 at index 1 (ties with 5 broken by the earlier one).
    JourneyScore lastK = REGISTRY.create("peak-end", Map.of("end", "last-k", "k", "3")).score(j);
    assertThat(lastK.details()).containsEntry("end", (2 + 4 + 5) / 3.0);
    assertThat(lastK.role(JourneyScore.END)).containsExactly(2, 3, 4);
    // A 3-minute window measured back from the last start (minute 4) holds minutes 1 to 4.
    JourneyScore window =
        REGISTRY.create("peak-end", Map.of("end", "window", "window", "180")).score(j);
    assertThat(window.details()).containsEntry("end", (1 + 2 + 4 + 5) / 4.0);
    assertThat(window.contributionTotal()).isCloseTo(window.value(), within(1e-12));
  }

  @Test
  void weightsShiftBetweenPeakAndEnd() {
    JourneyScore s =
        REGISTRY
            .create("peak-end", Map.of("peak-weight", "0.75", "end-weight", "0.25"))
            .score(PATIENT_B);
    assertThat(s.value()).isEqualTo(0.75 * 8 + 0.25 * 1);
  }

  @Test
  void peakAndEndBaselinesReadOneValueEach() {
    assertThat(REGISTRY.create("peak").score(PATIENT_B).value()).isEqualTo(8.0);
    assertThat(REGISTRY.create("end").score(PATIENT_B).value()).isEqualTo(1.0);
    assertThat(REGISTRY.create("end").score(PATIENT_B).roles().containsKey(JourneyScore.PEAK))
        .isFalse();
    assertThat(REGISTRY.create("end", Map.of("end", "last-k", "k", "2")).score(PATIENT_A).value())
        .isEqualTo(6.5);
  }

  @Test
  void weightsThatDoNotSumToOneAreRejected() {
    assertThatThrownBy(() -> REGISTRY.create("peak-end", Map.of("peak-weight", "0.6")))
        .isInstanceOf(ScorerParameterException.class)
        .hasMessageContaining("peak-weight 0.6 and end-weight 0.5 must sum to 1");
  }

  @Test
  void unknownPeakKindListsTheChoices() {
    assertThatThrownBy(() -> peakEnd("peak", "highest"))
        .isInstanceOf(ScorerParameterException.class)
        .hasMessageContaining("value 'highest' is not one of intense, worst, best, both");
  }

  @Test
  void emptyJourneyIsRejectedNamingTheJourney() {
    Journey empty = Journey.builder().id("owner-3").scale(Scale.likert5()).build();
    assertThatThrownBy(() -> REGISTRY.create("peak-end").score(empty))
        .isInstanceOf(ScoringException.class)
        .hasMessage("journey 'owner-3': has no moments; a journey score needs at least one");
  }

  @Test
  void disconfirmationInputNeedsAnExpectationForEveryMoment() {
    assertThatThrownBy(() -> peakEnd("input", "disconfirmation").score(PATIENT_A))
        .isInstanceOf(ScoringException.class)
        .hasMessageContaining("journey 'patient-A': moment 0 (touchpoint 'm0') has no expectation");
  }

  private static JourneyScorer peakEnd(String key, String value) {
    return REGISTRY.create("peak-end", Map.of(key, value));
  }

  /**
   * A 1 and a 7 on 1..7 (neutral 4) are equally intense. By hand, with the end 5: the negative peak
   * gives (1 + 5) / 2 = 3, the positive (7 + 5) / 2 = 6, their mean ((1 + 7) / 2 + 5) / 2 = 4.5,
   * whatever the order of the two; first takes whichever came first.
   */
  @Test
  void anIntensePeakTiedAcrossNeutralIsDecidedByTheTiesRuleNotByOrder() {
    Journey lowFirst = TestJourneys.perMinute("low-first", Scale.likert7(), 1, 7, 5);
    Journey highFirst = TestJourneys.perMinute("high-first", Scale.likert7(), 7, 1, 5);
    JourneyScorer negative = REGISTRY.create("peak-end");
    assertThat(negative.score(lowFirst).value()).isEqualTo(3.0);
    assertThat(negative.score(highFirst).value()).isEqualTo(3.0);
    assertThat(negative.score(highFirst).role(JourneyScore.PEAK)).containsExactly(1);
    assertThat(negative.score(highFirst).details()).containsEntry("peak-tie", 1.0);
    JourneyScorer positive = REGISTRY.create("peak-end", Map.of("ties", "positive"));
    assertThat(positive.score(lowFirst).value()).isEqualTo(6.0);
    assertThat(positive.score(highFirst).value()).isEqualTo(6.0);
    JourneyScorer mean = REGISTRY.create("peak-end", Map.of("ties", "mean"));
    assertThat(mean.score(lowFirst).value()).isEqualTo(4.5);
    assertThat(mean.score(lowFirst).role(JourneyScore.PEAK)).containsExactly(0, 1);
    assertThat(mean.score(lowFirst).contributionTotal()).isCloseTo(4.5, within(1e-12));
    JourneyScorer first = REGISTRY.create("peak-end", Map.of("ties", "first"));
    assertThat(first.score(lowFirst).value()).isEqualTo(3.0);
    assertThat(first.score(highFirst).value()).isEqualTo(6.0);
  }

  /**
   * 0.2 and 0.8 around 0.5 are equally intense, although 0.5 - 0.2 and 0.8 - 0.5 differ in floating
   * point.
   */
  @Test
  void intensitiesThatDifferOnlyByRoundingAreTied() {
    Scale unit = Scale.of(0, 1, 0.5, true);
    JourneyScore score =
        REGISTRY.create("peak-end").score(TestJourneys.perMinute("j", unit, 0.8, 0.2, 0.6));
    assertThat(score.details()).containsEntry("peak-tie", 1.0);
    assertThat(score.role(JourneyScore.PEAK)).containsExactly(1);
    assertThat(score.value()).isCloseTo(0.4, within(1e-15));
  }

  @Test
  void anUntiedPeakRecordsNoTie() {
    JourneyScore score =
        REGISTRY.create("peak-end").score(TestJourneys.perMinute("j", Scale.likert7(), 2, 7, 5));
    assertThat(score.value()).isEqualTo(6.0);
    assertThat(score.details()).doesNotContainKey("peak-tie");
  }

  @Test
  void amongEquallyIntenseMomentsOnOneSideTheMostRecentIsThePeak() {
    JourneyScore score =
        REGISTRY
            .create("peak-end")
            .score(TestJourneys.perMinute("j", Scale.likert7(), 2, 1, 5, 1, 6));
    assertThat(score.value()).isEqualTo(3.5);
    assertThat(score.role(JourneyScore.PEAK)).containsExactly(3);
    JourneyScore worst =
        REGISTRY
            .create("peak", Map.of("peak", "worst"))
            .score(TestJourneys.perMinute("j", Scale.likert7(), 2, 1, 5, 1, 6));
    assertThat(worst.role(JourneyScore.PEAK)).containsExactly(3);
  }

  @Test
  void anUnknownTiesRuleIsRejectedWithTheValidOnes() {
    assertThatThrownBy(() -> REGISTRY.create("peak-end", Map.of("ties", "random")))
        .isInstanceOf(ScorerParameterException.class)
        .hasMessageContaining("ties")
        .hasMessageContaining("random");
  }
}
