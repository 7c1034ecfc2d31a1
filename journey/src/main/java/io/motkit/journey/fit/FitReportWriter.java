package io.motkit.journey.fit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.core.ConfidenceInterval;
import io.motkit.core.csv.CsvTable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Writes a {@link FitReport}: as JSON (provenance, the best model's id, and per model its choices,
 * estimates with intervals, out-of-fold errors, AIC, BIC and the comparison with the best), or as
 * CSV with one row per model, best first, in the column order of {@link #CSV_HEADER}, and the
 * models' estimates in a table of their own ({@link #parametersCsv}), so that no cell packs numbers
 * in text.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FitReportWriter {

  /** The CSV columns, in order. */
  public static final List<String> CSV_HEADER =
      List.of(
          "rank",
          "model",
          "choices",
          "intercept",
          "slope",
          "r_squared",
          "rmse",
          "rmse_ci_low",
          "rmse_ci_high",
          "mae",
          "aic",
          "bic",
          "difference_vs_best",
          "difference_ci_low",
          "difference_ci_high",
          "p_value_vs_best",
          "confidence_set_p_value",
          "in_confidence_set");

  private FitReportWriter() {}

  /**
   * The report as indented JSON.
   *
   * @param report the report
   * @return the report as indented JSON
   */
  public static String json(FitReport report) {
    ObjectNode root = io.motkit.core.internal.ResultJson.object();
    root.set("provenance", io.motkit.core.internal.ResultJson.provenance(report.provenance()));
    root.put("best", report.best());
    for (ModelFit m : report.models()) {
      ObjectNode model = root.withArray("models").addObject();
      model.put("model", m.model());
      model.put("description", m.description());
      ObjectNode choices = model.putObject("choices");
      m.choices().forEach(choices::put);
      ObjectNode estimates = model.putObject("parameters");
      for (Map.Entry<String, Double> e : m.estimates().entrySet()) {
        ObjectNode estimate = estimates.putObject(e.getKey());
        estimate.put("estimate", e.getValue());
        Optional.ofNullable(m.intervals().get(e.getKey()))
            .ifPresent(ci -> estimate.put("ci_low", ci.low()).put("ci_high", ci.high()));
      }
      model.put("parameter_count", m.parameterCount());
      model.put("r_squared", m.rSquared());
      model.put("rmse", m.rmse());
      m.rmseInterval()
          .ifPresent(ci -> model.put("rmse_ci_low", ci.low()).put("rmse_ci_high", ci.high()));
      model.put("mae", m.mae());
      model.put("aic", m.aic());
      model.put("bic", m.bic());
      m.comparison()
          .ifPresent(
              c -> {
                ObjectNode comparison = model.putObject("vs_best");
                comparison.put("against", c.against());
                comparison.put("mean_squared_error_difference", c.meanDifference());
                comparison.put("ci_low", c.interval().low());
                comparison.put("ci_high", c.interval().high());
                comparison.put("p_value", c.pValue());
              });
      m.confidenceSetPValue()
          .ifPresent(
              p ->
                  model
                      .put("confidence_set_p_value", p)
                      .put("in_confidence_set", p >= 1 - report.confidenceLevel()));
    }
    ObjectNode skipped = root.putObject("skipped");
    report.skipped().forEach(skipped::put);
    // Written as every result is: indented, and never with a number that is not finite.
    java.io.StringWriter out = new java.io.StringWriter();
    try {
      io.motkit.core.internal.ResultJson.write(root, out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String text = out.toString();
    return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }

  /**
   * The report as CSV: a header and one row per model, best first.
   *
   * @param report the report
   * @return the report as CSV: a header and one row per model, best first
   */
  public static String csv(FitReport report) {
    return modelsTable(report).write();
  }

  /**
   * The models table: a header and one row per model, best first.
   *
   * @param report the report
   * @return the table
   */
  static CsvTable modelsTable(FitReport report) {
    CsvTable table = CsvTable.of(CSV_HEADER.toArray(new String[0]));
    int rank = 0;
    for (ModelFit m : report.models()) {
      table.row(
          ++rank,
          m.model(),
          m.choices().entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining(";")),
          Optional.ofNullable(m.estimates().get("intercept")),
          Optional.ofNullable(m.estimates().get("slope")),
          m.rSquared(),
          m.rmse(),
          m.rmseInterval().map(ci -> ci.low()),
          m.rmseInterval().map(ci -> ci.high()),
          m.mae(),
          m.aic(),
          m.bic(),
          m.comparison().map(c -> c.meanDifference()),
          m.comparison().map(c -> c.interval().low()),
          m.comparison().map(c -> c.interval().high()),
          m.comparison().map(c -> c.pValue()),
          m.confidenceSetPValue(),
          m.confidenceSetPValue().isPresent()
              ? Optional.of(m.confidenceSetPValue().getAsDouble() >= 1 - report.confidenceLevel())
              : Optional.empty());
    }
    return table;
  }

  /** The columns of {@link #parametersCsv}. */
  public static final List<String> PARAMETERS_HEADER =
      List.of("model", "parameter", "estimate", "ci_low", "ci_high");

  /**
   * Every model's estimates as a tidy CSV table: one row per model and parameter (intercept, slope,
   * the model's own), best model first, with the bootstrap interval where there is one.
   *
   * @param report the report
   * @return the parameters table
   */
  public static String parametersCsv(FitReport report) {
    return parametersTable(report).write();
  }

  /**
   * The parameters table: one row per model and parameter, best model first.
   *
   * @param report the report
   * @return the table
   */
  static CsvTable parametersTable(FitReport report) {
    CsvTable table = CsvTable.of(PARAMETERS_HEADER.toArray(new String[0]));
    for (ModelFit m : report.models()) {
      for (Map.Entry<String, Double> e : m.estimates().entrySet()) {
        Optional<ConfidenceInterval> interval = Optional.ofNullable(m.intervals().get(e.getKey()));
        table.row(
            m.model(),
            e.getKey(),
            e.getValue(),
            interval.map(ConfidenceInterval::low),
            interval.map(ConfidenceInterval::high));
      }
    }
    return table;
  }
}
