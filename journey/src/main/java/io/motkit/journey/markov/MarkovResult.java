package io.motkit.journey.markov;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.analysis.AnalysisResult;
import io.motkit.core.analysis.Provenance;
import io.motkit.core.csv.CsvTable;
import io.motkit.journey.internal.SegmentedTables;
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

  private SegmentedTables<MarkovModel> tables() {
    return SegmentedTables.of(
            "Markov report", model(), segments(), (node, m) -> node.setAll(m.tree()))
        .with("touchpoints", TOUCHPOINT_COLUMNS, MarkovResult::touchpointRows)
        .with("transitions", TRANSITION_COLUMNS, MarkovResult::transitionRows);
  }

  @Override
  public final void writeJson(Writer out) throws IOException {
    tables().writeJson(out, provenance(), segmentBy());
  }

  @Override
  public final List<String> tableNames() {
    return tables().names();
  }

  @Override
  public final CsvTable table(String name) {
    return tables().table(name);
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
