package io.motkit.examples;

import io.motkit.core.Scale;
import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.EventLog;
import io.motkit.journey.simulation.JourneyModel;
import io.motkit.journey.simulation.JourneySimulator;
import io.motkit.report.HtmlReport;
import io.motkit.scoring.nps.NpsAnalysis;
import io.motkit.scoring.nps.NpsEstimate;
import io.motkit.scoring.nps.NpsResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A hotel stay: booking, check-in, the room, service requests, dining, checkout and the post-stay
 * survey, for a seeded population of guests. Each guest's likelihood to recommend (0-10) follows
 * their remembered stay (peak-end) with some noise, and the example reports the Net Promoter Score
 * with its adjusted-Wald interval next to the moments of truth of the stay.
 */
public final class HotelExample {

  /** The default number of guests. */
  public static final int GUESTS = 2000;

  /** The default seed. */
  public static final long SEED = 7L;

  private HotelExample() {}

  /**
   * The 0-10 recommendation of each guest: the remembered stay mapped onto 0-10, plus normal noise
   * of sd 1.2, rounded and clamped; seeded per guest.
   */
  static int[] recommendations(double[] remembered, Scale scale, long seed) {
    int[] scores = new int[remembered.length];
    for (int g = 0; g < scores.length; g++) {
      SplittableRandom random = new SplittableRandom(seed * 1_000_003L + g);
      double score = 10 * scale.normalize(remembered[g]) + 1.2 * random.nextGaussian();
      scores[g] = (int) Math.max(0, Math.min(10, Math.round(score)));
    }
    return scores;
  }

  /**
   * Runs the example for {@code guests} guests with {@code seed}, writing the report into {@code
   * reportDir}.
   */
  public static ExampleResult run(int guests, long seed, Optional<Path> reportDir) {
    ScorerRegistry registry = ScorerRegistry.load();
    JourneyScorer peakEnd = registry.create("peak-end");
    JourneyModel model = PropertyManagementExample.load("hotel-model.json");
    EventLog log = new JourneySimulator(model).eventLog(guests, seed);
    PopulationStudy study = new PopulationStudy(log, peakEnd, registry.create("mean"), "rebooked");
    int[] scores = recommendations(study.remembered, log.scale(), seed);
    List<NpsResponse> answers = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      answers.add(NpsResponse.of(log.journeyId(i), scores[i]));
    }
    NpsEstimate nps =
        NpsAnalysis.builder()
            .method(NpsAnalysis.Method.ADJUSTED_WALD)
            .build()
            .run(AnalysisInput.inMemory(answers, "recommendations", answers.size()))
            .overall();

    Map<String, Double> figures = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    figures.put("guests", (double) log.journeyCount());
    figures.put("NPS", nps.nps());
    figures.put("NPS interval low", nps.interval().low());
    figures.put("NPS interval high", nps.interval().high());
    figures.put("promoters", (double) nps.promoters());
    figures.put("detractors", (double) nps.detractors());
    figures.put("mean remembered stay (peak-end)", PopulationStudy.mean(study.remembered));
    figures.put("mean of all moments", PopulationStudy.mean(study.plainMean));
    figures.put("rebooked", PopulationStudy.rate(log, "rebooked"));
    labels.put("worst touchpoint (pain)", study.worstTouchpoint());
    labels.put("largest lift if one point better", study.impacts.get(0).touchpoint());
    labels.put("top driver of rebooking", study.drivers.drivers().get(0).touchpoint());

    Optional<Path> report = reportDir.map(dir -> dir.resolve("hotel-report.html"));
    if (report.isPresent()) {
      HtmlReport.Builder html = HtmlReport.builder("Moments of truth of a hotel stay");
      html.headline(
          "NPS (adjusted-Wald 95 %)",
          String.format(
              java.util.Locale.ROOT,
              "%.1f [%.1f, %.1f]",
              nps.nps(),
              nps.interval().low(),
              nps.interval().high()));
      html.headline("guests", String.valueOf(guests));
      html.headline("rebooked", PopulationStudy.percent(figures.get("rebooked")));
      labels.forEach(html::headline);
      study.addTo(html, peakEnd);
      html.build().write(report.get());
    }
    return new ExampleResult("Moments of truth of a hotel stay", figures, labels, report);
  }

  /**
   * Runs the example and prints its headlines.
   *
   * @param args the report folder, {@code target} unless given
   */
  public static void main(String[] args) {
    Demo.print(
        run(GUESTS, SEED, Optional.of(Path.of(args.length > 0 ? args[0] : "target"))), System.out);
  }
}
