package io.motkit.journey.fit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The result of {@link MemoryModelFit}: every model that could be fitted, best first (lowest
 * out-of-fold RMSE), the models left out and why, the best model's out-of-fold predictions beside
 * the observed ratings, and the provenance of the run: input, rating, journeys, seed, folds,
 * resamples, candidates and motkit version.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class FitReport implements io.motkit.core.analysis.AnalysisResult {

  FitReport() {}

  /**
   * Where the result came from: the analysis, its settings (rating, models, folds, resamples, seed,
   * confidence, measurements), the motkit version and each input's name, rows and SHA-256, in the
   * form every analysis shares.
   *
   * @return where the result came from
   */
  @Override
  public abstract io.motkit.core.analysis.Provenance provenance();

  /**
   * Writes the report as indented JSON (see {@link FitReportWriter#json}).
   *
   * @param out where to write
   * @throws java.io.IOException if writing fails
   */
  @Override
  public final void writeJson(java.io.Writer out) throws java.io.IOException {
    out.write(FitReportWriter.json(this));
    out.write('\n');
  }

  /**
   * {@code models} (one row per model) and {@code parameters} (one row per model and parameter).
   *
   * @return the names of the tidy tables, the main one first
   */
  @Override
  public final java.util.List<String> tableNames() {
    return java.util.List.of("models", "parameters");
  }

  /**
   * One tidy table.
   *
   * @param name {@code models} or {@code parameters}
   * @return the table
   * @throws IllegalArgumentException for another name, listing the tables
   */
  @Override
  public final io.motkit.core.csv.CsvTable table(String name) {
    switch (name) {
      case "models":
        return FitReportWriter.modelsTable(this);
      case "parameters":
        return FitReportWriter.parametersTable(this);
      default:
        throw new IllegalArgumentException(
            "no table '" + name + "'; the memory-model fit has " + tableNames());
    }
  }

  /**
   * The input the journeys came from, such as a file name.
   *
   * @return the input the journeys came from, such as a file name
   */
  public abstract String source();

  /**
   * The journey outcome holding the retrospective rating.
   *
   * @return the journey outcome holding the retrospective rating
   */
  public abstract String rating();

  /**
   * Journeys fitted.
   *
   * @return journeys fitted
   */
  public abstract int journeys();

  /**
   * The seed of the folds and the resamples.
   *
   * @return the seed of the folds and the resamples
   */
  public abstract long seed();

  /**
   * Folds of the cross-validation.
   *
   * @return folds of the cross-validation
   */
  public abstract int folds();

  /**
   * Bootstrap resamples.
   *
   * @return bootstrap resamples
   */
  public abstract int resamples();

  /**
   * The level of the intervals.
   *
   * @return the level of the intervals
   */
  public abstract double confidenceLevel();

  /**
   * The candidate models asked for.
   *
   * @return the candidate models asked for
   */
  public abstract List<String> candidates();

  /**
   * The motkit version.
   *
   * @return the motkit version
   */
  public abstract String version();

  /**
   * The fitted models, lowest out-of-fold RMSE first.
   *
   * @return the fitted models, lowest out-of-fold RMSE first
   */
  public abstract List<ModelFit> models();

  /**
   * Models that could not be fitted to these journeys, with the reason.
   *
   * @return models that could not be fitted to these journeys, with the reason
   */
  public abstract Map<String, String> skipped();

  /**
   * The observed ratings, in journey order.
   *
   * @return the observed ratings, in journey order
   */
  public abstract List<Double> observed();

  /**
   * The best model's out-of-fold predictions, in journey order.
   *
   * @return the best model's out-of-fold predictions, in journey order
   */
  public abstract List<Double> bestPredictions();

  /**
   * The id of the best model.
   *
   * @return the id of the best model
   */
  public final String best() {
    return models().get(0).model();
  }
}
