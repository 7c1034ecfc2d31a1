package io.motkit.journey.fit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import io.motkit.core.ConfidenceInterval;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

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

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private FitReportWriter() {}

  /**
   * The report as indented JSON.
   *
   * @param report the report
   * @return the report as indented JSON
   */
  public static String json(FitReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode provenance = root.putObject("provenance");
    provenance.put("analysis", "memory-model-fit");
    provenance.put("source", report.source());
    provenance.put("rating", report.rating());
    provenance.put("journeys", report.journeys());
    provenance.put("seed", report.seed());
    provenance.put("folds", report.folds());
    provenance.put("resamples", report.resamples());
    provenance.put("confidence", report.confidenceLevel());
    report.candidates().forEach(provenance.putArray("candidates")::add);
    provenance.put("version", report.version());
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
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree of numbers and text always writes", e);
    }
  }

  /**
   * The report as CSV: a header and one row per model, best first.
   *
   * @param report the report
   * @return the report as CSV: a header and one row per model, best first
   */
  public static String csv(FitReport report) {
    StringWriter out = new StringWriter();
    try (CsvWriter csv =
        CsvWriter.builder().lineDelimiter(de.siegmar.fastcsv.writer.LineDelimiter.LF).build(out)) {
      csv.writeRecord(CSV_HEADER);
      int rank = 0;
      for (ModelFit m : report.models()) {
        List<String> row = new ArrayList<>();
        row.add(Integer.toString(++rank));
        row.add(m.model());
        row.add(
            m.choices().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";")));
        row.add(optional(m.estimates().get("intercept")));
        row.add(optional(m.estimates().get("slope")));
        row.add(number(m.rSquared()));
        row.add(number(m.rmse()));
        row.add(m.rmseInterval().map(ci -> number(ci.low())).orElse(""));
        row.add(m.rmseInterval().map(ci -> number(ci.high())).orElse(""));
        row.add(number(m.mae()));
        row.add(number(m.aic()));
        row.add(number(m.bic()));
        row.add(m.comparison().map(c -> number(c.meanDifference())).orElse(""));
        row.add(m.comparison().map(c -> number(c.interval().low())).orElse(""));
        row.add(m.comparison().map(c -> number(c.interval().high())).orElse(""));
        row.add(m.comparison().map(c -> number(c.pValue())).orElse(""));
        row.add(
            m.confidenceSetPValue().isPresent()
                ? number(m.confidenceSetPValue().getAsDouble())
                : "");
        row.add(
            m.confidenceSetPValue().isPresent()
                ? Boolean.toString(
                    m.confidenceSetPValue().getAsDouble() >= 1 - report.confidenceLevel())
                : "");
        csv.writeRecord(row);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
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
    StringWriter out = new StringWriter();
    try (CsvWriter csv =
        CsvWriter.builder().lineDelimiter(de.siegmar.fastcsv.writer.LineDelimiter.LF).build(out)) {
      csv.writeRecord(PARAMETERS_HEADER);
      for (ModelFit m : report.models()) {
        for (java.util.Map.Entry<String, Double> e : m.estimates().entrySet()) {
          ConfidenceInterval interval = m.intervals().get(e.getKey());
          csv.writeRecord(
              m.model(),
              e.getKey(),
              number(e.getValue()),
              interval == null ? "" : number(interval.low()),
              interval == null ? "" : number(interval.high()));
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String optional(@Nullable Double value) {
    return value == null ? "" : number(value);
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%s", value);
  }
}
