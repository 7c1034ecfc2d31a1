package io.motkit.journey.analysis;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.motkit.journey.EventLog;
import io.motkit.journey.internal.Segmented;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The tally of a {@link KeyDriverAnalysis}: overall and per segment, one row per journey with its
 * outcome and the sum and count of its ratings per touchpoint. Relative weights need the
 * correlations of the journeys' mean ratings, with a touchpoint's mean over the journeys that visit
 * it standing in for the others, so the tally keeps a row per journey (about the size of the
 * journeys' distinct touchpoints) rather than a fixed-size summary. Opaque; made, filled, merged
 * and finished by the analysis.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class KeyDriverTally implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The rows of the journeys, overall and per segment. */
  Segmented<Part> parts = new Segmented<>(new Part());

  /** The touchpoints tagged as measurements in the logs tallied. */
  final TreeSet<String> measurements = new TreeSet<>();

  transient @Nullable EventLog measurementLog;

  KeyDriverTally() {}

  static final class Part implements Serializable {
    private static final long serialVersionUID = 1L;
    final ArrayList<Row> rows = new ArrayList<>();

    Part merge(Part other) {
      rows.addAll(other.rows);
      return this;
    }
  }

  static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    final String journey;
    final double outcome;

    /** Per touchpoint id, the sum and the count of the journey's ratings. */
    final Map<String, double[]> sums;

    Row(String journey, double outcome, Map<String, double[]> sums) {
      this.journey = journey;
      this.outcome = outcome;
      this.sums = sums;
    }
  }
}
