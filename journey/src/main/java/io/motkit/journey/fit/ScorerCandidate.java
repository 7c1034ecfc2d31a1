package io.motkit.journey.fit;

import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.core.scoring.SequenceKernel;
import io.motkit.journey.EventLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;

/**
 * A registered sequence scorer as a model of the rating: {@code rating = a + b * S}, where S is the
 * scorer's value under one of its discrete variants (a peak rule, an end rule) and, where it has
 * one, a continuous parameter (the peak's weight, a half-life). All of it is computed through the
 * scorer's kernel over the log's columns, never an object per moment.
 */
final class ScorerCandidate extends Candidate {

  private final ScorerRegistry registry;
  private final String scorerId;
  private final List<Map<String, String>> variants;
  private final Optional<ContinuousParameter> continuous;
  private final Optional<String> complement;

  ScorerCandidate(
      String id,
      String description,
      ScorerRegistry registry,
      String scorerId,
      List<Map<String, String>> variants,
      Optional<ContinuousParameter> continuous,
      Optional<String> complement) {
    super(id, description);
    this.registry = registry;
    this.scorerId = scorerId;
    this.variants = List.copyOf(variants);
    this.continuous = continuous;
    this.complement = complement;
  }

  private Map<String, String> parameters(Map<String, String> variant, double theta) {
    Map<String, String> parameters = new LinkedHashMap<>(variant);
    continuous.ifPresent(c -> parameters.put(c.name, Double.toString(theta)));
    // The peak's and the end's weights sum to 1: one free weight, the other follows.
    complement.ifPresent(name -> parameters.put(name, Double.toString(1 - theta)));
    return parameters;
  }

