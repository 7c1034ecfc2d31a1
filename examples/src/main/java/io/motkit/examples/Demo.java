package io.motkit.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Runs one of the examples end to end and prints its headlines: {@code Demo property}. */
public final class Demo {

  private Demo() {}

  /**
   * Runs the example named by the first argument ({@code property}, {@code hotel} or {@code
   * retail}; property unless given), writing its report into the folder named by the second ({@code
   * target} unless given).
   *
   * @param args the example's name and the report folder
   */
  public static void main(String[] args) {
    String name = args.length == 0 ? "property" : args[0];
    Path dir = Path.of(args.length > 1 ? args[1] : "target");
    try {
      print(run(name, dir), System.out);
    } catch (IllegalArgumentException e) {
      System.err.println("motkit: " + e.getMessage());
      System.exit(2);
    }
  }

  /**
   * Runs the example {@code name} with its default population and seed.
   *
   * @throws IllegalArgumentException naming the valid examples if there is no such example
   */
  public static ExampleResult run(String name, Path reportDir) {
    switch (name) {
      case "property":
        return PropertyManagementExample.run(
            PropertyManagementExample.OWNERS,
            PropertyManagementExample.SEED,
            Optional.of(reportDir));
      case "hotel":
        return HotelExample.run(HotelExample.GUESTS, HotelExample.SEED, Optional.of(reportDir));
      case "retail":
        return RetailExample.run(
            RetailExample.SHOPPERS, RetailExample.SEED, Optional.of(reportDir));
      default:
        throw new IllegalArgumentException(
            "unknown example '" + name + "'; valid examples are property, hotel, retail");
    }
  }

  /** Prints a result's headlines and the path of its report. */
  public static void print(ExampleResult result, PrintStream out) {
    out.println(result.title());
    for (Map.Entry<String, Double> figure : result.figures().entrySet()) {
      out.printf(Locale.ROOT, "  %-55s %s%n", figure.getKey(), format(figure.getValue()));
    }
    for (Map.Entry<String, String> label : result.labels().entrySet()) {
      out.printf(Locale.ROOT, "  %-55s %s%n", label.getKey(), label.getValue());
    }
    result.report().ifPresent(r -> out.println("report: " + r.toAbsolutePath().normalize()));
  }

  private static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? String.format(Locale.ROOT, "%d", (long) value)
        : String.format(Locale.ROOT, "%.4f", value);
  }
}
