package io.motkit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.scoring.servqual.ServqualDimensionResult;
import io.motkit.scoring.servqual.ServqualResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/** The SERVQUAL dimensions with their reliability, as a report section. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ServqualSection {

  private ServqualSection() {}

  /**
   * A table per dimension: the gap, Cronbach's alpha of the E and P items, and a reliability flag.
   *
   * @param report the report
   * @return a table per dimension: the gap, Cronbach's alpha of the E and P items, and a
   *     reliability flag
   */
  public static List<ReportSection> of(ServqualResult report) {
    List<List<String>> rows = new ArrayList<>();
    for (ServqualDimensionResult d : report.dimensions()) {
      rows.add(
          List.of(
              d.dimension(),
              String.format(Locale.ROOT, "%+.2f", d.gap()),
              alpha(d.alphaExpectation()),
              alpha(d.alphaPerception()),
              d.lowReliability() ? "LOW: alpha below 0.7, read the gap with care" : "ok"));
    }
    return List.of(
        ReportSection.of(
            "SERVQUAL",
            "Gap = perception - expectation per dimension, averaged over respondents (Parasuraman, Zeithaml and Berry"
                + " 1988). Cronbach's alpha of the expectation (E) and perception (P) items; below 0.7 (Nunnally 1978)"
                + " the items may not measure one dimension.",
            (ObjectNode) null,
            List.of("dimension", "gap (P - E)", "alpha E", "alpha P", "reliability"),
            rows));
  }

  private static String alpha(OptionalDouble alpha) {
    return alpha.isPresent() ? String.format(Locale.ROOT, "%.2f", alpha.getAsDouble()) : "-";
  }
}
