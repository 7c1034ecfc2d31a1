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

/** The result of a {@link KeyDriverAnalysis}: the drivers in the whole log and in each segment. */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class KeyDriverResult implements AnalysisResult {

  KeyDriverResult() {}

  @Override
  public abstract Provenance provenance();

  /**
   * The segment attribute, when the analysis had one.
   *
   * @return the segment attribute, when the analysis had one
   */
  public abstract Optional<String> segmentBy();

  /**
   * The drivers in the whole log.
   *
   * @return the drivers in the whole log
   */
  public abstract KeyDriverModel model();

  /**
   * The drivers in each segment, by segment value in order.
   *
   * @return the drivers in each segment, by segment value in order
   */
  public abstract Map<String, KeyDriverModel> segments();

  private SegmentedTables<KeyDriverModel> tables() {
    return SegmentedTables.of(
            "key-driver report", model(), segments(), AnalysisJson::keyDriverFields)
        .with("drivers", AnalysisJson.DRIVER_COLUMNS, AnalysisJson::keyDriverRows);
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
