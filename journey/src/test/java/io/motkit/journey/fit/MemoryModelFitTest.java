package io.motkit.journey.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.motkit.core.ConfidenceInterval;
import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.Touchpoint;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.EventLog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Parameter recovery: ratings simulated from a known memory model with known parameters and noise;
 * the fit must rank that model first and cover the true parameters with its bootstrap intervals.
 */
final class MemoryModelFitTest {

  private static final ScorerRegistry REGISTRY = ScorerRegistry.load();
  private static final Instant T0 = Instant.parse("2024-03-01T09:00:00Z");

  /** {@code count} journeys of 5 to 10 whole-point moments on 1..7, of random durations. */
  static EventLog journeys(int count, long seed) {
    Random random = new Random(seed);
    List<Journey> journeys = new ArrayList<>();
    for (int j = 0; j < count; j++) {
      Journey.Builder journey =
          Journey.builder().id(String.format("j%04d", j)).scale(Scale.likert7());
      int moments = 5 + random.nextInt(6);
      Instant at = T0.plusSeconds(86_400L * j);
      for (int i = 0; i < moments; i++) {
        long seconds = 30L + random.nextInt(600);
        journey.addMoment(
            Moment.builder()
                .touchpoint(Touchpoint.of("t" + i))
                .start(at)
                .duration(Duration.ofSeconds(seconds))
                .value(1 + random.nextInt(7))
                .build());
        at = at.plusSeconds(seconds + random.nextInt(3_600));
      }
      journeys.add(journey.build());
    }
    return EventLog.of(journeys);
  }

  static EventLog rated(
      EventLog log, String scorer, Map<String, String> parameters, double noise, long seed) {
    Map<String, Double> ratings =
        RetrospectiveRatings.simulate(log, REGISTRY.create(scorer, parameters), noise, seed);
    Map<String, Map<String, Double>> outcomes = new java.util.LinkedHashMap<>();
    ratings.forEach((id, r) -> outcomes.put(id, Map.of("rating", r)));
    return log.withOutcomes(outcomes);
  }

  private static ModelFit model(FitReport report, String id) {
    return report.models().stream().filter(m -> m.model().equals(id)).findFirst().orElseThrow();
  }

  private static void assertCovers(ConfidenceInterval interval, double truth) {
    assertThat(interval.low()).as(interval.toString()).isLessThanOrEqualTo(truth);
    assertThat(interval.high()).as(interval.toString()).isGreaterThanOrEqualTo(truth);
  }

  @Test
  void peakEndWeightsAreRecoveredAndPeakEndRanksFirst() {
    EventLog log =
        rated(
            journeys(500, 1),
            "peak-end",
            Map.of("peak", "worst", "peak-weight", "0.7", "end-weight", "0.3"),
            0.4,
            2);
    FitReport report =
        MemoryModelFit.builder()
            .folds(5)
            .resamples(200)
            .seed(3)
            .build()
            .fit(log, "rating", "simulated");
    assertThat(report.best()).isEqualTo("peak-end");
    ModelFit peakEnd = model(report, "peak-end");
    assertThat(peakEnd.choices()).containsEntry("peak", "worst").containsEntry("end", "last");
    assertCovers(peakEnd.intervals().get("peak-weight"), 0.7);
    assertCovers(peakEnd.intervals().get("slope"), 1.0);
    assertCovers(peakEnd.intervals().get("intercept"), 0.0);
    assertThat(peakEnd.estimates().get("peak-weight"))
        .isCloseTo(0.7, org.assertj.core.api.Assertions.within(0.05));
    // The other models are worse beyond resampling noise.
    assertThat(model(report, "mean").comparison().orElseThrow().pValue()).isLessThan(0.05);
    assertThat(model(report, "intercept").comparison().orElseThrow().pValue()).isLessThan(0.05);
    assertThat(peakEnd.rSquared()).isGreaterThan(model(report, "mean").rSquared());
  }

  @Test
  void aRecencyHalfLifeIsRecovered() {
    EventLog log =
        rated(journeys(500, 4), "recency", Map.of("decay", "position", "half-life", "1.5"), 0.3, 5);
    FitReport report =
        MemoryModelFit.builder()
            .folds(5)
            .resamples(200)
            .seed(6)
            .build()
            .fit(log, "rating", "simulated");
    assertThat(report.best()).isEqualTo("recency-position");
    ModelFit recency = model(report, "recency-position");
    assertCovers(recency.intervals().get("half-life"), 1.5);
    assertCovers(recency.intervals().get("slope"), 1.0);
  }

