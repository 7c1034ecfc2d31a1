package io.motkit.journey.analysis;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.JourneyScore;
import io.motkit.core.Moment;
import io.motkit.core.Stage;
import io.motkit.core.analysis.AnalysisResult;
import io.motkit.core.analysis.Provenance;
import io.motkit.core.csv.CsvTable;
import io.motkit.core.internal.ResultJson;
import io.motkit.journey.internal.Segments;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** The result of a {@link TimelineAnalysis}: one journey's contact timeline. */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class TimelineResult implements AnalysisResult {

  private static final List<String> TABLES = List.of("moments", "responses");

  /** The columns of the {@code moments} table, in order. */
  static final List<String> MOMENT_COLUMNS =
      List.of(
          "journey",
          "index",
          "touchpoint",
          "stage",
          "start",
          "value",
          "seconds_since_previous",
          "peak",
          "end");

  /** The columns of the {@code responses} table, in order. */
  static final List<String> RESPONSE_COLUMNS =
      List.of("journey", "from", "to", "from_index", "to_index", "seconds");

  TimelineResult() {}

  @Override
  public abstract Provenance provenance();

  /**
   * The timeline.
   *
   * @return the timeline
   */
  public abstract ContactTimeline timeline();

  @Override
  public final void writeJson(Writer out) throws IOException {
    var root = ResultJson.document(provenance());
    ContactTimeline t = timeline();
    root.put("journey", t.journey().id());
    t.stages().forEach(root.putArray("stages")::add);
    root.put("score", t.score().value());
    var moments = root.putArray("moments");
    List<Integer> peaks = t.score().role(JourneyScore.PEAK);
    List<Integer> ends = t.score().role(JourneyScore.END);
    for (int i = 0; i < t.journey().size(); i++) {
      Moment m = t.journey().moment(i);
      var node = moments.addObject().put("index", i).put("touchpoint", m.touchpointId());
      m.touchpoint().stage().ifPresent(stage -> node.put("stage", stage.name()));
      node.put("start", m.start().toString()).put("value", m.value());
      if (i > 0) {
        node.put("seconds_since_previous", t.gaps().get(i - 1).toMillis() / 1000.0);
      }
      node.put("peak", peaks.contains(i)).put("end", ends.contains(i));
    }
    var responses = root.putArray("responses");
    for (ResponseTime r : t.responseTimes()) {
      responses
          .addObject()
          .put("from", r.pair().from())
          .put("to", r.pair().to())
          .put("from_index", r.fromMoment())
          .put("to_index", r.toMoment())
          .put("seconds", r.time().toMillis() / 1000.0);
    }
    ResultJson.write(root, out);
  }

  /**
   * {@code moments} (one row per moment, with its role) and {@code responses} (one row per response
   * measured).
   */
  @Override
  public final List<String> tableNames() {
    return TABLES;
  }

  @Override
  public final CsvTable table(String name) {
    ContactTimeline t = timeline();
    switch (name) {
      case "moments":
        CsvTable moments = CsvTable.of(MOMENT_COLUMNS.toArray(new String[0]));
        List<Integer> peaks = t.score().role(JourneyScore.PEAK);
        List<Integer> ends = t.score().role(JourneyScore.END);
        for (int i = 0; i < t.journey().size(); i++) {
          Moment m = t.journey().moment(i);
          moments.row(
              t.journey().id(),
              i,
              m.touchpointId(),
              m.touchpoint().stage().map(Stage::name),
              m.start(),
              m.value(),
              i == 0
                  ? java.util.OptionalDouble.empty()
                  : java.util.OptionalDouble.of(t.gaps().get(i - 1).toMillis() / 1000.0),
              peaks.contains(i),
              ends.contains(i));
        }
        return moments;
      case "responses":
        CsvTable responses = CsvTable.of(RESPONSE_COLUMNS.toArray(new String[0]));
        for (ResponseTime r : t.responseTimes()) {
          responses.row(
              t.journey().id(),
              r.pair().from(),
              r.pair().to(),
              r.fromMoment(),
              r.toMoment(),
              r.time().toMillis() / 1000.0);
        }
        return responses;
      default:
        throw Segments.noTable(name, "timeline", TABLES);
    }
  }
}
