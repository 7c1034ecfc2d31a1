package io.motkit.journey.analysis;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.motkit.journey.internal.ByTouchpoint;
import io.motkit.journey.internal.Segmented;
import java.io.Serializable;
import org.apiguardian.api.API;

/**
 * The tally of a {@link PainPointAnalysis}: per touchpoint, overall and per segment, the moments of
 * the ratings and of the gaps to expectation and the counts below adequate and above desired.
 * Opaque; made, filled, merged and finished by the analysis.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PainPointTally implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The counts per touchpoint, overall and per segment. */
  Segmented<ByTouchpoint<TouchpointCounts>> parts = new Segmented<>(new ByTouchpoint<>());

  /** 0 until a journey is tallied, then +1 where higher ratings are better and -1 otherwise. */
  int orientation;

  PainPointTally() {}
}