  @Test
  void theMeanIsRecovered() {
    EventLog log = rated(journeys(500, 7), "mean", Map.of(), 0.3, 8);
    FitReport report =
        MemoryModelFit.builder()
            .folds(5)
            .resamples(200)
            .seed(9)
            .build()
            .fit(log, "rating", "simulated");
    ModelFit mean = model(report, "mean");
    assertCovers(mean.intervals().get("slope"), 1.0);
    assertCovers(mean.intervals().get("intercept"), 0.0);
    // Models that nest the mean (a long half-life, the regression) may tie it, but none beats it
    // beyond resampling noise, and the models that are not the mean do worse.
    if (!report.best().equals("mean")) {
      assertThat(mean.comparison().orElseThrow().pValue()).isGreaterThan(0.05);
    }
    assertThat(model(report, "peak-end").comparison().orElseThrow().pValue()).isLessThan(0.05);
    assertThat(model(report, "intercept").comparison().orElseThrow().pValue()).isLessThan(0.05);
  }

  @Test
  void withPureNoiseNoModelBeatsTheInterceptSignificantly() {
    EventLog log = journeys(400, 10);
    Random random = new Random(11);
    Map<String, Map<String, Double>> outcomes = new java.util.LinkedHashMap<>();
    for (int j = 0; j < log.journeyCount(); j++) {
      outcomes.put(log.journeyId(j), Map.of("rating", 4 + random.nextGaussian()));
    }
    FitReport report =
        MemoryModelFit.builder()
            .folds(5)
            .resamples(300)
            .seed(12)
            .build()
            .fit(log.withOutcomes(outcomes), "rating", "noise");
    if (!report.best().equals("intercept")) {
      assertThat(model(report, "intercept").comparison().orElseThrow().pValue())
          .isGreaterThan(0.05);
    }
    for (ModelFit m : report.models()) {
      assertThat(m.rSquared()).as(m.model()).isLessThan(0.05);
    }
  }

  /**
   * Every journey is predicted by a model fitted without it: changing one journey's rating leaves
   * its own out-of-fold prediction exactly where it was. Fitting on all the data would move it.
   */
  @Test
  void crossValidationNeverSeesTheTestFold() {
    EventLog base = rated(journeys(200, 13), "peak-end", Map.of(), 0.5, 14);
    MemoryModelFit fit =
        MemoryModelFit.builder().folds(5).resamples(0).seed(15).addModels("peak-end").build();
    FitReport before = fit.fit(base, "rating", "a");
    Map<String, Map<String, Double>> changed = new java.util.LinkedHashMap<>();
    for (int j = 0; j < base.journeyCount(); j++) {
      double rating = base.outcome("rating", j).getAsDouble();
      changed.put(base.journeyId(j), Map.of("rating", j == 17 ? rating + 40 : rating));
    }
    FitReport after = fit.fit(base.withOutcomes(changed), "rating", "b");
    assertThat(after.bestPredictions().get(17)).isEqualTo(before.bestPredictions().get(17));
    // The fit on all journeys does see it.
    assertThat(model(after, "peak-end").estimates().get("intercept"))
        .isNotEqualTo(model(before, "peak-end").estimates().get("intercept"));
  }

