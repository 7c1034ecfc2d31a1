package io.motkit.scoring.servqual;

import io.motkit.core.Expectation;
import io.motkit.core.Scale;
import io.motkit.core.scoring.MomentFold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The incremental form of {@link ServqualJourneyScorer}: per dimension, the sums the scorer takes
 * (gaps and importances, added in moment order) and the order in which the journey first reached
 * it, so that the weighted mean of the dimension gaps is the scorer's to the last bit. The state
 * has four numbers (the first moment the scorer cannot take and why, the count of moments, the
 * dimensions reached) and five per dimension of the parameters: its size is fixed by them.
 */
final class ServqualFold implements MomentFold {

  private static final int OK = 0;
  private static final int NO_DIMENSION = 1;
  private static final int NO_EXPECTATION = 2;
  private static final int HEADER = 4;
  private static final int PER_DIMENSION = 5;

  private final double sign;
  private final Map<String, String> dimensionOf;
  private final List<String> dimensions;
  private final ServqualJourneyScorer.Weighting weighting;
  private final Map<String, Double> points;

  ServqualFold(
      Scale scale,
      Map<String, String> dimensionOf,
      ServqualJourneyScorer.Weighting weighting,
      Map<String, Double> points) {
    this.sign = scale.higherIsBetter() ? 1 : -1;
    this.dimensionOf = dimensionOf;
    this.dimensions = new ArrayList<>(new TreeSet<>(dimensionOf.values()));
    this.weighting = weighting;
    this.points = points;
  }

  @Override
  public double[] newState() {
    return new double[maxStateLength()];
  }

  @Override
  public double[] add(double[] state, double value, long startMillis, long durationMillis) {
    throw new IllegalStateException(
        "a SERVQUAL score reads each moment's touchpoint and expectation: add them too");
  }

  @Override
  public double[] add(
      double[] state,
      String touchpointId,
      double value,
      Optional<Expectation> expectation,
      long startMillis,
      long durationMillis) {
    int moment = (int) state[2];
    state[2] = moment + 1;
    if (state[0] != OK) {
      return state;
    }
    String dimension = dimensionOf.get(touchpointId);
    if (dimension == null || expectation.isEmpty()) {
      state[0] = dimension == null ? NO_DIMENSION : NO_EXPECTATION;
      state[1] = moment;
      return state;
    }
    int at = HEADER + PER_DIMENSION * dimensions.indexOf(dimension);
    if (state[at] == 0) {
      state[3]++;
      state[at] = state[3];
    }
    state[at + 1] += sign * (value - expectation.get().expected());
    state[at + 2]++;
    state[at + 3] += expectation.get().importance();
    state[at + 4]++;
    return state;
  }

  @Override
  public double value(double[] state) {
    int moment = (int) state[1];
    if (state[0] == NO_DIMENSION) {
      throw new IllegalArgumentException(
          "moment "
              + moment
              + ": its touchpoint has no SERVQUAL dimension; touchpoints with a dimension are "
              + new TreeSet<>(dimensionOf.keySet()));
    }
    if (state[0] == NO_EXPECTATION) {
      throw new IllegalArgumentException(
          "moment " + moment + " has no expectation, which a SERVQUAL score needs");
    }
    if (state[2] == 0) {
      throw new IllegalArgumentException("no moments; a journey score needs at least one");
    }
    // The dimensions in the order the journey reached them, as the scorer's map keeps them.
    Integer[] reached = new Integer[(int) state[3]];
    for (int d = 0; d < dimensions.size(); d++) {
      double rank = state[HEADER + PER_DIMENSION * d];
      if (rank > 0) {
        reached[(int) rank - 1] = d;
      }
    }
    List<Double> raw = new ArrayList<>();
    for (int d : reached) {
      int at = HEADER + PER_DIMENSION * d;
      switch (weighting) {
        case IMPORTANCE:
          raw.add(state[at + 3] / state[at + 4]);
          break;
        case POINTS:
          Double given = points.get(dimensions.get(d));
          if (given == null) {
            throw new IllegalArgumentException(
                "dimension '"
                    + dimensions.get(d)
                    + "' has no importance points; dimensions with points are "
                    + new TreeSet<>(points.keySet()));
          }
          raw.add(given);
          break;
        default:
          raw.add(1.0);
      }
    }
    double total = raw.stream().mapToDouble(Double::doubleValue).sum();
    if (!(total > 0)) {
      throw new IllegalArgumentException(
          "the dimensions' weights sum to " + total + ", so they cannot be normalised");
    }
    double value = 0;
    for (int i = 0; i < reached.length; i++) {
      int at = HEADER + PER_DIMENSION * reached[i];
      double gap = state[at + 1] / state[at + 2];
      value += raw.get(i) / total * gap;
    }
    return value;
  }

  @Override
  public int maxStateLength() {
    return HEADER + PER_DIMENSION * dimensions.size();
  }

  @Override
  public String toString() {
    return "ServqualFold" + Arrays.asList(weighting, dimensions);
  }
}
