package io.motkit.examples;

import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.json.JourneyScoreJson;
import io.motkit.core.scoring.ScorerProvider;
import io.motkit.core.scoring.ScorerRegistry;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** Runs an example end to end: {@code Demo property}. */
public final class Demo {

  private Demo() {}

  /**
   * Runs the example named by the first argument ({@code property} unless given).
   *
   * @param args the example's name
   */
  public static void main(String[] args) {
    String name = args.length == 0 ? "property" : args[0];
    if (!name.equals("property")) {
      System.err.println("unknown example '" + name + "'; valid examples are property");
      System.exit(2);
    }
    property(System.out);
  }

  /** Scores one owner's contact timeline with every registered scorer. */
  static void property(PrintStream out) {
    Journey owner = OwnerTimeline.owner();
    ScorerRegistry registry = ScorerRegistry.load();
    out.println("motkit demo: one property owner's contact timeline, 1..7 scale");
    for (int i = 0; i < owner.size(); i++) {
      out.printf(Locale.ROOT, "  %-15s %s  %.1f%n", owner.moment(i).touchpointId(), owner.moment(i).start(), owner.moment(i).value());
    }
    out.println();
    out.println("remembered experience by scorer:");
    for (ScorerProvider provider : registry.providers()) {
      JourneyScore score = provider.create(parametersFor(provider.id())).score(owner);
      out.printf(Locale.ROOT, "  %-18s %8.3f   %s%n", provider.id(), score.value(), provider.description());
    }
    out.println();
    out.println("peak-end explanation as JSON:");
    out.println(JourneyScoreJson.write(registry.create("peak-end").score(owner)));
  }

  /** The survey calibration each model-aware scorer needs for this journey. */
  static Map<String, String> parametersFor(String id) {
    switch (id) {
      case "kano":
        return Map.of(
            "categories",
            "move-in:O,fee-notice:M,payment:M,repair-request:O,repair-visit:O,complaint:M,follow-up-call:A,survey:I");
      case "servqual":
        return Map.of(
            "dimensions",
            "move-in:tangibles,fee-notice:reliability,payment:reliability,repair-request:responsiveness,"
                + "repair-visit:reliability,complaint:responsiveness,follow-up-call:empathy,survey:empathy");
      default:
        return Map.of();
    }
  }
}
