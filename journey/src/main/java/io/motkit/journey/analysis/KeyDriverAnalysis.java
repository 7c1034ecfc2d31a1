package io.motkit.journey.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.analysis.InputSummary;
import io.motkit.core.analysis.Provenance;
import io.motkit.journey.EventLog;
import io.motkit.journey.LoggedJourney;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.immutables.value.Value;

/**
 * Key-driver analysis by relative weights (Johnson 2000, "A heuristic method for estimating the
 * relative weight of predictor variables in multiple regression", <i>Multivariate Behavioral
 * Research</i> 35(1), 1-19): which touchpoint ratings explain a journey outcome.
 *
 * <p>Each journey contributes one row: per touchpoint the mean of its moments' values (a touchpoint
 * the journey did not visit takes the touchpoint's mean over the journeys that did, and its
 * coverage is reported), and the outcome. With R the predictors' correlation matrix, R = P D P',
 * and Λ = P D^½ P' the correlations of the predictors with their nearest orthogonal counterparts,
 * the weights are ε_j = Σ_k Λ_jk² β_k² with β = Λ⁻¹ r_xy; they sum to the model's R². Immutable
 * settings (the outcome, touchpoints to leave out, the segment attribute); thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class KeyDriverAnalysis
    implements JourneyAnalysis<KeyDriverTally, KeyDriverResult> {

  private static final long serialVersionUID = 1L;

  private static final double SINGULAR = 1e-10;

  KeyDriverAnalysis() {}

  /**
   * The outcome to explain.
   *
   * @return the outcome to explain
   */
  public abstract String outcome();

  /**
   * Touchpoints to leave out besides those tagged {@link EventLog#MEASUREMENT_TAG} in the log: the
   * surveys that measure the outcome.
   *
   * @return touchpoints to leave out besides those tagged {@link EventLog#MEASUREMENT_TAG} in the
   *     log: the surveys that measure the outcome
   */
  public abstract Set<String> measurements();

  /**
   * The journey attribute whose values are the segments; none unless set.
   *
   * @return the journey attribute whose values are the segments; none unless set
   */
  @Override
  public abstract Optional<String> segmentBy();

  /**
   * The drivers of {@code outcome}, no segments.
   *
   * @param outcome the outcome's name
   * @return the drivers of {@code outcome}, no segments
   */
  public static KeyDriverAnalysis of(String outcome) {
    return builder().outcome(outcome).build();
  }

  /**
   * A builder for the settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KeyDriverAnalysis}. */
  public static final class Builder extends ImmutableKeyDriverAnalysis.Builder {
    Builder() {}
  }

  /** {@code key-drivers}. */
  @Override
  public final String name() {
    return "key-drivers";
  }

  @Override
  public final Map<String, String> settingsText() {
    Map<String, String> settings = new java.util.LinkedHashMap<>();
    settings.put("outcome", outcome());
    settings.put("measurements", String.join(",", new TreeSet<>(measurements())));
    segmentBy().ifPresent(a -> settings.put("segment_by", a));
    return settings;
  }

  @Override
  public final KeyDriverTally newTally() {
    return new KeyDriverTally();
  }

  @Override
  public final void add(KeyDriverTally tally, LoggedJourney journey) {
    EventLog log = journey.log();
    if (tally.measurementLog != log) {
      tally.measurementLog = log;
      tally.measurements.addAll(log.measurementTouchpoints());
      checkArgument(
          log.outcomeNames().contains(outcome()),
          "the log has no outcome '%s'; its outcomes are %s",
          outcome(),
          log.outcomeNames());
    }
    OptionalDouble y = log.outcome(outcome(), journey.index());
    checkArgument(y.isPresent(), "journey '%s' has no outcome '%s'", journey.id(), outcome());
    Map<String, double[]> sums = new TreeMap<>();
    for (int e = journey.firstEvent(); e < journey.endEvent(); e++) {
      double[] sum = sums.computeIfAbsent(log.touchpoint(e).id(), id -> new double[2]);
      sum[0] += log.value(e);
      sum[1]++;
    }
    KeyDriverTally.Row row = new KeyDriverTally.Row(journey.id(), y.getAsDouble(), sums);
    tally.parts.add(
        journey, segmentBy(), KeyDriverTally.Part::new, (part, j) -> part.rows.add(row));
  }

  @Override
  public final KeyDriverTally merge(KeyDriverTally left, KeyDriverTally right) {
    KeyDriverTally merged = new KeyDriverTally();
    merged.measurements.addAll(left.measurements);
    merged.measurements.addAll(right.measurements);
    merged.parts = left.parts.merge(right.parts, KeyDriverTally.Part::merge);
    return merged;
  }

  /**
   * The relative weights of the touchpoints overall and in each segment.
   *
   * @throws IllegalArgumentException if no touchpoint's ratings vary, there are fewer journeys than
   *     touchpoints plus two, or the ratings are collinear (in a segment: named)
   */
  @Override
  public final KeyDriverResult finish(KeyDriverTally tally, List<InputSummary> sources) {
    Set<String> left = new TreeSet<>(measurements());
    left.addAll(tally.measurements);
    return ImmutableKeyDriverResult.builder()
        .provenance(Provenance.of(name(), settingsText(), sources))
        .segmentBy(segmentBy())
        .model(model(tally.parts.all(), left))
        .putAllSegments(
            tally.parts.finishSegments(part -> model(part, left), segmentBy().orElse("")))
        .build();
  }

  /**
   * The model of the journeys of one part, in journey id order so that no result depends on how the
   * journeys were split.
   */
  private KeyDriverModel model(KeyDriverTally.Part part, Set<String> measurements) {
    List<KeyDriverTally.Row> rows = new ArrayList<>(part.rows);
    rows.sort(Comparator.comparing(r -> r.journey));
    TreeSet<String> ids = new TreeSet<>();
    rows.forEach(r -> ids.addAll(r.sums.keySet()));
    List<String> touchpoints = new ArrayList<>(ids);
    Map<String, Integer> column = new java.util.HashMap<>();
    for (String id : touchpoints) {
      column.put(id, column.size());
    }
    double[][] sum = new double[rows.size()][touchpoints.size()];
    int[][] count = new int[rows.size()][touchpoints.size()];
    double[] y = new double[rows.size()];
    for (int j = 0; j < rows.size(); j++) {
      KeyDriverTally.Row row = rows.get(j);
      y[j] = row.outcome;
      for (Map.Entry<String, double[]> s : row.sums.entrySet()) {
        int t = java.util.Objects.requireNonNull(column.get(s.getKey()));
        sum[j][t] = s.getValue()[0];
        count[j][t] = (int) s.getValue()[1];
      }
    }
    return model(outcome(), touchpoints, sum, count, y, measurements);
  }

  private static KeyDriverModel model(
      String outcome,
      List<String> touchpoints,
      double[][] sum,
      int[][] count,
      double[] y,
      java.util.Set<String> measurements) {
    int journeys = y.length;
    checkArgument(
        sum.length == journeys && count.length == journeys,
        "sums, counts and outcomes must have one row per journey");
    List<Integer> used = new ArrayList<>();
    List<String> constant = new ArrayList<>();
    double[] performance = new double[touchpoints.size()];
    double[] coverage = new double[touchpoints.size()];
    double[][] x = new double[journeys][touchpoints.size()];
    for (int t = 0; t < touchpoints.size(); t++) {
      if (measurements.contains(touchpoints.get(t))) {
        continue;
      }
      double total = 0;
      int visited = 0;
      for (int j = 0; j < journeys; j++) {
        if (count[j][t] > 0) {
          total += sum[j][t] / count[j][t];
          visited++;
        }
      }
      performance[t] = visited == 0 ? 0 : total / visited;
      coverage[t] = visited / (double) journeys;
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < journeys; j++) {
        x[j][t] = count[j][t] > 0 ? sum[j][t] / count[j][t] : performance[t];
        min = Math.min(min, x[j][t]);
        max = Math.max(max, x[j][t]);
      }
      if (visited == 0 || min == max) {
        constant.add(touchpoints.get(t));
      } else {
        used.add(t);
      }
    }
    int p = used.size();
    checkArgument(
        p > 0,
        "no touchpoint's ratings vary across journeys, so there is nothing to explain '%s' with",
        outcome);
    checkArgument(
        journeys >= p + 2,
        "key drivers of %s touchpoints need at least %s journeys, found %s",
        p,
        p + 2,
        journeys);
    double[][] z = new double[journeys][p];
    for (int k = 0; k < p; k++) {
      standardise(x, used.get(k), z, k);
    }
    double[] zy = standardised(y, outcome);
    double[][] r = new double[p][p];
    double[] rxy = new double[p];
    for (int a = 0; a < p; a++) {
      for (int b = a; b < p; b++) {
        double c = 0;
        for (int j = 0; j < journeys; j++) {
          c += z[j][a] * z[j][b];
        }
        r[a][b] = c / (journeys - 1);
        r[b][a] = r[a][b];
      }
      double c = 0;
      for (int j = 0; j < journeys; j++) {
        c += z[j][a] * zy[j];
      }
      rxy[a] = c / (journeys - 1);
    }
    EigenDecompositionSymmetric eigen =
        new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(r));
    double[] d = eigen.getEigenvalues();
    RealMatrix vectors = eigen.getV();
    for (double value : d) {
      checkArgument(
          value > SINGULAR,
          "the touchpoint ratings are collinear (an eigenvalue of their correlation matrix is %s), so their weights are not identified",
          value);
    }
    double[][] lambda = new double[p][p];
    double[][] lambdaInverse = new double[p][p];
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < p; b++) {
        double s = 0;
        double inv = 0;
        for (int k = 0; k < p; k++) {
          double pk = vectors.getEntry(a, k) * vectors.getEntry(b, k);
          s += pk * Math.sqrt(d[k]);
          inv += pk / Math.sqrt(d[k]);
        }
        lambda[a][b] = s;
        lambdaInverse[a][b] = inv;
      }
    }
    double[] beta = new double[p];
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < p; b++) {
        beta[a] += lambdaInverse[a][b] * rxy[b];
      }
    }
    double rSquared = 0;
    for (double b : beta) {
      rSquared += b * b;
    }
    List<KeyDriver> drivers = new ArrayList<>();
    for (int a = 0; a < p; a++) {
      double weight = 0;
      for (int k = 0; k < p; k++) {
        weight += lambda[a][k] * lambda[a][k] * beta[k] * beta[k];
      }
      int t = used.get(a);
      drivers.add(
          ImmutableKeyDriver.builder()
              .touchpoint(touchpoints.get(t))
              .weight(weight)
              .share(rSquared == 0 ? 0 : weight / rSquared)
              .performance(performance[t])
              .coverage(coverage[t])
              .build());
    }
    drivers.sort(
        Comparator.comparingDouble(KeyDriver::weight)
            .reversed()
            .thenComparing(KeyDriver::touchpoint));
    return ImmutableKeyDriverModel.builder()
        .outcome(outcome)
        .journeys(journeys)
        .rSquared(rSquared)
        .addAllDrivers(drivers)
        .addAllConstant(constant)
        .build();
  }

  private static void standardise(double[][] x, int column, double[][] z, int k) {
    double[] values = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      values[j] = x[j][column];
    }
    double[] standard = zScores(values);
    for (int j = 0; j < x.length; j++) {
      z[j][k] = standard[j];
    }
  }

  /**
   * The z-scores of {@code values}, computed on the values divided by their largest magnitude: a
   * correlation does not change with the unit, and so neither 1e300 (whose squares overflow) nor
   * 1e-300 (whose squares vanish) changes a weight.
   */
  private static double[] zScores(double[] values) {
    int n = values.length;
    double largest = 0;
    for (double v : values) {
      largest = Math.max(largest, Math.abs(v));
    }
    double[] scaled = new double[n];
    double mean = 0;
    for (int j = 0; j < n; j++) {
      scaled[j] = largest == 0 ? 0 : values[j] / largest;
      mean += scaled[j];
    }
    mean /= n;
    double squares = 0;
    for (double v : scaled) {
      squares += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(squares / (n - 1));
    double[] z = new double[n];
    for (int j = 0; j < n; j++) {
      z[j] = (scaled[j] - mean) / sd;
    }
    return z;
  }

  private static double[] standardised(double[] y, String outcome) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : y) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    checkArgument(
        min < max, "outcome '%s' does not vary across journeys, so it has no drivers", outcome);
    return zScores(y);
  }
}
