package io.motkit.journey.fit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.motkit.core.ConfidenceInterval;
import io.motkit.core.Version;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.EventLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Fits models of remembered experience to retrospective ratings and compares them out of sample:
 * the experiment of every peak-end study (Kahneman, Fredrickson, Schreiber and Redelmeier 1993;
 * Redelmeier and Kahneman 1996; reviewed by Fredrickson 2000).
 *
 * <p>Each candidate's value S is calibrated to the rating by least squares ({@code rating = a + b
 * S}). Its discrete choices (peak rule, end rule) are chosen and its continuous parameter (the
 * peak's weight, a half-life) is found by a grid and then Brent's method (Hipparchus), on the
 * training journeys only. The comparison is by seeded k-fold cross-validation: out-of-fold R², RMSE
 * and MAE, and a paired bootstrap of the journey-wise squared-error differences between the best
 * model and each other. AIC and BIC are on all journeys; bootstrap intervals of the estimates come
 * from resamples of the journeys (seeded). The same seed gives the same report.
 *
 * <p>Candidates ({@link #CANDIDATES}): {@code peak-end} (peak intense, worst or best; end the last
 * moment or the mean of the last 2 or 3; the peak's weight in [0, 1]), {@code peak}, {@code end},
 * {@code mean}, {@code weakest-link}, {@code duration-weighted} (by duration or by gap), {@code
 * recency-time} (half-life from 10 seconds to 10 years), {@code recency-position} (half-life from
 * 0.25 to 100 moments), {@code trend} (slope over the last half or all of the episode), {@code
 * regression} (rating on peak, end, mean and duration: Redelmeier and Kahneman 1996) and {@code
 * intercept} (the mean rating, which a useful model must beat). A candidate that cannot score every
 * journey (a trend of one moment) is reported as skipped with the reason.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class MemoryModelFit
    implements io.motkit.core.analysis.Analysis<EventLog, FitReport> {

  /** Every candidate model, in the order they are reported when equally good. */
  public static final List<String> CANDIDATES =
      List.of(
          "peak-end",
          "peak",
          "end",
          "mean",
          "weakest-link",
          "duration-weighted",
          "recency-time",
          "recency-position",
          "trend",
          "regression",
          "intercept");

  /** Grid points of a continuous parameter before Brent's refinement. */
  static final int GRID = 11;

  MemoryModelFit() {}

  /**
   * Folds of the cross-validation; 10 unless set.
   *
   * @return folds of the cross-validation; 10 unless set
   */
  @Value.Default
  public int folds() {
    return 10;
  }

  /**
   * Bootstrap resamples for the intervals and the comparisons; 1,000 unless set, 0 for none.
   *
   * @return bootstrap resamples for the intervals and the comparisons; 1,000 unless set, 0 for none
   */
  @Value.Default
  public int resamples() {
    return 1_000;
  }

  /**
   * The seed of the folds and the resamples; 1 unless set.
   *
   * @return the seed of the folds and the resamples; 1 unless set
   */
  @Value.Default
  public long seed() {
    return 1;
  }

  /**
   * The level of the intervals; 0.95 unless set.
   *
   * @return the level of the intervals; 0.95 unless set
   */
  @Value.Default
  public double confidenceLevel() {
    return 0.95;
  }

  /**
   * The candidate models to fit; every one of {@link #CANDIDATES} when none is given.
   *
   * @return the candidate models to fit; every one of {@link #CANDIDATES} when none is given
   */
  public abstract List<String> models();

  /**
   * Touchpoints that measure the journey rather than belong to it (a satisfaction survey): left out
   * of every journey before any model sees it, so that no model is fitted to the instrument that
   * gave the rating. None unless set.
   *
   * @return the touchpoints left out of every journey
   */
  public abstract java.util.Set<String> measurements();

  /** The models that will be fitted: those given, or every candidate. */
  final List<String> chosen() {
    return models().isEmpty() ? CANDIDATES : models();
  }

  /**
   * The defaults: every candidate, 10 folds, 1,000 resamples, seed 1.
   *
   * @return the defaults: every candidate, 10 folds, 1,000 resamples, seed 1
   */
  public static MemoryModelFit defaults() {
    return builder().build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MemoryModelFit}. */
  public static final class Builder extends ImmutableMemoryModelFit.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    checkArgument(folds() >= 2, "folds must be at least 2, found %s", folds());
    checkArgument(resamples() >= 0, "resamples must not be negative, found %s", resamples());
    checkArgument(
        confidenceLevel() > 0 && confidenceLevel() < 1,
        "confidence level must be strictly between 0 and 1, found %s",
        confidenceLevel());
    for (String model : models()) {
      checkArgument(
          CANDIDATES.contains(model), "unknown model '%s'; candidates are %s", model, CANDIDATES);
    }
    checkArgument(
        models().stream().distinct().count() == models().size(),
        "a model is listed twice in %s",
        models());
  }

  /**
   * The journey outcome that holds the retrospective rating; {@code rating} unless set.
   *
   * @return the outcome holding the rating
   */
  @Value.Default
  public String rating() {
    return "rating";
  }

  /** {@code memory-model-fit}. */
  @Override
  public final String name() {
    return "memory-model-fit";
  }

  @Override
  public final Map<String, String> settingsText() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("rating", rating());
    settings.put("models", String.join(",", chosen()));
    settings.put("folds", Integer.toString(folds()));
    settings.put("resamples", Integer.toString(resamples()));
    settings.put("seed", Long.toString(seed()));
    settings.put("confidence", Double.toString(confidenceLevel()));
    if (!measurements().isEmpty()) {
      settings.put("measurements", String.join(",", new java.util.TreeSet<>(measurements())));
    }
    return settings;
  }

  /**
   * Fits every model to the ratings held in outcome {@link #rating()} of the log's journeys, with
   * the scorers found on the class or module path; the result's provenance names the inputs as
   * {@code input} gives them.
   *
   * @param input the event log, with the ratings as outcomes, and its inputs
   * @return the fit report
   * @throws IllegalStateException if motkit's scorers are not on the path, naming the artifact
   * @throws IllegalArgumentException as {@link #fit(EventLog, String, String)}
   */
  @Override
  public final FitReport run(io.motkit.core.analysis.AnalysisInput<EventLog> input) {
    return fit(input.data(), rating(), input.sources(), ScorerRegistry.load());
  }

  /**
   * Fits every model to the ratings held in outcome {@code rating} of {@code log}'s journeys.
   *
   * @param log the event log
   * @param rating the rating
   * @param source where the journeys came from, for the provenance
   * @return the fit report
   * @throws IllegalArgumentException if a journey lacks the rating (naming it), a rating is not
   *     finite, there are fewer journeys than folds, or no model can be fitted
   */
  public final FitReport fit(EventLog log, String rating, String source) {
    return fit(log, rating, source, ScorerRegistry.load());
  }

  /**
   * Fits every model with the scorers of {@code registry}.
   *
   * @param events the event log
   * @param rating the rating
   * @param source where the journeys came from, for the provenance
   * @param registry the scorers the candidate models are made of
   * @return the fit report
   * @throws IllegalStateException if the registry lacks motkit's scorers (the motkit-scoring
   *     artifact is not on the class or module path), naming the artifact
   * @throws IllegalArgumentException as {@link #fit(EventLog, String, String)}, or if a journey has
   *     no moment besides the measurements
   */
  public final FitReport fit(
      EventLog events, String rating, String source, ScorerRegistry registry) {
    return fit(
        events,
        rating,
        List.of(io.motkit.core.analysis.InputSummary.inMemory(source, events.eventCount())),
        registry);
  }

  private FitReport fit(
      EventLog events,
      String rating,
      List<io.motkit.core.analysis.InputSummary> sources,
      ScorerRegistry registry) {
    if (registry.find("peak-end").isEmpty()) {
      // Without them every real model would be skipped and the intercept called best.
      throw new IllegalStateException(
          "the memory-model fit needs motkit's scorers, which are in the artifact"
              + " io.motkit:motkit-scoring; add it to the class or module path (the registry has "
              + registry.ids()
              + ")");
    }
    EventLog log = measurements().isEmpty() ? events : events.withoutTouchpoints(measurements());
    double[] y = log.requireOutcome(rating);
    int n = y.length;
    for (int j = 0; j < n; j++) {
      checkArgument(
          Double.isFinite(y[j]),
          "journey '%s': rating '%s' is not a finite number",
          log.journeyId(j),
          rating);
    }
    checkArgument(
        n >= folds(), "%s folds need at least %s journeys, found %s", folds(), folds(), n);
    int[] fold = folds(n);
    List<Candidate> candidates =
        chosen().stream().map(id -> candidate(id, registry)).collect(Collectors.toList());

    // Candidates are independent; each draws its resamples from its own seeded stream.
    List<Optional<Outcome>> outcomes =
        IntStream.range(0, candidates.size())
            .parallel()
            .mapToObj(i -> run(candidates.get(i), log, y, fold))
            .collect(Collectors.toList());

    Map<String, String> skipped = new LinkedHashMap<>();
    List<Outcome> fitted = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Outcome outcome = outcomes.get(i).orElseThrow();
      if (outcome.skipped != null) {
        skipped.put(candidates.get(i).id(), outcome.skipped);
      } else {
        fitted.add(outcome);
      }
    }
    checkArgument(!fitted.isEmpty(), "no model could be fitted: %s", skipped);
    double mean = Arrays.stream(y).average().orElseThrow();
    double total = Arrays.stream(y).map(v -> (v - mean) * (v - mean)).sum();
    for (Outcome o : fitted) {
      double sse = 0;
      double absolute = 0;
      for (int j = 0; j < n; j++) {
        double e = y[j] - requireNonNull(o.oof)[j];
        sse += e * e;
        absolute += Math.abs(e);
      }
      o.rmse = Math.sqrt(sse / n);
      o.mae = absolute / n;
      o.rSquared = total == 0 ? 0 : 1 - sse / total;
    }
    fitted.sort(
        Comparator.comparingDouble((Outcome o) -> o.rmse)
            .thenComparingInt(o -> CANDIDATES.indexOf(o.candidate.id())));
    Outcome best = fitted.get(0);
    compare(fitted, y);

    ImmutableFitReport.Builder report =
        ImmutableFitReport.builder()
            .provenance(
                io.motkit.core.analysis.Provenance.of(name(), settingsWith(rating), sources))
            .source(sources.get(0).name())
            .rating(rating)
            .journeys(n)
            .seed(seed())
            .folds(folds())
            .resamples(resamples())
            .confidenceLevel(confidenceLevel())
            .addAllCandidates(chosen())
            .version(Version.current())
            .putAllSkipped(skipped);
    for (Outcome o : fitted) {
      ImmutableModelFit.Builder model =
          ImmutableModelFit.builder()
              .model(o.candidate.id())
              .description(o.candidate.description())
              .putAllChoices(requireNonNull(o.full).choices())
              .putAllEstimates(o.full.estimates())
              .putAllIntervals(o.intervals)
              .parameterCount(o.full.estimates().size())
              .rSquared(o.rSquared)
              .rmse(o.rmse)
              .mae(o.mae)
              // K counts the error variance too, as R's AIC(lm) does.
              .aic(n * Math.log(o.rss / n) + 2 * (o.full.estimates().size() + 1))
              .bic(n * Math.log(o.rss / n) + (o.full.estimates().size() + 1) * Math.log(n));
      Optional.ofNullable(o.rmseInterval).ifPresent(model::rmseInterval);
      Optional.ofNullable(o.comparison).ifPresent(model::comparison);
      if (!Double.isNaN(o.confidenceSetPValue)) {
        model.confidenceSetPValue(o.confidenceSetPValue);
      }
      report.addModels(model.build());
    }
    for (int j = 0; j < n; j++) {
      report.addObserved(y[j]);
      report.addBestPredictions(requireNonNull(best.oof)[j]);
    }
    return report.build();
  }

  /** The settings as text, with the rating this run read. */
  private Map<String, String> settingsWith(String rating) {
    Map<String, String> settings = new LinkedHashMap<>(settingsText());
    settings.put("rating", rating);
    return settings;
  }

  /** A seeded assignment of journeys to folds of equal size (within one). */
  private int[] folds(int n) {
    List<Integer> order = IntStream.range(0, n).boxed().collect(Collectors.toList());
    java.util.Collections.shuffle(order, new Random(seed()));
    int[] fold = new int[n];
    for (int i = 0; i < n; i++) {
      fold[order.get(i)] = i % folds();
    }
    return fold;
  }

  /** What was learnt about one candidate. */
  private static final class Outcome {
    final Candidate candidate;
    @Nullable String skipped;
    @Nullable Fitted full;
    double rss;
    double @Nullable [] oof;
    Map<String, ConfidenceInterval> intervals = Map.of();
    double rmse;
    double mae;
    double rSquared;
    @Nullable ConfidenceInterval rmseInterval;
    @Nullable FitComparison comparison;
    double confidenceSetPValue = Double.NaN;

    Outcome(Candidate candidate) {
      this.candidate = candidate;
    }
  }

  private Optional<Outcome> run(Candidate candidate, EventLog log, double[] y, int[] fold) {
    Outcome outcome = new Outcome(candidate);
    int n = y.length;
    CandidateFitter fitter;
    try {
      fitter = candidate.fitter(log, y, GRID);
    } catch (IllegalArgumentException e) {
      outcome.skipped = java.util.Objects.requireNonNullElse(e.getMessage(), "cannot be fitted");
      return Optional.of(outcome);
    }
    double[] all = new double[n];
    Arrays.fill(all, 1);
    outcome.full = fitter.fit(all);
    double rss = 0;
    for (int j = 0; j < n; j++) {
      double e = y[j] - outcome.full.predict(j);
      rss += e * e;
    }
    outcome.rss = Math.max(rss, Double.MIN_NORMAL);

    // Out of fold: every choice and parameter is fitted on the other folds only.
    outcome.oof = new double[n];
    double[] training = new double[n];
    for (int f = 0; f < folds(); f++) {
      for (int j = 0; j < n; j++) {
        training[j] = fold[j] == f ? 0 : 1;
      }
      Fitted fitted = fitter.fit(training);
      for (int j = 0; j < n; j++) {
        if (fold[j] == f) {
          outcome.oof[j] = fitted.predict(j);
        }
      }
    }

    if (resamples() > 0) {
      Random random =
          new Random(seed() * 1_000_003L + 7919L * (CANDIDATES.indexOf(candidate.id()) + 1));
      Map<String, double[]> draws = new LinkedHashMap<>();
      double[] counts = new double[n];
      for (int b = 0; b < resamples(); b++) {
        Arrays.fill(counts, 0);
        for (int i = 0; i < n; i++) {
          counts[random.nextInt(n)]++;
        }
        Map<String, Double> estimates = fitter.refit(outcome.full, counts).estimates();
        for (Map.Entry<String, Double> e : estimates.entrySet()) {
          draws.computeIfAbsent(e.getKey(), k -> new double[resamples()])[b] = e.getValue();
        }
      }
      Map<String, ConfidenceInterval> intervals = new LinkedHashMap<>();
      draws.forEach((name, values) -> intervals.put(name, percentile(values)));
      outcome.intervals = intervals;
    }
    return Optional.of(outcome);
  }

  /**
   * Paired bootstrap over journeys: each model's RMSE interval and its difference from the best.
   */
  private void compare(List<Outcome> fitted, double[] y) {
    if (resamples() == 0) {
      return;
    }
    int n = y.length;
    int m = fitted.size();
    double[][] squared = new double[m][n];
    for (int k = 0; k < m; k++) {
      for (int j = 0; j < n; j++) {
        double e = y[j] - requireNonNull(fitted.get(k).oof)[j];
        squared[k][j] = e * e;
      }
    }
    double[][] meanSquared = new double[m][resamples()];
    Random random = new Random(seed() ^ 0x5DEECE66DL);
    int[] counts = new int[n];
    for (int b = 0; b < resamples(); b++) {
      Arrays.fill(counts, 0);
      for (int i = 0; i < n; i++) {
        counts[random.nextInt(n)]++;
      }
      for (int k = 0; k < m; k++) {
        double sum = 0;
        for (int j = 0; j < n; j++) {
          sum += counts[j] * squared[k][j];
        }
        meanSquared[k][b] = sum / n;
      }
    }
    double[] observedMeans = new double[m];
    for (int k = 0; k < m; k++) {
      double sum = 0;
      for (int j = 0; j < n; j++) {
        sum += squared[k][j];
      }
      observedMeans[k] = sum / n;
    }
    double[] confidenceSet = ModelConfidenceSet.pValues(observedMeans, meanSquared);
    Outcome best = fitted.get(0);
    for (int k = 0; k < m; k++) {
      Outcome o = fitted.get(k);
      o.confidenceSetPValue = confidenceSet[k];
      o.rmseInterval = percentile(Arrays.stream(meanSquared[k]).map(Math::sqrt).toArray());
      if (k == 0) {
        continue;
      }
      double[] difference = new double[resamples()];
      int notWorse = 0;
      for (int b = 0; b < resamples(); b++) {
        difference[b] = meanSquared[k][b] - meanSquared[0][b];
        if (difference[b] <= 0) {
          notWorse++;
        }
      }
      double observed = 0;
      for (int j = 0; j < n; j++) {
        observed += squared[k][j] - squared[0][j];
      }
      o.comparison =
          ImmutableFitComparison.builder()
              .against(best.candidate.id())
              .meanDifference(observed / n)
              .interval(percentile(difference))
              .pValue((notWorse + 1.0) / (resamples() + 1.0))
              .build();
    }
  }

  private ConfidenceInterval percentile(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double tail = (1 - confidenceLevel()) / 2;
    double low = sorted[(int) Math.floor(tail * (sorted.length - 1))];
    double high = sorted[(int) Math.ceil((1 - tail) * (sorted.length - 1))];
    return ConfidenceInterval.of(low, high, confidenceLevel(), "percentile bootstrap");
  }

  /** The candidate with this id. */
  static Candidate candidate(String id, ScorerRegistry registry) {
    List<Map<String, String>> ends =
        List.of(
            Map.of("end", "last"),
            Map.of("end", "last-k", "k", "2"),
            Map.of("end", "last-k", "k", "3"));
    switch (id) {
      case "peak-end":
        List<Map<String, String>> variants = new ArrayList<>();
        for (String peak : List.of("intense", "worst", "best")) {
          for (Map<String, String> end : ends) {
            Map<String, String> variant = new LinkedHashMap<>();
            variant.put("peak", peak);
            variant.putAll(new java.util.TreeMap<>(end));
            variants.add(variant);
          }
        }
        return new ScorerCandidate(
            id,
            "peak-end rule: a + b (w peak + (1 - w) end), peak rule, end rule and w fitted",
            registry,
            "peak-end",
            variants,
            Optional.of(new ContinuousParameter("peak-weight", 0, 1, false)),
            Optional.of("end-weight"));
      case "peak":
        return new ScorerCandidate(
            id,
            "the peak alone: a + b peak",
            registry,
            "peak",
            ScorerCandidate.combinations(Map.of("peak", List.of("intense", "worst", "best"))),
            Optional.empty(),
            Optional.empty());
      case "end":
        return new ScorerCandidate(
            id,
            "the end alone: a + b end",
            registry,
            "end",
            ends.stream().map(java.util.TreeMap::new).collect(Collectors.toList()),
            Optional.empty(),
            Optional.empty());
      case "mean":
        return new ScorerCandidate(
            id,
            "the plain mean: a + b mean",
            registry,
            "mean",
            List.of(Map.of()),
            Optional.empty(),
            Optional.empty());
      case "weakest-link":
        return new ScorerCandidate(
            id,
            "the worst moment: a + b worst",
            registry,
            "weakest-link",
            List.of(Map.of()),
            Optional.empty(),
            Optional.empty());
      case "duration-weighted":
        return new ScorerCandidate(
            id,
            "the time-average of experience: a + b mean over time",
            registry,
            "duration-weighted",
            ScorerCandidate.combinations(Map.of("weight-by", List.of("duration", "gap"))),
            Optional.empty(),
            Optional.empty());
      case "recency-time":
        return new ScorerCandidate(
            id,
            "recency-weighted mean, half-life in seconds fitted",
            registry,
            "recency",
            List.of(Map.of("decay", "time")),
            Optional.of(new ContinuousParameter("half-life", 10, 3.15e8, true)),
            Optional.empty());
      case "recency-position":
        return new ScorerCandidate(
            id,
            "recency-weighted mean, half-life in moments fitted",
            registry,
            "recency",
            List.of(Map.of("decay", "position")),
            Optional.of(new ContinuousParameter("half-life", 0.25, 100, true)),
            Optional.empty());
      case "trend":
        return new ScorerCandidate(
            id,
            "least-squares slope over the final part (Ariely 1998): a + b slope",
            registry,
            "trend",
            ScorerCandidate.combinations(Map.of("final-share", List.of("0.5", "1"))),
            Optional.empty(),
            Optional.empty());
      case "regression":
        return new RegressionCandidate(
            id,
            "linear regression on peak, end, mean and duration (Redelmeier and Kahneman 1996)",
            registry,
            List.of("peak", "end", "mean", "duration"));
      case "intercept":
        return new RegressionCandidate(
            id, "the mean rating alone: the model to beat", registry, List.of());
      default:
        throw new IllegalArgumentException(
            "unknown model '" + id + "'; candidates are " + CANDIDATES);
    }
  }
}
