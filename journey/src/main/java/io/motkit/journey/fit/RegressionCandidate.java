package io.motkit.journey.fit;

import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.core.scoring.SequenceKernel;
import io.motkit.journey.EventLog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealVector;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * A linear regression of the rating on features of the journey: with the features peak, end, mean
 * and duration it is the analysis of Redelmeier and Kahneman (1996), who regressed patients'
 * retrospective evaluations on the peak, the end and the length of the procedure; with none it is
 * the intercept-only model, the mean rating, against which every model must do better.
 *
 * <p>Peak is the most intense moment (ties: the worse one), end the last moment, mean the plain
 * mean, duration the minutes from the first moment's start to the last moment's end. Coefficients
 * are fitted by weighted least squares (a pseudo-inverse, so that a feature that does not vary gets
 * coefficient 0).
 */
final class RegressionCandidate extends Candidate {

  private final ScorerRegistry registry;
  private final List<String> features;

  RegressionCandidate(
      String id, String description, ScorerRegistry registry, List<String> features) {
    super(id, description);
    this.registry = registry;
    this.features = List.copyOf(features);
  }

  private double[] feature(EventLog log, String name) {
    switch (name) {
      case "peak":
        return log.score(kernel(log, "peak", Map.of("peak", "intense")));
      case "end":
        return log.score(kernel(log, "end", Map.of("end", "last")));
      case "mean":
        return log.score(kernel(log, "mean", Map.of()));
      case "duration":
        double[] minutes = new double[log.journeyCount()];
        for (int j = 0; j < minutes.length; j++) {
          int first = log.firstEvent(j);
          int last = log.endEvent(j) - 1;
          minutes[j] =
              (log.startMillis(last) + log.durationMillis(last) - log.startMillis(first))
                  / 60_000.0;
        }
        return minutes;
      default:
        throw new IllegalArgumentException("unknown regression feature '" + name + "'");
    }
  }

  private SequenceKernel kernel(EventLog log, String id, Map<String, String> parameters) {
    return registry.create(id, parameters).kernel(log.scale()).orElseThrow();
  }

  @Override
  CandidateFitter fitter(EventLog log, double[] ratings, int gridPoints) {
    int journeys = log.journeyCount();
    int p = features.size();
    double[][] x = new double[p][];
    double[] centre = new double[p];
    for (int k = 0; k < p; k++) {
      x[k] = feature(log, features.get(k));
      centre[k] = mean(x[k]);
    }
    return new CandidateFitter() {
      @Override
      public Fitted fit(double[] weights) {
        // Normal equations of the centred features with an intercept: small, p + 1 square.
        int size = p + 1;
        double[][] a = new double[size][size];
        double[] b = new double[size];
        double[] row = new double[size];
        for (int j = 0; j < journeys; j++) {
          double w = weights[j];
          if (w <= 0) {
            continue;
          }
          row[0] = 1;
          for (int k = 0; k < p; k++) {
            row[k + 1] = x[k][j] - centre[k];
          }
          for (int r = 0; r < size; r++) {
            b[r] += w * row[r] * ratings[j];
            for (int c = r; c < size; c++) {
              a[r][c] += w * row[r] * row[c];
            }
          }
        }
        for (int r = 0; r < size; r++) {
          for (int c = 0; c < r; c++) {
            a[r][c] = a[c][r];
          }
        }
        RealVector solution =
            new SingularValueDecomposition(new Array2DRowRealMatrix(a, false))
                .getSolver()
                .solve(new ArrayRealVector(b, false));
        double[] beta = solution.toArray();
        double intercept = beta[0];
        for (int k = 0; k < p; k++) {
          intercept -= beta[k + 1] * centre[k];
        }
        return new RegressionFit(intercept, java.util.Arrays.copyOfRange(beta, 1, size));
      }

      @Override
      public Fitted refit(Fitted full, double[] weights) {
        return fit(weights);
      }

      final class RegressionFit implements Fitted {
        private final double intercept;
        private final double[] coefficients;

        RegressionFit(double intercept, double[] coefficients) {
          this.intercept = intercept;
          this.coefficients = coefficients;
        }

        @Override
        public double predict(int j) {
          double prediction = intercept;
          for (int k = 0; k < p; k++) {
            prediction += coefficients[k] * x[k][j];
          }
          return prediction;
        }

        @Override
        public Map<String, String> choices() {
          return Map.of();
        }

        @Override
        public Map<String, Double> estimates() {
          Map<String, Double> estimates = new LinkedHashMap<>();
          estimates.put("intercept", intercept);
          for (int k = 0; k < p; k++) {
            estimates.put(features.get(k), coefficients[k]);
          }
          return estimates;
        }
      }
    };
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }
}
