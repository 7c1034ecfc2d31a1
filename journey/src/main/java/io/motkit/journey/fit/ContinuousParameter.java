package io.motkit.journey.fit;

/**
 * The one continuous parameter of a candidate model, searched over {@code [low, high]} on a linear
 * or a logarithmic axis (a half-life spans orders of magnitude).
 */
final class ContinuousParameter {

  final String name;
  final double low;
  final double high;
  final boolean logarithmic;

  ContinuousParameter(String name, double low, double high, boolean logarithmic) {
    this.name = name;
    this.low = low;
    this.high = high;
    this.logarithmic = logarithmic;
  }

  /** The search coordinate of a value: itself, or its logarithm. */
  double toAxis(double value) {
    return logarithmic ? Math.log(value) : value;
  }

  double fromAxis(double axis) {
    return logarithmic ? Math.exp(axis) : axis;
  }

  /** {@code points} values evenly spaced on the axis, both ends included. */
  double[] grid(int points) {
    double[] grid = new double[points];
    double a = toAxis(low);
    double b = toAxis(high);
    for (int i = 0; i < points; i++) {
      grid[i] = fromAxis(a + (b - a) * i / (points - 1));
    }
    // The ends exactly, so that rounding of exp and log never leaves the declared range.
    grid[0] = low;
    grid[points - 1] = high;
    return grid;
  }
}
