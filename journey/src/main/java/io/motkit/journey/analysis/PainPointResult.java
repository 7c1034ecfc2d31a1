package io.motkit.journey.analysis;

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

/**
 * The result of a {@link PainPointAnalysis}: the touchpoints of the whole log and of each segment.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class PainPointResult implements AnalysisResult {

  PainPointResult() {}

  @Override
  public abstract Provenance provenance();

  /**
   * The segment attribute, when the analysis had one.
   *
   * @return the segment attribute, when the analysis had one
   */
  public abstract Optional<String> segmentBy();

  /**
   * The whole log's touchpoints, most painful first.
   *
   * @return the whole log's touchpoints, most painful first
   */
  public abstract List<TouchpointExperience> touchpoints();

  /**
   * Each segment's touchpoints, by segment value in order.
   *
   * @return each segment's touchpoints, by segment value in order
   */
  public abstract Map<String, List<TouchpointExperience>> segments();

  private SegmentedTables<List<TouchpointExperience>> tables() {
    return SegmentedTables.of(
            "pain-point report", touchpoints(), segments(), AnalysisJson::painPointFields)
        .with("touchpoints", AnalysisJson.PAIN_POINT_COLUMNS, AnalysisJson::painPointRows);
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
}