  private SequenceKernel kernel(EventLog log, Map<String, String> variant, double theta) {
    return registry
        .create(scorerId, parameters(variant, theta))
        .kernel(log.scale())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "scorer '" + scorerId + "' has no kernel for raw ratings"));
  }

  @Override
  CandidateFitter fitter(EventLog log, double[] ratings, int gridPoints) {
    double[] grid = continuous.map(c -> c.grid(gridPoints)).orElse(new double[] {Double.NaN});
    int journeys = log.journeyCount();
    // Every variant at every grid point, once for the whole log: the folds and the resamples only
    // re-weight these scores.
    double[][][] scores = new double[variants.size()][grid.length][];
    for (int v = 0; v < variants.size(); v++) {
      for (int g = 0; g < grid.length; g++) {
        scores[v][g] = log.score(kernel(log, variants.get(v), grid[g]));
      }
    }
    // Fixed origins, never taken from the ratings: a fold's fit must not depend on held-out
    // journeys,
    // not even through rounding.
    double scoreOrigin = log.scale().neutral();
    double ratingOrigin = log.scale().neutral();
    return new CandidateFitter() {

      private Calibration calibrate(double[] s, double[] weights) {
        Calibration line = new Calibration(scoreOrigin, ratingOrigin);
        for (int j = 0; j < journeys; j++) {
          if (weights[j] > 0) {
            line.add(weights[j], s[j], ratings[j]);
          }
        }
        return line;
      }

      /** Exact scores at {@code theta} for the weighted journeys (others are left 0). */
      private double[] exact(int v, double theta, double[] weights) {
        SequenceKernel kernel = kernel(log, variants.get(v), theta);
        double[] s = new double[journeys];
        for (int j = 0; j < journeys; j++) {
          if (weights[j] > 0) {
            s[j] = log.scoreJourney(kernel, j);
          }
        }
        return s;
      }

      /**
       * The least-squares fit over every variant and the continuous parameter: for each variant,
       * its best grid point refined by Brent's method between the neighbouring grid points; then
       * the variant whose refined fit has the smallest error. The same estimator for the full
       * sample, the folds and every bootstrap resample.
       */
      @Override
      public Fitted fit(double[] weights) {
        if (continuous.isEmpty()) {
          int bestV = 0;
          double best = Double.POSITIVE_INFINITY;
          for (int v = 0; v < variants.size(); v++) {
            double sse = calibrate(scores[v][0], weights).sse();
            // Strictly better only: ties keep the earlier variant.
            if (sse < best) {
              best = sse;
              bestV = v;
            }
          }
          return result(bestV, Double.NaN, calibrate(scores[bestV][0], weights));
        }
        ContinuousParameter c = continuous.get();
        Fitted best = null;
        double bestSse = Double.POSITIVE_INFINITY;
        for (int v = 0; v < variants.size(); v++) {
          int bestG = 0;
          double gridSse = Double.POSITIVE_INFINITY;
          for (int g = 0; g < grid.length; g++) {
            double sse = calibrate(scores[v][g], weights).sse();
            // Strictly better only: ties keep the smaller parameter.
            if (sse < gridSse) {
              gridSse = sse;
              bestG = g;
            }
          }
          int variant = v;
          double low = c.toAxis(grid[Math.max(0, bestG - 1)]);
          double high = c.toAxis(grid[Math.min(grid.length - 1, bestG + 1)]);
          UnivariatePointValuePair optimum =
              new BrentOptimizer(1e-8, 1e-10)
                  .optimize(
                      new MaxEval(200),
                      GoalType.MINIMIZE,
                      new SearchInterval(low, high, c.toAxis(grid[bestG])),
                      new UnivariateObjectiveFunction(
                          x ->
                              calibrate(exact(variant, clamp(c, c.fromAxis(x)), weights), weights)
                                  .sse()));
          double theta = clamp(c, c.fromAxis(optimum.getPoint()));
          Calibration atOptimum = calibrate(exact(v, theta, weights), weights);
          // Brent may stop at an interval end that the grid already held with a smaller error.
          if (atOptimum.sse() > gridSse) {
            theta = grid[bestG];
            atOptimum = calibrate(scores[v][bestG], weights);
          }
          // Strictly better only: ties keep the earlier variant.
          if (atOptimum.sse() < bestSse) {
            bestSse = atOptimum.sse();
            best = result(v, theta, atOptimum);
          }
        }
        return java.util.Objects.requireNonNull(best);
      }

      @Override
      public Fitted refit(Fitted full, double[] weights) {
        // The same estimator as the full sample's, every discrete choice chosen again, so that
        // the interval of a parameter includes the selection of its variant.
        return fit(weights);
      }

      private Fitted result(int v, double theta, Calibration line) {
        return new ScorerFit(
            log,
            variants.get(v),
            theta,
            line.intercept(),
            line.slope(),
            kernel(log, variants.get(v), theta));
      }
    };
  }

  private static double clamp(ContinuousParameter c, double value) {
    return Math.max(c.low, Math.min(c.high, value));
  }

  /** A fitted scorer model. */
  private final class ScorerFit implements Fitted {
    private final EventLog log;
    private final Map<String, String> variant;
    private final double theta;
    private final double intercept;
    private final double slope;
    private final SequenceKernel kernel;

    ScorerFit(
        EventLog log,
        Map<String, String> variant,
        double theta,
        double intercept,
        double slope,
        SequenceKernel kernel) {
      this.log = log;
      this.variant = variant;
      this.theta = theta;
      this.intercept = intercept;
      this.slope = slope;
      this.kernel = kernel;
    }

    @Override
    public double predict(int j) {
      return intercept + slope * log.scoreJourney(kernel, j);
    }

    @Override
    public Map<String, String> choices() {
      return variant;
    }

    @Override
    public Map<String, Double> estimates() {
      Map<String, Double> estimates = new LinkedHashMap<>();
      estimates.put("intercept", intercept);
      estimates.put("slope", slope);
      continuous.ifPresent(c -> estimates.put(c.name, theta));
      return estimates;
    }
  }

  /** The variants of a scorer: every combination of the given values, in order. */
  static List<Map<String, String>> combinations(Map<String, List<String>> values) {
    List<Map<String, String>> combinations = new ArrayList<>();
    combinations.add(new LinkedHashMap<>());
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> partial : combinations) {
        for (String value : e.getValue()) {
          Map<String, String> extended = new LinkedHashMap<>(partial);
          extended.put(e.getKey(), value);
          next.add(extended);
        }
      }
      combinations = next;
    }
    return combinations;
  }
}
