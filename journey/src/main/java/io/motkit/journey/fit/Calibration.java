package io.motkit.journey.fit;

/**
 * The least-squares line {@code rating = a + b * score} over weighted journeys, from running sums
 * of values shifted by fixed origins, so that the sums stay small and the variance terms do not
 * cancel. A score that does not vary gives slope 0 (the line is the mean rating).
 */
final class Calibration {

  private final double scoreOrigin;
  private final double ratingOrigin;
  private double n;
  private double s;
  private double ss;
  private double y;
  private double yy;
  private double sy;

  Calibration(double scoreOrigin, double ratingOrigin) {
    this.scoreOrigin = scoreOrigin;
    this.ratingOrigin = ratingOrigin;
  }

  void add(double weight, double score, double rating) {
    double ds = score - scoreOrigin;
    double dy = rating - ratingOrigin;
    n += weight;
    s += weight * ds;
    ss += weight * ds * ds;
    y += weight * dy;
    yy += weight * dy * dy;
    sy += weight * ds * dy;
  }

  private double sxx() {
    return ss - s * s / n;
  }

  private boolean flat() {
    // Relative to the score's own scale: a spread below 1e-12 of it is rounding, not variation.
    return !(sxx() > 1e-12 * (ss + 1e-300));
  }

  double slope() {
    return flat() ? 0 : (sy - s * y / n) / sxx();
  }

  double intercept() {
    return ratingOrigin + (y - slope() * s) / n - slope() * scoreOrigin;
  }

  /** The residual sum of squares of the line. */
  double sse() {
    double syy = yy - y * y / n;
    double residual = flat() ? syy : syy - (sy - s * y / n) * (sy - s * y / n) / sxx();
    return Math.max(0, residual);
  }
}
