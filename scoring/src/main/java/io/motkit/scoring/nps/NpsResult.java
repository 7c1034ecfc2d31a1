package io.motkit.scoring.nps;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.analysis.AnalysisResult;
import io.motkit.core.analysis.Provenance;
import io.motkit.core.csv.CsvTable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** The score of a whole survey and of each of its segments. */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class NpsResult implements AnalysisResult {

  NpsResult() {}

  @Override
  public abstract Provenance provenance();

  /**
   * The comparison of two segments, when the analysis asked for one.
   *
   * @return the comparison of two segments, when the analysis asked for one
   */
  public abstract Optional<NpsComparison> comparison();

  /** Writes the report as JSON: provenance, the whole sample, the segments and the comparison. */
  @Override
  public final void writeJson(Writer out) throws IOException {
    NpsResultJson.write(this, out);
  }

  /**
   * {@code scores} (the whole sample as segment {@code all}, then each segment) and, when a
   * comparison was asked for, {@code comparison}.
   */
  @Override
  public final List<String> tableNames() {
    return comparison().isPresent() ? List.of("scores", "comparison") : List.of("scores");
  }

  @Override
  public final CsvTable table(String name) {
    com.google.common.base.Preconditions.checkArgument(
        tableNames().contains(name), "no table '%s'; the NPS report has %s", name, tableNames());
    return name.equals("scores")
        ? NpsResultJson.scores(this)
        : NpsResultJson.comparison(comparison().get());
  }

  /**
   * All respondents.
   *
   * @return all respondents
   */
  public abstract NpsEstimate overall();

  /**
   * Each segment's result, by segment name; empty if no response had a segment.
   *
   * @return each segment's result, by segment name; empty if no response had a segment
   */
  public abstract Map<String, NpsEstimate> segments();
}
