package io.motkit.cli;

import io.motkit.core.Scale;
import picocli.CommandLine.Option;

/** The {@code --scale}, {@code --neutral} and {@code --lower-is-better} options. */
final class ScaleOptions {

  @Option(
      names = "--scale",
      paramLabel = "MIN..MAX",
      description = "The rating scale, such as 1..7 or 0..10 (default: ${DEFAULT-VALUE}).",
      defaultValue = "1..7")
  String range;

  @Option(names = "--neutral", paramLabel = "N", description = "The neutral point (default: the middle of the scale).")
  Double neutral;

  @Option(names = "--lower-is-better", description = "Lower values are better experiences (pain, effort).")
  boolean lowerIsBetter;

  /** The scale the options describe. */
  Scale scale() {
    String[] bounds = range.split("\\.\\.", -1);
    if (bounds.length != 2) {
      throw new IllegalArgumentException("--scale '" + range + "' is not of the form MIN..MAX, such as 1..7");
    }
    double min;
    double max;
    try {
      min = Double.parseDouble(bounds[0].trim());
      max = Double.parseDouble(bounds[1].trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--scale '" + range + "' is not of the form MIN..MAX, such as 1..7");
    }
    return Scale.of(min, max, neutral == null ? (min + max) / 2 : neutral, !lowerIsBetter);
  }
}
