package io.motkit.journey.markov;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.motkit.journey.EventLog;
import io.motkit.journey.internal.Segmented;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The tally of a {@link MarkovAnalysis}: overall and per segment, each distinct path (the
 * touchpoints before conversion, measurements left out) with its conversions, non-conversions and
 * converted value. Opaque; made, filled, merged and finished by the analysis.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MarkovTally implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The paths, overall and per segment. */
  Segmented<Part> parts = new Segmented<>(new Part());

  /** Whether any journey had the conversion touchpoint (when the settings name one). */
  boolean conversionSeen;

  /** Every touchpoint id seen, for the message when the conversion touchpoint is not among them. */
  final TreeSet<String> touchpoints = new TreeSet<>();

  transient @Nullable EventLog cachedLog;
  transient boolean[] leftOut = new boolean[0];
  transient int conversion = -1;

  MarkovTally() {}

  static final class Part implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Conversions, non-conversions and converted value by path. */
    final HashMap<List<String>, double[]> paths = new HashMap<>();

    void add(List<String> path, boolean converted, double value) {
      double[] tally = paths.computeIfAbsent(path, k -> new double[3]);
      tally[converted ? 0 : 1]++;
      if (converted) {
        tally[2] += value;
      }
    }

    Part merge(Part other) {
      other.paths.forEach(
          (path, t) ->
              paths.merge(
                  path,
                  t,
                  (a, b) -> {
                    a[0] += b[0];
                    a[1] += b[1];
                    a[2] += b[2];
                    return a;
                  }));
      return this;
    }
  }

  /**
   * Reads the tally; the caches of the last log tallied start empty.
   *
   * @param in the stream
   * @throws java.io.IOException if reading fails
   * @throws ClassNotFoundException if a class of the tally is missing
   */
  private void readObject(java.io.ObjectInputStream in)
      throws java.io.IOException, ClassNotFoundException {
    in.defaultReadObject();
    leftOut = new boolean[0];
    conversion = -1;
  }
}
