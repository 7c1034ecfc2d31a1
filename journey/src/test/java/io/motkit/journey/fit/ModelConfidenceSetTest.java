package io.motkit.journey.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The model confidence set (Hansen, Lunde and Nason 2011) on losses whose answer is known. */
final class ModelConfidenceSetTest {

  /** Bootstrap means of per-journey losses, the same resamples for every model. */
  private static double[][] resampled(double[][] losses, int resamples, long seed) {
    int n = losses[0].length;
    double[][] means = new double[losses.length][resamples];
    Random random = new Random(seed);
    int[] counts = new int[n];
    for (int b = 0; b < resamples; b++) {
      java.util.Arrays.fill(counts, 0);
      for (int i = 0; i < n; i++) {
        counts[random.nextInt(n)]++;
      }
      for (int k = 0; k < losses.length; k++) {
        double sum = 0;
        for (int j = 0; j < n; j++) {
          sum += counts[j] * losses[k][j];
        }
        means[k][b] = sum / n;
      }
    }
    return means;
  }

  private static double[] means(double[][] losses) {
    double[] means = new double[losses.length];
    for (int k = 0; k < losses.length; k++) {
      means[k] = java.util.Arrays.stream(losses[k]).average().orElseThrow();
    }
    return means;
  }

  @Test
  void twoEqualModelsStayAndAClearlyWorseOneIsEliminated() {
    Random random = new Random(3);
    int n = 500;
    double[][] losses = new double[3][n];
    for (int j = 0; j < n; j++) {
      double common = random.nextGaussian();
      losses[0][j] = Math.pow(common + 0.3 * random.nextGaussian(), 2);
      losses[1][j] = Math.pow(common + 0.3 * random.nextGaussian(), 2);
      losses[2][j] = Math.pow(common + 2 + 0.3 * random.nextGaussian(), 2);
    }
    double[] p = ModelConfidenceSet.pValues(means(losses), resampled(losses, 999, 4));
    assertThat(p[2]).as("the worse model").isLessThan(0.05);
    assertThat(Math.max(p[0], p[1])).isEqualTo(1.0);
    assertThat(Math.min(p[0], p[1])).as("the other equal model").isGreaterThanOrEqualTo(0.05);
  }

  @Test
  void pValuesNeverFallAsModelsAreEliminatedAndTheLastIsOne() {
    Random random = new Random(5);
    int n = 300;
    double[][] losses = new double[5][n];
    for (int k = 0; k < 5; k++) {
      for (int j = 0; j < n; j++) {
        losses[k][j] = Math.pow(random.nextGaussian() + 0.2 * k, 2);
      }
    }
    double[] p = ModelConfidenceSet.pValues(means(losses), resampled(losses, 499, 6));
    assertThat(java.util.Arrays.stream(p).boxed()).allMatch(v -> v > 0 && v <= 1);
    assertThat(java.util.Arrays.stream(p).max().orElseThrow()).isEqualTo(1.0);
  }
}
