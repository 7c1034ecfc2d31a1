package io.motkit.scoring.kano;

import static io.motkit.scoring.kano.KanoAnswer.DISLIKE;
import static io.motkit.scoring.kano.KanoAnswer.LIKE;
import static io.motkit.scoring.kano.KanoAnswer.LIVE_WITH;
import static io.motkit.scoring.kano.KanoAnswer.MUST_BE;
import static io.motkit.scoring.kano.KanoAnswer.NEUTRAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class KanoAnalysisTest {

  /**
   * The published evaluation table (Kano et al. 1984; Berger et al. 1993), functional answer by
   * row, dysfunctional by column, in the order like, must-be, neutral, live-with, dislike.
   */
  private static final String[][] PUBLISHED = {
    {"Q", "A", "A", "A", "O"},
    {"R", "I", "I", "I", "M"},
    {"R", "I", "I", "I", "M"},
    {"R", "I", "I", "I", "M"},
    {"R", "R", "R", "R", "Q"},
  };

  @SuppressWarnings("EnumOrdinal") // the published table lists the answers in declared order
  static Stream<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    for (KanoAnswer f : KanoAnswer.values()) {
      for (KanoAnswer d : KanoAnswer.values()) {
        cells.add(Arguments.of(f, d, PUBLISHED[f.ordinal()][d.ordinal()]));
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @MethodSource("cells")
  void everyCellOfTheEvaluationTableMatchesThePublishedTable(
      KanoAnswer functional, KanoAnswer dysfunctional, String letter) {
    assertThat(KanoEvaluationTable.classify(functional, dysfunctional).letter())
        .isEqualTo(letter.charAt(0));
  }

  @Test
  void everyCategoryIsReachable() {
    Set<KanoCategory> reached = EnumSet.noneOf(KanoCategory.class);
    for (KanoAnswer f : KanoAnswer.values()) {
      for (KanoAnswer d : KanoAnswer.values()) {
        reached.add(KanoEvaluationTable.classify(f, d));
      }
    }
    assertThat(reached).containsExactlyInAnyOrder(KanoCategory.values());
  }

  @ParameterizedTest
  @ValueSource(strings = {"like", "LIKE", " Like ", "1", "喜欢"})
  void likeIsReadFromWordsCodesAndChineseLabels(String text) {
    assertThat(KanoAnswer.parse(text)).isEqualTo(LIKE);
  }

  @Test
  void synonymsAndChineseLabelsMapToTheirAnswers() {
    assertThat(KanoAnswer.parse("expect")).isEqualTo(MUST_BE);
    assertThat(KanoAnswer.parse("Must-Be")).isEqualTo(MUST_BE);
    assertThat(KanoAnswer.parse("tolerate")).isEqualTo(LIVE_WITH);
    assertThat(KanoAnswer.parse("live with")).isEqualTo(LIVE_WITH);
    assertThat(KanoAnswer.parse("理所当然")).isEqualTo(MUST_BE);
    assertThat(KanoAnswer.parse("无所谓")).isEqualTo(NEUTRAL);
    assertThat(KanoAnswer.parse("能忍受")).isEqualTo(LIVE_WITH);
    assertThat(KanoAnswer.parse("不喜欢")).isEqualTo(DISLIKE);
    assertThat(KanoAnswer.parse("5")).isEqualTo(DISLIKE);
  }

  @Test
  void unknownAnswerLabelIsNamed() {
    assertThatThrownBy(() -> KanoAnswer.parse("love"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown Kano answer 'love'");
  }

  /** Answer pairs that give each category. */
  static KanoAnswer[] pair(KanoCategory category) {
    switch (category) {
      case ATTRACTIVE:
        return new KanoAnswer[] {LIKE, NEUTRAL};
      case ONE_DIMENSIONAL:
        return new KanoAnswer[] {LIKE, DISLIKE};
      case MUST_BE:
        return new KanoAnswer[] {NEUTRAL, DISLIKE};
      case INDIFFERENT:
        return new KanoAnswer[] {NEUTRAL, NEUTRAL};
      case REVERSE:
        return new KanoAnswer[] {DISLIKE, LIKE};
      default:
        return new KanoAnswer[] {LIKE, LIKE};
    }
  }

  /** Responses about {@code feature} with the given number of answers per category, A O M I R Q. */
  static List<KanoResponse> tally(String feature, int... counts) {
    List<KanoResponse> responses = new ArrayList<>();
    int respondent = 0;
    for (int c = 0; c < counts.length; c++) {
      KanoAnswer[] pair = pair(KanoCategory.values()[c]);
      for (int i = 0; i < counts[c]; i++) {
        responses.add(KanoResponse.of("r" + respondent++, feature, pair[0], pair[1]));
      }
    }
    return responses;
  }

  @Test
  void figuresOfAHandCheckedTally() {
    // A = 10, O = 5, M = 3, I = 2, n = 20.
    KanoFeatureResult f =
        analyzed(KanoAnalysis.defaults(), tally("wifi", 10, 5, 3, 2, 0, 0)).features().get(0);
    assertThat(f.category()).isEqualTo(KanoCategory.ATTRACTIVE);
    assertThat(f.runnerUp()).isEqualTo(KanoCategory.ONE_DIMENSIONAL);
    assertThat(f.better()).isCloseTo(15 / 20.0, within(1e-12));
    assertThat(f.worse()).isCloseTo(-8 / 20.0, within(1e-12));
    assertThat(f.categoryStrength()).isCloseTo(5 / 20.0, within(1e-12));
    assertThat(f.totalStrength()).isCloseTo(18 / 20.0, within(1e-12));
    // Fong: |10 - 5| = 5 against 1.65 * sqrt(15 * 25 / 40) = 5.0522...: not significant.
    assertThat(f.fongDifference()).isEqualTo(5.0);
    assertThat(f.fongThreshold()).isCloseTo(1.65 * Math.sqrt(15 * 25 / 40.0), within(1e-12));
    assertThat(f.fongSignificant()).isFalse();
    assertThat(f.counts())
        .containsEntry(KanoCategory.ATTRACTIVE, 10)
        .containsEntry(KanoCategory.REVERSE, 0);
  }

  @Test
  void fongFindsAClearWinnerSignificant() {
    // M = 15, O = 3, n = 20: |15 - 3| = 12 >= 1.65 * sqrt(18 * 22 / 40) = 5.19...
    KanoFeatureResult f =
        analyzed(KanoAnalysis.defaults(), tally("payment", 0, 3, 15, 2, 0, 0)).features().get(0);
    assertThat(f.category()).isEqualTo(KanoCategory.MUST_BE);
    assertThat(f.fongSignificant()).isTrue();
  }

  @Test
  void closeTopTwoAreDecidedByMustBeOverOneDimensionalOverAttractiveOverIndifferent() {
    // O = 12, M = 11 of 25: shares 0.48 and 0.44 differ by 0.04 < 0.06, so M wins.
    KanoFeatureResult close =
        analyzed(KanoAnalysis.defaults(), tally("repair", 0, 12, 11, 2, 0, 0)).features().get(0);
    assertThat(close.category()).isEqualTo(KanoCategory.MUST_BE);
    assertThat(close.runnerUp()).isEqualTo(KanoCategory.ONE_DIMENSIONAL);
    // With a threshold of 0.03 the modal O stands.
    KanoFeatureResult strict =
        analyzed(
                KanoAnalysis.builder().tieThreshold(0.03).build(),
                tally("repair", 0, 12, 11, 2, 0, 0))
            .features()
            .get(0);
    assertThat(strict.category()).isEqualTo(KanoCategory.ONE_DIMENSIONAL);
    // A = 9, I = 10 of 20: I leads by 0.05 < 0.06, and A outranks I.
    assertThat(
            analyzed(KanoAnalysis.defaults(), tally("gift", 9, 0, 0, 10, 1, 0))
                .features()
                .get(0)
                .category())
        .isEqualTo(KanoCategory.ATTRACTIVE);
  }

  @Test
  void everyoneExpectingScoresLikeHalfLikeHalfNeutral() {
    List<KanoResponse> responses = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      responses.add(KanoResponse.of("r" + i, "expected", MUST_BE, MUST_BE));
      KanoAnswer mixed = i % 2 == 0 ? LIKE : NEUTRAL;
      responses.add(KanoResponse.of("r" + i, "mixed", mixed, mixed));
    }
    KanoResult report = analyzed(KanoAnalysis.defaults(), responses);
    KanoFeatureResult expected = report.feature("expected").orElseThrow();
    KanoFeatureResult mixed = report.feature("mixed").orElseThrow();
    assertThat(expected.functionalMean()).isEqualTo(2.0).isEqualTo(mixed.functionalMean());
    assertThat(expected.dysfunctionalMean()).isEqualTo(-1.0).isEqualTo(mixed.dysfunctionalMean());
  }

  @Test
  void importanceMeanCountsOnlyThoseWhoGaveOne() {
    List<KanoResponse> responses =
        List.of(
            KanoResponse.builder()
                .respondent("a")
                .feature("f")
                .functional(LIKE)
                .dysfunctional(DISLIKE)
                .importance(9)
                .build(),
            KanoResponse.builder()
                .respondent("b")
                .feature("f")
                .functional(LIKE)
                .dysfunctional(DISLIKE)
                .importance(6)
                .build(),
            KanoResponse.of("c", "f", LIKE, DISLIKE));
    assertThat(analyzed(KanoAnalysis.defaults(), responses).features().get(0).importanceMean())
        .hasValue(7.5);
  }

  @Test
  void respondentsWithTooManyQuestionableAnswersAreDroppedAndCounted() {
    List<KanoResponse> responses = new ArrayList<>();
    responses.add(KanoResponse.of("careless", "f1", LIKE, LIKE));
    responses.add(KanoResponse.of("careless", "f2", DISLIKE, DISLIKE));
    responses.add(KanoResponse.of("careful", "f1", LIKE, DISLIKE));
    responses.add(KanoResponse.of("careful", "f2", NEUTRAL, DISLIKE));
    responses.add(KanoResponse.of("bored", "f1", NEUTRAL, NEUTRAL));
    responses.add(KanoResponse.of("bored", "f2", NEUTRAL, NEUTRAL));
    KanoResult report =
        analyzed(
            KanoAnalysis.builder().maxQuestionableShare(0.5).maxIndifferentShare(0.5).build(),
            responses);
    assertThat(report.respondents()).isEqualTo(3);
    assertThat(report.droppedForQuestionable()).isEqualTo(1);
    assertThat(report.droppedForIndifferent()).isEqualTo(1);
    assertThat(report.feature("f1").orElseThrow().n()).isEqualTo(1);
  }

  @Test
  void segmentsAreAnalysedSeparately() {
    List<KanoResponse> responses = new ArrayList<>();
    responses.add(
        KanoResponse.builder()
            .respondent("a")
            .feature("f")
            .functional(LIKE)
            .dysfunctional(NEUTRAL)
            .segment("young")
            .build());
    responses.add(
        KanoResponse.builder()
            .respondent("b")
            .feature("f")
            .functional(NEUTRAL)
            .dysfunctional(DISLIKE)
            .segment("old")
            .build());
    KanoResult report = analyzed(KanoAnalysis.defaults(), responses);
    assertThat(report.segments().get("young").get(0).category()).isEqualTo(KanoCategory.ATTRACTIVE);
    assertThat(report.segments().get("old").get(0).category()).isEqualTo(KanoCategory.MUST_BE);
  }

  @Test
  void categoriesFeedTheKanoJourneyScorer() {
    List<KanoResponse> responses = new ArrayList<>(tally("payment", 0, 2, 8, 0, 0, 0));
    KanoResult report = analyzed(KanoAnalysis.defaults(), responses);
    assertThat(report.categories()).containsEntry("payment", KanoCategory.MUST_BE);
    assertThat(KanoJourneyScorerProvider.forCategories(report.categories(), "mean").parameters())
        .containsEntry("categories", "payment:M");
  }

  @Test
  void aRespondentAnsweringTheSameFeatureTwiceIsRejected() {
    assertThatThrownBy(
            () ->
                analyzed(
                    KanoAnalysis.defaults(),
                    List.of(
                        KanoResponse.of("a", "f", LIKE, LIKE),
                        KanoResponse.of("a", "f", LIKE, DISLIKE))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("respondent 'a' answered about feature 'f' twice");
  }

  @Test
  void sharesSumToOneAndBetterAndWorseStayInRange() {
    qt().forAll(lists().of(integers().between(0, 5)).ofSizeBetween(1, 60))
        .checkAssert(
            categories -> {
              int[] counts = new int[6];
              categories.forEach(c -> counts[c]++);
              KanoFeatureResult f =
                  analyzed(KanoAnalysis.defaults(), tally("f", counts)).features().get(0);
              assertThat(f.shares().values().stream().mapToDouble(Double::doubleValue).sum())
                  .isCloseTo(1.0, within(1e-12));
              assertThat(f.better()).isBetween(0.0, 1.0);
              assertThat(f.worse()).isBetween(-1.0, 0.0);
            });
  }

  @Test
  void permutingRespondentsChangesNothing() {
    qt().forAll(lists().of(integers().between(0, 5)).ofSizeBetween(1, 40), longs().all())
        .checkAssert(
            (categories, seed) -> {
              int[] counts = new int[6];
              categories.forEach(c -> counts[c]++);
              List<KanoResponse> responses = new ArrayList<>(tally("f", counts));
              responses.addAll(
                  tally("g", counts[5], counts[4], counts[3], counts[2], counts[1], counts[0]));
              List<KanoResponse> shuffled = new ArrayList<>(responses);
              Collections.shuffle(shuffled, new Random(seed));
              KanoResult a = analyzed(KanoAnalysis.defaults(), responses);
              KanoResult b = analyzed(KanoAnalysis.defaults(), shuffled);
              for (KanoFeatureResult f : a.features()) {
                KanoFeatureResult g = b.feature(f.feature()).orElseThrow();
                assertThat(g.counts()).isEqualTo(f.counts());
                assertThat(g.category()).isEqualTo(f.category());
                assertThat(g.functionalMean()).isCloseTo(f.functionalMean(), within(1e-12));
              }
            });
  }

  /** Runs the analysis as a caller does, on responses built in memory. */
  private static KanoResult analyzed(
      KanoAnalysis analysis, java.util.List<KanoResponse> responses) {
    return analysis.run(
        io.motkit.core.analysis.AnalysisInput.inMemory(responses, "responses", responses.size()));
  }
}
