package io.motkit.journey.markov;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.analysis.AnalysisResult;
import io.motkit.core.analysis.Provenance;
import io.motkit.core.csv.CsvTable;
import io.motkit.journey.internal.Segments;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** The result of a {@link MarkovAnalysis}: the model of the whole log and of each segment. */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class MarkovResult implements AnalysisResult {

  private static final List<String> TABLES = List.of("touchpoints", "transitions");

  /** The columns of the {@code touchpoints} table, in order. */
  static final List<String> TOUCHPOINT_COLUMNS =
      List.of(
          "segment",
          "outcome",
          "touchpoint",
          "removal_effect",
          "attributed_conversions",
          "attributed_value",
          "success_probability",
          "journeys");

  /** The columns of the {@code transitions} table, in order. */
  static final List<String> TRANSITION_COLUMNS = List.of("segment", "from", "to", "probability");

  MarkovResult() {}

  @Override
  public abstract Provenance provenance();

  /**
   * The segment attribute, when the analysis had one.
   *
   * @return the segment attribute, when the analysis had one
   */
  public abstract Optional<String> segmentBy();

  /**
   * The model of the whole log.
   *
   * @return the model of the whole log
   */
  public abstract MarkovModel model();

  /**
   * The model of each segment, by segment value in order.
   *
   * @return the model of each segment, by segment value in order
   */
  public abstract Map<String, MarkovModel> segments();

  @Override
  public final void writeJson(Writer out) throws IOException {
    Segments.writeJson(
        out,
        provenance(),
        segmentBy(),
        model(),
        segments(),
        (node, model) -> node.setAll(Segments.tree(model.toJson())));
  }

  /**
   * {@code touchpoints} (removal effect and attributed conversions and value, one row per
   * touchpoint and segment) and {@code transitions} (one row per non-zero transition).
   */
  @Override
  public final List<String> tableNames() {
    return TABLES;
  }

  @Override
  public final CsvTable table(String name) {
    switch (name) {
      case "touchpoints":
        return Segments.table(
            TOUCHPOINT_COLUMNS, model(), segments(), MarkovResult::touchpointRows);
      case "transitions":
        return Segments.table(
            TRANSITION_COLUMNS, model(), segments(), MarkovResult::transitionRows);
      default:
        throw Segments.noTable(name, "Markov report", TABLES);
    }
  }

  private static void touchpointRows(CsvTable table, String segment, MarkovModel model) {
    Map<String, Double> attributed = model.attributedConversions();
    Optional<Map<String, Double>> valued = model.attributedValue();
    model
        .removalEffects()
        .forEach(
            (t, e) ->
                table.row(
                    segment,
                    model.outcome(),
                    t,
                    e,
                    requireNonNull(attributed.get(t)),
                    valued.map(v -> v.get(t)),
                    model.successProbability(),
                    model.journeys()));
  }

  private static void transitionRows(CsvTable table, String segment, MarkovModel model) {
    model
        .transitionTable()
        .forEach((from, next) -> next.forEach((to, p) -> table.row(segment, from, to, p)));
  }
}
