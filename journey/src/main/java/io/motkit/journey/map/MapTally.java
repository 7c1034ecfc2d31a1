package io.motkit.journey.map;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Everything a {@link JourneyMap} is computed from, counted over any number of parts: per
 * touchpoint, per directly-follows pair, per distinct path, and per set of stages a journey
 * reached. {@link JourneyMap#fromTally} finishes the map; {@link JourneyMap#of} counts an event log
 * this way too, so both give the same map.
 */
@Value.Immutable
public abstract class MapTally {

  /** Fixed-point units of a whole journey, for the relative positions of moments. */
  public static final double POSITION_UNITS = 1 << 20;

  MapTally() {}

  /**
   * Journeys with at least one moment.
   *
   * @return journeys with at least one moment
   */
  public abstract long journeys();

  /**
   * Per touchpoint.
   *
   * @return per touchpoint
   */
  public abstract List<NodeTally> nodes();

  /**
   * Per directly-follows pair.
   *
   * @return per directly-follows pair
   */
  public abstract List<EdgeTally> edges();

  /**
   * Per distinct path.
   *
   * @return per distinct path
   */
  public abstract List<VariantTally> variants();

  /**
   * Journeys per set of stage names reached (the names sorted), for stage drop-off.
   *
   * @return journeys per set of stage names reached (the names sorted), for stage drop-off
   */
  public abstract Map<List<String>, Long> stageSets();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MapTally}. */
  public static final class Builder extends ImmutableMapTally.Builder {
    Builder() {}
  }

  /**
   * The relative position of moment {@code i} of {@code size}, in fixed-point units.
   *
   * @param i the index
   * @param size the size
   * @return the relative position of moment {@code i} of {@code size}, in fixed-point units
   */
  public static long position(int i, int size) {
    double position = size == 1 ? 0.5 : i / (double) (size - 1);
    return Math.round(position * POSITION_UNITS);
  }
}
