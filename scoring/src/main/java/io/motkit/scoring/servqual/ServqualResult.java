package io.motkit.scoring.servqual;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.Expectation;
import io.motkit.core.analysis.AnalysisResult;
import io.motkit.core.analysis.Provenance;
import io.motkit.core.csv.CsvTable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The result of a {@link ServqualAnalysis}: per item and per dimension figures, the overall scores,
 * and the same report per segment.
 *
 * <ul>
 *   <li>{@link #unweighted()}: the mean of the dimension gaps (Parasuraman, Zeithaml and Berry
 *       1988, unweighted SERVQUAL score).
 *   <li>{@link #weighted()}: each respondent's dimension gaps weighted by their importance points
 *       normalised to sum to 1, then averaged over respondents (the 1988 weighted score, with
 *       weights as fractions).
 *   <li>{@link #servperf()}: the mean perception, each respondent's mean over their items averaged
 *       over respondents (Cronin and Taylor 1992, performance only).
 * </ul>
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class ServqualResult implements AnalysisResult {

  ServqualResult() {}

  /** Where the report came from; a segment's report has its whole sample's provenance. */
  @Override
  public abstract Provenance provenance();

  /** Writes the report as JSON: provenance, dimensions, items, scores and segments. */
  @Override
  public final void writeJson(Writer out) throws IOException {
    ServqualResultJson.write(this, out);
  }

  /**
   * {@code dimensions}, {@code items} (one row per dimension or item and segment, the whole sample
   * as segment {@code all}) and {@code scores} (one row per segment: respondents, unweighted and
   * weighted SERVQUAL, SERVPERF).
   */
  @Override
  public final List<String> tableNames() {
    return List.of("dimensions", "items", "scores");
  }

  @Override
  public final CsvTable table(String name) {
    com.google.common.base.Preconditions.checkArgument(
        tableNames().contains(name),
        "no table '%s'; the SERVQUAL report has %s",
        name,
        tableNames());
    switch (name) {
      case "dimensions":
        return ServqualResultJson.dimensions(this);
      case "items":
        return ServqualResultJson.items(this);
      default:
        return ServqualResultJson.scores(this);
    }
  }

  /**
   * Respondents analysed.
   *
   * @return respondents analysed
   */
  public abstract int respondents();

  /**
   * Items with at least one answer, in instrument order.
   *
   * @return items with at least one answer, in instrument order
   */
  public abstract List<ServqualItemResult> items();

  /**
   * Dimensions with at least one answer, in instrument order.
   *
   * @return dimensions with at least one answer, in instrument order
   */
  public abstract List<ServqualDimensionResult> dimensions();

  /**
   * The unweighted SERVQUAL score: the mean of the dimension gaps.
   *
   * @return the unweighted SERVQUAL score: the mean of the dimension gaps
   */
  public abstract double unweighted();

  /**
   * The importance-weighted SERVQUAL score, when importance points were given.
   *
   * @return the importance-weighted SERVQUAL score, when importance points were given
   */
  public abstract OptionalDouble weighted();

  /**
   * SERVPERF: the mean perception.
   *
   * @return SERVPERF: the mean perception
   */
  public abstract double servperf();

  /**
   * The report of each segment, by name; segment reports have no segments of their own.
   *
   * @return the report of each segment, by name; segment reports have no segments of their own
   */
  public abstract Map<String, ServqualResult> segments();

  /**
   * The figures of one dimension.
   *
   * @param name the name
   * @return the figures of one dimension
   */
  public final java.util.Optional<ServqualDimensionResult> dimension(String name) {
    return dimensions().stream().filter(d -> d.dimension().equals(name)).findFirst();
  }

  /**
   * The calibration of the {@code servqual} journey scorer: each item as a touchpoint with its
   * dimension and its mean expected level (and zone of tolerance, where asked).
   *
   * @return the calibration of the {@code servqual} journey scorer: each item as a touchpoint with
   *     its dimension and its mean expected level (and zone of tolerance, where asked)
   */
  public final ServqualCalibration calibration() {
    ImmutableServqualCalibration.Builder calibration = ImmutableServqualCalibration.builder();
    for (ServqualItemResult item : items()) {
      calibration.putDimension(item.item(), item.dimension());
      Expectation.Builder expectation = Expectation.builder().expected(item.expectation());
      if (item.msa().isPresent() && item.mss().isPresent()) {
        // MSA = P - adequate and MSS = P - desired, so the mean levels follow from the means.
        expectation.adequate(item.perception() - item.msa().getAsDouble());
        expectation.desired(item.perception() - item.mss().getAsDouble());
      }
      calibration.putExpectation(item.item(), expectation.build());
    }
    return calibration.build();
  }
}
