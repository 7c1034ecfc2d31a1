package io.motkit.cli;

import io.motkit.core.Scale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --scale}, {@code --neutral} and {@code --lower-is-better} options. */
final class ScaleOptions {

  @Option(
      names = "--scale",
      paramLabel = "MIN..MAX",
      description = "The rating scale, such as 1..7 or 0..10 (default: ${DEFAULT-VALUE}).",
      defaultValue = "1..7")
  String range;

  @Option(
      names = "--neutral",
      paramLabel = "N",
      description = "The neutral point (default: the middle of the scale).")
  Double neutral;

  @Option(
      names = "--lower-is-better",
      description = "Lower values are better experiences (pain, effort).")
  boolean lowerIsBetter;

  /** The scale the options describe; a bad value is a usage error naming the option. */
  Scale scale(CommandSpec spec) {
    String[] bounds = range.split("\\.\\.", -1);
    double min = Double.NaN;
    double max = Double.NaN;
    if (bounds.length == 2) {
      try {
        min = io.motkit.core.internal.PlainNumber.parse(bounds[0].trim());
        max = io.motkit.core.internal.PlainNumber.parse(bounds[1].trim());
      } catch (NumberFormatException e) {
        min = Double.NaN;
      }
    }
    if (Double.isNaN(min) || Double.isNaN(max)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--scale: '" + range + "' is not of the form MIN..MAX, such as 1..7");
    }
    try {
      return Scale.of(min, max, neutral == null ? (min + max) / 2 : neutral, !lowerIsBetter);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          (neutral == null ? "--scale" : "--scale/--neutral") + ": " + e.getMessage());
    }
  }
}