  @Test
  void withoutMotkitsScorersTheFitFailsNamingTheArtifact() {
    EventLog log = rated(journeys(40, 3), "peak-end", Map.of(), 0.5, 4);
    assertThatThrownBy(
            () ->
                MemoryModelFit.builder()
                    .resamples(0)
                    .build()
                    .fit(log, "rating", "x", ScorerRegistry.of(List.of())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("io.motkit:motkit-scoring");
  }

  /**
   * The rating is the last moment, a survey, plus noise: with the survey in the journey {@code end}
   * fits the instrument to itself; left out as a measurement, it must predict from the rest.
   */
  @Test
  void aMeasurementIsLeftOutBeforeAnyModelSeesTheJourney() {
    EventLog plain = journeys(120, 5);
    List<Journey> surveyed = new ArrayList<>();
    Map<String, Map<String, Double>> ratings = new java.util.LinkedHashMap<>();
    Random random = new Random(6);
    plain
        .journeys()
        .forEach(
            j -> {
              int answer = 1 + random.nextInt(7);
              surveyed.add(
                  Journey.builder()
                      .id(j.id())
                      .scale(j.scale())
                      .addAllMoments(j.moments())
                      .addMoment(
                          Moment.of(
                              Touchpoint.of("survey"),
                              j.moment(j.size() - 1).start().plusSeconds(86_400),
                              answer))
                      .build());
              ratings.put(j.id(), Map.of("rating", answer + 0.1 * random.nextGaussian()));
            });
    EventLog log = EventLog.of(surveyed).withOutcomes(ratings);
    MemoryModelFit end = MemoryModelFit.builder().addModels("end").folds(4).resamples(0).build();
    double seeingTheSurvey = model(end.fit(log, "rating", "x"), "end").rmse();
    double withoutIt =
        model(
                MemoryModelFit.builder()
                    .addModels("end")
                    .folds(4)
                    .resamples(0)
                    .addMeasurements("survey")
                    .build()
                    .fit(log, "rating", "x"),
                "end")
            .rmse();
    assertThat(seeingTheSurvey).isLessThan(0.2);
    assertThat(withoutIt).isGreaterThan(1.0);

    EventLog surveyOnly =
        EventLog.of(
                List.of(
                    Journey.builder()
                        .id("only")
                        .scale(Scale.likert7())
                        .addMoment(Moment.of(Touchpoint.of("survey"), T0, 4))
                        .build()))
            .withOutcomes(Map.of("only", Map.of("rating", 4.0)));
    assertThatThrownBy(
            () ->
                MemoryModelFit.builder()
                    .addModels("end")
                    .folds(2)
                    .resamples(0)
                    .addMeasurements("survey")
                    .build()
                    .fit(surveyOnly, "rating", "x"))
        .hasMessageContaining("journey 'only' has no moment besides [survey]");
  }

  /** AIC and BIC of the intercept model by hand: RSS about the mean, k = 1 mean + 1 variance. */
  @Test
  void informationCriteriaCountTheErrorVariance() {
    EventLog log = rated(journeys(60, 8), "mean", Map.of(), 0.5, 9);
    FitReport report =
        MemoryModelFit.builder()
            .addModels("intercept")
            .folds(3)
            .resamples(0)
            .build()
            .fit(log, "rating", "x");
    double[] y = log.requireOutcome("rating");
    double mean = java.util.Arrays.stream(y).average().orElseThrow();
    double rss = java.util.Arrays.stream(y).map(v -> (v - mean) * (v - mean)).sum();
    int n = y.length;
    ModelFit intercept = model(report, "intercept");
    assertThat(intercept.aic())
        .isCloseTo(n * Math.log(rss / n) + 2 * 2, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(intercept.bic())
        .isCloseTo(
            n * Math.log(rss / n) + 2 * Math.log(n), org.assertj.core.api.Assertions.within(1e-9));
  }

  /**
   * Every resample is fitted by the estimator of the full sample, so each interval holds its own
   * estimate, and here the truth too: ratings made by recency with a half-life of a week.
   */
  @Test
  void everyIntervalHoldsItsOwnEstimateUnderARecencyTruth() {
    EventLog log =
        rated(
            journeys(400, 21),
            "recency",
            Map.of("decay", "time", "half-life", Double.toString(7 * 86_400.0)),
            0.25,
            22);
    FitReport report =
        MemoryModelFit.builder()
            .addModels("recency-time")
            .folds(3)
            .resamples(200)
            .seed(23)
            .build()
            .fit(log, "rating", "x");
    ModelFit recency = model(report, "recency-time");
    assertThat(recency.intervals().keySet())
        .containsExactlyInAnyOrder("intercept", "slope", "half-life");
    recency
        .intervals()
        .forEach((name, interval) -> assertCovers(interval, recency.estimates().get(name)));
    assertCovers(recency.intervals().get("half-life"), 7 * 86_400.0);
  }

  /**
   * The fit of peak-end is the least-squares optimum over every peak rule, end rule and weight: a
   * brute-force search over the nine variants and 2,001 weights finds no smaller error.
   */
  @Test
  void thePeakEndFitIsTheGlobalOptimumOfABruteForceSearch() {
    EventLog log =
        rated(
            journeys(60, 24),
            "peak-end",
            Map.of("peak", "worst", "peak-weight", "0.7", "end-weight", "0.3"),
            0.8,
            25);
    double[] y = log.requireOutcome("rating");
    int n = y.length;
    double bruteForce = Double.POSITIVE_INFINITY;
    for (String peak : List.of("intense", "worst", "best")) {
      for (Map<String, String> end :
          List.of(
              Map.of("end", "last"),
              Map.of("end", "last-k", "k", "2"),
              Map.of("end", "last-k", "k", "3"))) {
        for (int i = 0; i <= 2_000; i++) {
          double w = i / 2_000.0;
          Map<String, String> parameters = new java.util.HashMap<>(end);
          parameters.put("peak", peak);
          parameters.put("peak-weight", Double.toString(w));
          parameters.put("end-weight", Double.toString(1 - w));
          double[] x = log.score(REGISTRY.create("peak-end", parameters));
          bruteForce = Math.min(bruteForce, leastSquaresError(x, y));
        }
      }
    }
    ModelFit fit =
        model(
            MemoryModelFit.builder()
                .addModels("peak-end")
                .folds(3)
                .resamples(0)
                .build()
                .fit(log, "rating", "x"),
            "peak-end");
    // The residual sum of squares from AIC = n ln(RSS / n) + 2 (k + 1).
    double rss = n * Math.exp((fit.aic() - 2.0 * (fit.parameterCount() + 1)) / n);
    assertThat(rss).isLessThanOrEqualTo(bruteForce * (1 + 1e-9));
  }

  /** The residual sum of squares of y on a + b x. */
  private static double leastSquaresError(double[] x, double[] y) {
    int n = x.length;
    double mx = java.util.Arrays.stream(x).average().orElseThrow();
    double my = java.util.Arrays.stream(y).average().orElseThrow();
    double sxy = 0;
    double sxx = 0;
    for (int j = 0; j < n; j++) {
      sxy += (x[j] - mx) * (y[j] - my);
      sxx += (x[j] - mx) * (x[j] - mx);
    }
    double b = sxx == 0 ? 0 : sxy / sxx;
    double a = my - b * mx;
    double rss = 0;
    for (int j = 0; j < n; j++) {
      double e = y[j] - a - b * x[j];
      rss += e * e;
    }
    return rss;
  }

  /** On ratings of pure noise no model is better than the mean: the intercept stays in the set. */
  @Test
  void onPureNoiseTheInterceptIsInTheConfidenceSet() {
    EventLog plain = journeys(200, 26);
    Random random = new Random(27);
    Map<String, Map<String, Double>> ratings = new java.util.LinkedHashMap<>();
    plain.journeys().forEach(j -> ratings.put(j.id(), Map.of("rating", 4 + random.nextGaussian())));
    FitReport report =
        MemoryModelFit.builder()
            .folds(5)
            .resamples(300)
            .seed(28)
            .build()
            .fit(plain.withOutcomes(ratings), "rating", "x");
    assertThat(model(report, "intercept").confidenceSetPValue().orElseThrow())
        .isGreaterThanOrEqualTo(0.05);
  }

  @Test
  void theSameSeedGivesTheSameReport() {
    EventLog log = rated(journeys(150, 16), "peak-end", Map.of(), 0.5, 17);
    MemoryModelFit fit = MemoryModelFit.builder().folds(4).resamples(50).seed(18).build();
    assertThat(fit.fit(log, "rating", "x")).isEqualTo(fit.fit(log, "rating", "x"));
  }

  @Test
  void aModelThatCannotScoreEveryJourneyIsSkippedWithTheReason() {
    List<Journey> journeys = new ArrayList<>();
    Random random = new Random(19);
    for (int j = 0; j < 40; j++) {
      Journey.Builder journey =
          Journey.builder()
              .id("j" + j)
              .scale(Scale.likert7())
              .putOutcome("rating", random.nextInt(7) + 1.0);
      int moments = j == 0 ? 1 : 3;
      for (int i = 0; i < moments; i++) {
        journey.addMoment(
            Moment.of(
                Touchpoint.of("t" + i),
                T0.plusSeconds(60L * i + 86_400L * j),
                1 + random.nextInt(7)));
      }
      journeys.add(journey.build());
    }
    FitReport report =
        MemoryModelFit.builder()
            .folds(4)
            .resamples(0)
            .build()
            .fit(EventLog.of(journeys), "rating", "x");
    assertThat(report.skipped()).containsKey("trend");
    assertThat(report.skipped().get("trend")).contains("journey 'j0'");
  }

  @Test
  void badSettingsAndInputsAreNamed() {
    assertThatThrownBy(() -> MemoryModelFit.builder().folds(1).build())
        .hasMessageContaining("folds must be at least 2, found 1");
    assertThatThrownBy(() -> MemoryModelFit.builder().addModels("peak-middle").build())
        .hasMessageContaining("unknown model 'peak-middle'");
    EventLog log = journeys(5, 20);
    assertThatThrownBy(() -> MemoryModelFit.defaults().fit(log, "rating", "x"))
        .hasMessageContaining("rating");
  }
}
