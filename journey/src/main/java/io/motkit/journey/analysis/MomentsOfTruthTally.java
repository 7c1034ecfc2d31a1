package io.motkit.journey.analysis;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.motkit.core.scoring.SequenceKernel;
import io.motkit.journey.EventLog;
import io.motkit.journey.internal.ByTouchpoint;
import io.motkit.journey.internal.Segmented;
import java.io.Serializable;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The tally of a {@link MomentsOfTruthAnalysis}: overall and per segment, the journeys and the sum
 * of their scores, and per touchpoint the journeys that visit it, how many have it as peak or end,
 * and the sum of the change in their score when it is improved. Opaque; made, filled, merged and
 * finished by the analysis.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MomentsOfTruthTally implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The counts, overall and per segment. */
  Segmented<Part> parts = new Segmented<>(new Part());

  /** The touchpoints tagged as measurements in the logs tallied. */
  final TreeSet<String> measurements = new TreeSet<>();

  /** 0 until a journey is tallied, then +1 where higher ratings are better and -1 otherwise. */
  int orientation;

  transient @Nullable EventLog measurementLog;
  transient @Nullable SequenceKernel kernel;

  MomentsOfTruthTally() {}

  static final class Part implements Serializable {
    private static final long serialVersionUID = 1L;
    long journeys;
    double baseSum;
    ByTouchpoint<Counts> byTouchpoint = new ByTouchpoint<>();

    Part merge(Part other) {
      journeys += other.journeys;
      baseSum += other.baseSum;
      byTouchpoint = byTouchpoint.merge(other.byTouchpoint, Counts::merge);
      return this;
    }
  }

  static final class Counts implements Serializable {
    private static final long serialVersionUID = 1L;
    long journeys;
    long peaks;
    long ends;
    double liftSum;

    Counts merge(Counts other) {
      journeys += other.journeys;
      peaks += other.peaks;
      ends += other.ends;
      liftSum += other.liftSum;
      return this;
    }
  }
}
