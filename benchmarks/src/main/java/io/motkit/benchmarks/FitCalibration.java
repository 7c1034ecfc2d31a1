package io.motkit.benchmarks;

import io.motkit.core.ConfidenceInterval;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.EventLog;
import io.motkit.journey.fit.FitReport;
import io.motkit.journey.fit.MemoryModelFit;
import io.motkit.journey.fit.ModelFit;
import io.motkit.journey.fit.RetrospectiveRatings;
import io.motkit.journey.simulation.JourneyModel;
import io.motkit.journey.simulation.JourneySimulator;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A calibration study of the memory-model fit: datasets simulated from a known memory model (the
 * property-management journeys, ratings = the model's value + Gaussian noise), fitted, and counted:
 * how often each 95 % bootstrap interval holds the true value, and, on ratings of pure noise, how
 * often a model other than the intercept is called best and how often a comparison says p < 0.05.
 * Seeded: the same arguments give the same table. Not part of {@code mvn verify}; see {@code
 * benchmarks/run-fit-calibration.sh}.
 *
 * <p>Usage: {@code FitCalibration DATASETS RESAMPLES SIZES NOISES} (sizes and noises separated by
 * commas), printing a Markdown table.
 */
public final class FitCalibration {

  private FitCalibration() {}

  /** A true model: the scorer that makes the ratings, and the candidate that should find it. */
  private record Truth(
      String name,
      String scorer,
      Map<String, String> parameters,
      String candidate,
      Map<String, Double> values) {}

  private static final List<Truth> TRUTHS =
      List.of(
          new Truth(
              "peak-end (worst, w = 0.6)",
              "peak-end",
              Map.of("peak", "worst", "peak-weight", "0.6", "end-weight", "0.4"),
              "peak-end",
              Map.of("intercept", 0.0, "slope", 1.0, "peak-weight", 0.6)),
          new Truth(
              "peak-end (intense, w = 0.5)",
              "peak-end",
              Map.of("peak", "intense"),
              "peak-end",
              Map.of("intercept", 0.0, "slope", 1.0, "peak-weight", 0.5)),
          new Truth(
              "recency (time, half-life 7 days)",
              "recency",
              Map.of("decay", "time", "half-life", "604800"),
              "recency-time",
              Map.of("intercept", 0.0, "slope", 1.0, "half-life", 604_800.0)),
          new Truth(
              "recency (position, half-life 3)",
              "recency",
              Map.of("decay", "position", "half-life", "3"),
              "recency-position",
              Map.of("intercept", 0.0, "slope", 1.0, "half-life", 3.0)),
          new Truth("mean", "mean", Map.of(), "mean", Map.of("intercept", 0.0, "slope", 1.0)),
          new Truth(
              "duration-weighted",
              "duration-weighted",
              Map.of(),
              "duration-weighted",
              Map.of("intercept", 0.0, "slope", 1.0)),
          new Truth("end", "end", Map.of(), "end", Map.of("intercept", 0.0, "slope", 1.0)));

  /** Runs the study and prints the table. */
  public static void main(String[] args) throws Exception {
    int datasets = Integer.parseInt(args[0]);
    int resamples = Integer.parseInt(args[1]);
    int[] sizes = java.util.Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray();
    double[] noises =
        java.util.Arrays.stream(args[3].split(",")).mapToDouble(Double::parseDouble).toArray();
    JourneyModel model;
    try (Reader reader =
        Files.newBufferedReader(Path.of("docs", "samples", "property-model.json"))) {
      model = JourneyModel.fromJson(reader);
    }
    JourneySimulator simulator = new JourneySimulator(model);
    ScorerRegistry registry = ScorerRegistry.load();
    System.out.printf(
        Locale.ROOT,
        "%d datasets per row, %d bootstrap resamples, 95 %% percentile intervals; seeds 1 to %d.%n%n",
        datasets,
        resamples,
        datasets);
    System.out.println(
        "| truth | journeys | noise | coverage of each parameter | the truth's variant chosen |");
    System.out.println("|---|---:|---:|---|---:|");
    for (Truth truth : TRUTHS) {
      for (int n : sizes) {
        for (double noise : noises) {
          Map<String, Integer> covered = new LinkedHashMap<>();
          truth.values().keySet().forEach(k -> covered.put(k, 0));
          int variant = 0;
          for (int d = 1; d <= datasets; d++) {
            EventLog log = simulator.eventLog(n, d);
            Map<String, Double> ratings =
                RetrospectiveRatings.simulate(
                    log, registry.create(truth.scorer(), truth.parameters()), noise, 1_000L + d);
            ModelFit fit = fit(log, ratings, truth.candidate(), resamples, d);
            for (Map.Entry<String, Double> value : truth.values().entrySet()) {
              ConfidenceInterval interval = fit.intervals().get(value.getKey());
              if (interval != null
                  && interval.low() <= value.getValue()
                  && value.getValue() <= interval.high()) {
                covered.merge(value.getKey(), 1, Integer::sum);
              }
            }
            boolean sameVariant =
                truth.parameters().entrySet().stream()
                    .filter(p -> fit.choices().containsKey(p.getKey()))
                    .allMatch(p -> fit.choices().get(p.getKey()).equals(p.getValue()));
            variant += sameVariant ? 1 : 0;
          }
          List<String> cells = new ArrayList<>();
          int total = datasets;
          covered.forEach(
              (k, c) ->
                  cells.add(
                      String.format(
                          Locale.ROOT, "%s %d/%d (%.0f %%)", k, c, total, 100.0 * c / total)));
          System.out.printf(
              Locale.ROOT,
              "| %s | %d | %s | %s | %d/%d |%n",
              truth.name(),
              n,
              noise,
              String.join(", ", cells),
              variant,
              datasets);
        }
      }
    }
    // Every candidate fitted to each truth's ratings: is the true model in the confidence set?
    System.out.println();
    System.out.println(
        "| truth, every candidate fitted | journeys | noise | the true model in the 95 %"
            + " confidence set | called best |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (Truth truth : TRUTHS) {
      for (int n : sizes) {
        for (double noise : noises) {
          int inSet = 0;
          int best = 0;
          for (int d = 1; d <= datasets; d++) {
            EventLog log = simulator.eventLog(n, d);
            Map<String, Double> ratings =
                RetrospectiveRatings.simulate(
                    log, registry.create(truth.scorer(), truth.parameters()), noise, 1_000L + d);
            FitReport report = fitAll(log, ratings, resamples, d);
            best += report.models().get(0).model().equals(truth.candidate()) ? 1 : 0;
            inSet +=
                report.models().stream()
                        .anyMatch(
                            m ->
                                m.model().equals(truth.candidate())
                                    && m.confidenceSetPValue().orElse(0) >= 0.05)
                    ? 1
                    : 0;
          }
          System.out.printf(
              Locale.ROOT,
              "| %s | %d | %s | %d/%d | %d/%d |%n",
              truth.name(),
              n,
              noise,
              inSet,
              datasets,
              best,
              datasets);
        }
      }
    }
    // Pure noise: every candidate fitted; is a model other than the intercept called best, and
    // does any comparison claim p < 0.05?
    System.out.println();
    System.out.println(
        "| pure noise | journeys | noise | best is not the intercept | some p < 0.05 vs best"
            + " | intercept in the 95 % confidence set |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (int n : sizes) {
      for (double noise : noises) {
        int notIntercept = 0;
        int significant = 0;
        int interceptInSet = 0;
        for (int d = 1; d <= datasets; d++) {
          EventLog log = simulator.eventLog(n, d);
          Random random = new Random(2_000L + d);
          Map<String, Double> ratings = new LinkedHashMap<>();
          for (int j = 0; j < log.journeyCount(); j++) {
            ratings.put(log.journeyId(j), 4 + noise * random.nextGaussian());
          }
          FitReport report = fitAll(log, ratings, resamples, d);
          notIntercept += report.models().get(0).model().equals("intercept") ? 0 : 1;
          significant +=
              report.models().stream()
                      .anyMatch(m -> m.comparison().map(c -> c.pValue() < 0.05).orElse(false))
                  ? 1
                  : 0;
          interceptInSet +=
              report.models().stream()
                      .anyMatch(
                          m ->
                              m.model().equals("intercept")
                                  && m.confidenceSetPValue().orElse(0) >= 0.05)
                  ? 1
                  : 0;
        }
        System.out.printf(
            Locale.ROOT,
            "| ratings N(4, %s) | %d | %s | %d/%d | %d/%d | %d/%d |%n",
            noise,
            n,
            noise,
            notIntercept,
            datasets,
            significant,
            datasets,
            interceptInSet,
            datasets);
      }
    }
  }

  private static EventLog rated(EventLog log, Map<String, Double> ratings) {
    Map<String, Map<String, Double>> outcomes = new LinkedHashMap<>();
    ratings.forEach((id, r) -> outcomes.put(id, Map.of("rating", r)));
    return log.withOutcomes(outcomes);
  }

  private static ModelFit fit(
      EventLog log, Map<String, Double> ratings, String candidate, int resamples, long seed) {
    FitReport report =
        MemoryModelFit.builder()
            .addModels(candidate)
            .folds(2)
            .resamples(resamples)
            .seed(seed)
            .build()
            .fit(rated(log, ratings), "rating", "simulated");
    return report.models().get(0);
  }

  private static FitReport fitAll(
      EventLog log, Map<String, Double> ratings, int resamples, long seed) {
    return MemoryModelFit.builder()
        .folds(5)
        .resamples(resamples)
        .seed(seed)
        .build()
        .fit(rated(log, ratings), "rating", "simulated");
  }
}
