package io.motkit.journey.map;

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

/** The result of a {@link JourneyMapAnalysis}: the map of the whole log and of each segment. */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class JourneyMapResult implements AnalysisResult {

  /** The columns of the {@code nodes} table, in order. */
  static final List<String> NODE_COLUMNS =
      List.of(
          "segment",
          "touchpoint",
          "stage",
          "layer",
          "lane",
          "moments",
          "mean_experience",
          "starts",
          "ends",
          "end_probability");

  /** The columns of the {@code edges} table, in order. */
  static final List<String> EDGE_COLUMNS =
      List.of("segment", "from", "to", "count", "probability", "median_seconds");

  /** The columns of the {@code variants} table, in order. */
  static final List<String> VARIANT_COLUMNS =
      List.of("segment", "rank", "path", "journeys", "share", "mean_score");

  /** The columns of the {@code stages} table, in order. */
  static final List<String> STAGE_COLUMNS =
      List.of("segment", "stage", "reached", "stopped_here", "drop_off_share");

  JourneyMapResult() {}

  @Override
  public abstract Provenance provenance();

  /**
   * The segment attribute, when the analysis had one.
   *
   * @return the segment attribute, when the analysis had one
   */
  public abstract Optional<String> segmentBy();

  /**
   * The map of the whole log.
   *
   * @return the map of the whole log
   */
  public abstract JourneyMap map();

  /**
   * The map of each segment, by segment value in order.
   *
   * @return the map of each segment, by segment value in order
   */
  public abstract Map<String, JourneyMap> segments();

  private SegmentedTables<JourneyMap> tables() {
    return SegmentedTables.of(
            "journey map", map(), segments(), (node, m) -> node.setAll(JourneyMapJson.tree(m)))
        .with("edges", EDGE_COLUMNS, JourneyMapResult::edgeRows)
        .with("nodes", NODE_COLUMNS, JourneyMapResult::nodeRows)
        .with("variants", VARIANT_COLUMNS, JourneyMapResult::variantRows)
        .with("stages", STAGE_COLUMNS, JourneyMapResult::stageRows);
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

  private static void edgeRows(CsvTable table, String segment, JourneyMap map) {
    for (MapEdge e : map.edges()) {
      table.row(segment, e.from(), e.to(), e.count(), e.probability(), e.medianSeconds());
    }
  }

  private static void nodeRows(CsvTable table, String segment, JourneyMap map) {
    for (MapNode n : map.nodes()) {
      table.row(
          segment,
          n.touchpoint(),
          n.stage(),
          n.layer(),
          n.lane(),
          n.moments(),
          n.meanExperience(),
          n.starts(),
          n.ends(),
          n.endProbability());
    }
  }

  private static void variantRows(CsvTable table, String segment, JourneyMap map) {
    int rank = 1;
    for (Variant v : map.variants()) {
      table.row(segment, rank++, pathText(v.path()), v.journeys(), v.share(), v.meanScore());
    }
  }

  /**
   * A path in one CSV cell: its touchpoints joined by {@code >}, a {@code >} or {@code \} inside a
   * touchpoint preceded by {@code \}, so that every path reads back as the touchpoints it was.
   */
  static String pathText(List<String> path) {
    StringBuilder text = new StringBuilder();
    for (String touchpoint : path) {
      if (text.length() > 0) {
        text.append('>');
      }
      for (int i = 0; i < touchpoint.length(); i++) {
        char c = touchpoint.charAt(i);
        if (c == '>' || c == '\\') {
          text.append('\\');
        }
        text.append(c);
      }
    }
    return text.toString();
  }

  private static void stageRows(CsvTable table, String segment, JourneyMap map) {
    for (StageDropOff s : map.stages()) {
      table.row(segment, s.stage(), s.reached(), s.stoppedHere(), s.dropOffShare());
    }
  }
}
