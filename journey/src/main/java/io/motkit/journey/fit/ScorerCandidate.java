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
        if (complement.isPresent()) {
          return linearFit(weights);
        }
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

      /**
       * The exact optimum of a family linear in its weight, {@code S = E + w (P - E)} with {@code
       * w} in [0, 1] (peak-end: P the peak at w = 1, E the end at w = 0, the grid's end points):
       * for each variant the least squares of the rating on E and P - E give {@code a + b E + c (P
       * - E)}, so {@code w = c / b} when that lies in [0, 1]; else the optimum is at an end point,
       * because the squared correlation of the rating with {@code E + w (P - E)} has one maximum on
       * the line of w, there. The variant of the smallest error wins.
       */
      private Fitted linearFit(double[] weights) {
        int bestV = 0;
        double bestW = 0;
        double bestSse = Double.POSITIVE_INFINITY;
        for (int v = 0; v < variants.size(); v++) {
          double[] end = scores[v][0];
          double[] peak = scores[v][grid.length - 1];
          double[] wSse = linearOptimum(end, peak, weights);
          // Strictly better only: ties keep the earlier variant.
          if (wSse[1] < bestSse) {
            bestSse = wSse[1];
            bestV = v;
            bestW = wSse[0];
          }
        }
        return result(bestV, bestW, calibrate(exact(bestV, bestW, weights), weights));
      }

      /** {w, error} of the best {@code a + b (E + w (P - E))} with w in [0, 1]. */
      private double[] linearOptimum(double[] end, double[] peak, double[] weights) {
        double n = 0;
        double me = 0;
        double md = 0;
        double my = 0;
        for (int j = 0; j < journeys; j++) {
          double w = weights[j];
          if (w > 0) {
            n += w;
            me += w * end[j];
            md += w * (peak[j] - end[j]);
            my += w * ratings[j];
          }
        }
        me /= n;
        md /= n;
        my /= n;
        double see = 0;
        double sed = 0;
        double sdd = 0;
        double sey = 0;
        double sdy = 0;
        double syy = 0;
        for (int j = 0; j < journeys; j++) {
          double w = weights[j];
          if (w > 0) {
            double e = end[j] - me;
            double d = peak[j] - end[j] - md;
            double y = ratings[j] - my;
            see += w * e * e;
            sed += w * e * d;
            sdd += w * d * d;
            sey += w * e * y;
            sdy += w * d * y;
            syy += w * y * y;
          }
        }
        double det = see * sdd - sed * sed;
        if (det > 1e-12 * (see * sdd + 1e-300)) {
          double b = (sdd * sey - sed * sdy) / det;
          double c = (see * sdy - sed * sey) / det;
          double w = c / b;
          if (b != 0 && w >= 0 && w <= 1) {
            return new double[] {w, Math.max(0, syy - b * sey - c * sdy)};
          }
        }
        // At w = 0 the score is E; at w = 1 it is P = E + (P - E).
        double atEnd = see > 0 ? Math.max(0, syy - sey * sey / see) : syy;
        double sPP = see + 2 * sed + sdd;
        double sPy = sey + sdy;
        double atPeak =
            sPP > 1e-12 * (see + sdd + 1e-300) ? Math.max(0, syy - sPy * sPy / sPP) : syy;
        return atPeak < atEnd ? new double[] {1, atPeak} : new double[] {0, atEnd};
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
