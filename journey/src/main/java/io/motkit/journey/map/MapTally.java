package io.motkit.journey.map;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Everything a {@link JourneyMap} is computed from, counted over any number of parts: per
 * touchpoint, per directly-follows pair, per distinct path, and per set of stages a journey
 * reached, as a {@link JourneyMapTally} has merged them; {@code JourneyMap.finish} draws the map
 * from it.
 */
@Value.Immutable
abstract class MapTally {

  /** Fixed-point units of a whole journey, for the relative positions of moments. */
  static final double POSITION_UNITS = 1 << 20;

  MapTally() {}

  /**
   * Journeys with at least one moment.
   *
   * @return journeys with at least one moment
   */
  abstract long journeys();

  /**
   * Per touchpoint.
   *
   * @return per touchpoint
   */
  abstract List<NodeTally> nodes();

  /**
   * Per directly-follows pair.
   *
   * @return per directly-follows pair
   */
  abstract List<EdgeTally> edges();

  /**
   * Per distinct path.
   *
   * @return per distinct path
   */
  abstract List<VariantTally> variants();

  /**
   * Journeys per set of stage names reached (the names sorted), for stage drop-off.
   *
   * @return journeys per set of stage names reached (the names sorted), for stage drop-off
   */
  abstract Map<List<String>, Long> stageSets();

  /**
   * A builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MapTally}. */
  static final class Builder extends ImmutableMapTally.Builder {
    Builder() {}
  }

  /**
   * The relative position of moment {@code i} of {@code size}, in fixed-point units.
   *
   * @param i the index
   * @param size the size
   * @return the relative position of moment {@code i} of {@code size}, in fixed-point units
   */
  static long position(int i, int size) {
    double position = size == 1 ? 0.5 : i / (double) (size - 1);
    return Math.round(position * POSITION_UNITS);
  }
}
