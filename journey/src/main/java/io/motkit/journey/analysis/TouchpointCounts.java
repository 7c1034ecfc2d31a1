package io.motkit.journey.analysis;

import java.io.Serializable;

/**
 * What the pain and delight analysis counts for one touchpoint before it draws conclusions: the
 * ratings' moments, the moments of the gaps to expectation, and how many ratings fell below
 * adequate and rose above desired out of those with such a level.
 */
final class TouchpointCounts implements Serializable {

  private static final long serialVersionUID = 1L;

  Moments ratings = new Moments();
  Moments gaps = new Moments();
  long withAdequate;
  long belowAdequate;
  long withDesired;
  long aboveDesired;

  TouchpointCounts merge(TouchpointCounts other) {
    ratings = ratings.merge(other.ratings);
    gaps = gaps.merge(other.gaps);
    withAdequate += other.withAdequate;
    belowAdequate += other.belowAdequate;
    withDesired += other.withDesired;
    aboveDesired += other.aboveDesired;
    return this;
  }
}
