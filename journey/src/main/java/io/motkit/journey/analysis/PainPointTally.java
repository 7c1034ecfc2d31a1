package io.motkit.journey.analysis;

import io.motkit.journey.internal.ByTouchpoint;
import io.motkit.journey.internal.Segmented;
import java.io.Serializable;

/**
 * The tally of a {@link PainPointAnalysis}: per touchpoint, overall and per segment, the moments of
 * the ratings and of the gaps to expectation and the counts below adequate and above desired.
 * Opaque; made, filled, merged and finished by the analysis.
 */
public final class PainPointTally implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The counts per touchpoint, overall and per segment. */
  Segmented<ByTouchpoint<TouchpointCounts>> parts = new Segmented<>(new ByTouchpoint<>());

  /** 0 until a journey is tallied, then +1 where higher ratings are better and -1 otherwise. */
  int orientation;

  PainPointTally() {}
}
