package io.motkit.journey.analysis;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

/**
 * The result of a {@link MomentsOfTruthAnalysis}: the impacts in the whole log and in each segment.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class MomentsOfTruthResult implements AnalysisResult {

  /** The columns of the {@code impacts} table, in order. */
  static final List<String> COLUMNS =
      List.of(
          "segment",
          "touchpoint",
          "journeys",
          "peak_share",
          "end_share",
          "baseline",
          "improved",
          "lift");

  MomentsOfTruthResult() {}

  @Override
  public abstract Provenance provenance();

  /**
   * The segment attribute, when the analysis had one.
   *
   * @return the segment attribute, when the analysis had one
   */
  public abstract Optional<String> segmentBy();

  /**
   * The impacts in the whole log, highest lift first.
   *
   * @return the impacts in the whole log, highest lift first
   */
  public abstract List<MomentImpact> impacts();

  /**
   * The impacts in each segment, by segment value in order.
   *
   * @return the impacts in each segment, by segment value in order
   */
  public abstract Map<String, List<MomentImpact>> segments();

  private SegmentedTables<List<MomentImpact>> tables() {
    return SegmentedTables.of(
            "moments-of-truth report", impacts(), segments(), MomentsOfTruthResult::fields)
        .with("impacts", COLUMNS, MomentsOfTruthResult::rows);
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

  private static void fields(ObjectNode root, List<MomentImpact> impacts) {
    ArrayNode array = root.putArray("impacts");
    for (MomentImpact i : impacts) {
      array
          .addObject()
          .put("touchpoint", i.touchpoint())
          .put("journeys", i.journeys())
          .put("peak_share", i.peakShare())
          .put("end_share", i.endShare())
          .put("baseline", i.baseline())
          .put("improved", i.improved())
          .put("lift", i.lift());
    }
  }

  private static void rows(CsvTable table, String segment, List<MomentImpact> impacts) {
    for (MomentImpact i : impacts) {
      table.row(
          segment,
          i.touchpoint(),
          i.journeys(),
          i.peakShare(),
          i.endShare(),
          i.baseline(),
          i.improved(),
          i.lift());
    }
  }
}
