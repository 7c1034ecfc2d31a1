package io.motkit.examples;

import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.EventLog;
import io.motkit.journey.simulation.JourneyModel;
import io.motkit.journey.simulation.JourneySimulator;
import io.motkit.report.HtmlReport;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A retail journey: awareness, store visit, staff help, the checkout queue, online order, delivery
 * and returns, for a seeded population of shoppers on a 1-5 scale. The question is which contact
 * decides whether shoppers come back: the Markov removal effects on repurchase, the journey map,
 * and the checkout queue as a pain point.
 */
public final class RetailExample {

  /** The default number of shoppers. */
  public static final int SHOPPERS = 5000;

  /** The default seed. */
  public static final long SEED = 11L;

  private RetailExample() {}

  /**
   * Runs the example for {@code shoppers} shoppers with {@code seed}, writing the report into
   * {@code reportDir}.
   */
  public static ExampleResult run(int shoppers, long seed, Optional<Path> reportDir) {
    ScorerRegistry registry = ScorerRegistry.load();
    JourneyScorer peakEnd = registry.create("peak-end");
    JourneyModel model = PropertyManagementExample.load("retail-model.json");
    EventLog log = new JourneySimulator(model).eventLog(shoppers, seed);
    PopulationStudy study =
        new PopulationStudy(log, peakEnd, registry.create("mean"), "repurchase");
    EventLog shorterQueue =
        new JourneySimulator(model.withMeanShifted("checkout-queue", 1.0)).eventLog(shoppers, seed);

    Map<String, Double> figures = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    figures.put("shoppers", (double) log.journeyCount());
    figures.put("repurchase", PopulationStudy.rate(log, "repurchase"));
    figures.put(
        "repurchase with a better checkout queue",
        PopulationStudy.rate(shorterQueue, "repurchase"));
    figures.put("success probability (Markov)", study.markov.successProbability());
    figures.put(
        "removal effect of the checkout queue", study.markov.removalEffect("checkout-queue"));
    figures.put("mean remembered experience (peak-end)", PopulationStudy.mean(study.remembered));
    figures.put("distinct paths", (double) study.map.variantCount());
    labels.put("worst touchpoint (pain)", study.worstTouchpoint());
    labels.put("largest Markov removal effect", study.strongestRemovalEffect());
    labels.put("most common path", String.join(" > ", study.map.variants().get(0).path()));

    Optional<Path> report = reportDir.map(dir -> dir.resolve("retail-report.html"));
    if (report.isPresent()) {
      HtmlReport.Builder html = HtmlReport.builder("Moments of truth in retail");
      html.headline("shoppers", String.valueOf(shoppers));
      html.headline("repurchase", PopulationStudy.percent(figures.get("repurchase")));
      html.headline(
          "with a better checkout queue",
          PopulationStudy.percent(figures.get("repurchase with a better checkout queue")));
      labels.forEach(html::headline);
      study.addTo(html, peakEnd);
      html.build().write(report.get());
    }
    return new ExampleResult("Moments of truth in retail", figures, labels, report);
  }

  /**
   * Runs the example and prints its headlines.
   *
   * @param args the report folder, {@code target} unless given
   */
  public static void main(String[] args) {
    Demo.print(
        run(SHOPPERS, SEED, Optional.of(Path.of(args.length > 0 ? args[0] : "target"))),
        System.out);
  }
}
