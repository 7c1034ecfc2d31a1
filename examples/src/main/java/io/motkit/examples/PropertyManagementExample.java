package io.motkit.examples;

import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.EventLog;
import io.motkit.journey.simulation.JourneyModel;
import io.motkit.journey.simulation.JourneySimulator;
import io.motkit.report.HtmlReport;
import io.motkit.scoring.kano.KanoAnalysis;
import io.motkit.scoring.kano.KanoAnswer;
import io.motkit.scoring.kano.KanoCategory;
import io.motkit.scoring.kano.KanoJourneyScorerProvider;
import io.motkit.scoring.kano.KanoResponse;
import io.motkit.scoring.kano.KanoResult;
import io.motkit.scoring.servqual.ServqualJourneyScorerProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Moments of truth in property management: the owner contact timeline (move-in, fee notice by SMS
 * or phone, payment, objection handling, repair request and visit, complaint, follow-up call,
 * satisfaction survey) of a seeded population of owners, with expectations and a zone of tolerance
 * per touchpoint, Kano categories from a seeded Kano survey, and SERVQUAL dimensions. It answers
 * what a property manager asks: how owners remember the year (peak-end against the plain mean),
 * where the pain and delight points are, which contacts are the moments of truth for paying the
 * fee, and what fixing the worst touchpoint would change.
 */
public final class PropertyManagementExample {

  /** The default population and seed. */
  public static final int OWNERS = 3000;

  /** The default seed. */
  public static final long SEED = 20251123L;

  /**
   * The Kano category a property manager would assign each contact; the seeded survey is drawn
   * around them.
   */
  static final Map<String, KanoCategory> TRUE_CATEGORIES = orderedCategories();

  /** The SERVQUAL dimension of each contact. */
  static final Map<String, String> DIMENSIONS =
      Map.of(
          "move-in", "tangibles",
          "fee-notice-sms", "reliability",
          "fee-notice-call", "empathy",
          "payment", "reliability",
          "objection-handling", "assurance",
          "repair-request", "responsiveness",
          "repair-visit", "reliability",
          "complaint", "responsiveness",
          "follow-up-call", "empathy",
          "satisfaction-survey", "assurance");

  private PropertyManagementExample() {}

  private static Map<String, KanoCategory> orderedCategories() {
    Map<String, KanoCategory> c = new LinkedHashMap<>();
    c.put("move-in", KanoCategory.ONE_DIMENSIONAL);
    c.put("fee-notice-sms", KanoCategory.MUST_BE);
    c.put("fee-notice-call", KanoCategory.ATTRACTIVE);
    c.put("payment", KanoCategory.MUST_BE);
    c.put("objection-handling", KanoCategory.ONE_DIMENSIONAL);
    c.put("repair-request", KanoCategory.MUST_BE);
    c.put("repair-visit", KanoCategory.ONE_DIMENSIONAL);
    c.put("complaint", KanoCategory.MUST_BE);
    c.put("follow-up-call", KanoCategory.ATTRACTIVE);
    c.put("satisfaction-survey", KanoCategory.INDIFFERENT);
    return c;
  }

  /** The owner journey model, from this example's resources. */
  public static JourneyModel model() {
    return load("property-model.json");
  }

  static JourneyModel load(String resource) {
    try (InputStream in = PropertyManagementExample.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing example resource " + resource);
      }
      return JourneyModel.fromJson(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A seeded Kano survey of {@code respondents} owners: each answers like their contact's true
   * category with probability 0.65 and at random otherwise.
   */
  static List<KanoResponse> kanoSurvey(int respondents, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    KanoAnswer[] answers = KanoAnswer.values();
    List<KanoResponse> responses = new ArrayList<>();
    for (int r = 0; r < respondents; r++) {
      for (Map.Entry<String, KanoCategory> feature : TRUE_CATEGORIES.entrySet()) {
        KanoAnswer functional;
        KanoAnswer dysfunctional;
        if (random.nextDouble() < 0.65) {
          KanoAnswer[] pair = typical(feature.getValue());
          functional = pair[0];
          dysfunctional = pair[1];
        } else {
          functional = answers[random.nextInt(answers.length)];
          dysfunctional = answers[random.nextInt(answers.length)];
        }
        responses.add(
            KanoResponse.of(
                String.format("owner-%04d", r), feature.getKey(), functional, dysfunctional));
      }
    }
    return responses;
  }

  private static KanoAnswer[] typical(KanoCategory category) {
    switch (category) {
      case ATTRACTIVE:
        return new KanoAnswer[] {KanoAnswer.LIKE, KanoAnswer.NEUTRAL};
      case ONE_DIMENSIONAL:
        return new KanoAnswer[] {KanoAnswer.LIKE, KanoAnswer.DISLIKE};
      case MUST_BE:
        return new KanoAnswer[] {KanoAnswer.MUST_BE, KanoAnswer.DISLIKE};
      default:
        return new KanoAnswer[] {KanoAnswer.NEUTRAL, KanoAnswer.LIVE_WITH};
    }
  }

  /**
   * Runs the example: simulates {@code owners} owners with {@code seed}, analyses them, and writes
   * the HTML report into {@code reportDir} when given.
   */
  public static ExampleResult run(int owners, long seed, Optional<Path> reportDir) {
    ScorerRegistry registry = ScorerRegistry.load();
    JourneyScorer peakEnd = registry.create("peak-end");
    JourneyScorer mean = registry.create("mean");
    JourneyModel model = model();
    EventLog log = new JourneySimulator(model).eventLog(owners, seed);
    PopulationStudy study = new PopulationStudy(log, peakEnd, mean, "paid");

    List<KanoResponse> survey = kanoSurvey(400, seed);
    KanoResult kano =
        KanoAnalysis.defaults().run(AnalysisInput.inMemory(survey, "kano survey", survey.size()));
    JourneyScorer kanoScorer =
        KanoJourneyScorerProvider.forCategories(kano.categories(), "peak-end");
    JourneyScorer servqual = ServqualJourneyScorerProvider.forDimensions(DIMENSIONS);

    String worst = study.worstTouchpoint();
    EventLog fixed = new JourneySimulator(model.withMeanShifted(worst, 1.0)).eventLog(owners, seed);

    Map<String, Double> figures = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    figures.put("owners", (double) log.journeyCount());
    figures.put("contacts", (double) log.eventCount());
    figures.put("mean remembered experience (peak-end)", PopulationStudy.mean(study.remembered));
    figures.put("mean of all moments", PopulationStudy.mean(study.plainMean));
    figures.put("mean Kano-shaped satisfaction", PopulationStudy.mean(log.score(kanoScorer)));
    figures.put("mean SERVQUAL gap", PopulationStudy.mean(log.score(servqual)));
    figures.put("fee paid", PopulationStudy.rate(log, "paid"));
    figures.put(
        "pain share of the worst touchpoint", study.painPoints.get(0).painShare().orElse(0));
    figures.put(
        "fee paid if the worst touchpoint were one point better",
        PopulationStudy.rate(fixed, "paid"));
    figures.put("mean remembered experience if fixed", PopulationStudy.mean(fixed.score(peakEnd)));
    figures.put("success probability (Markov)", study.markov.successProbability());
    labels.put("worst touchpoint (pain)", worst);
    labels.put("most delightful touchpoint", study.mostDelightful());
    labels.put("largest lift if one point better", study.impacts.get(0).touchpoint());
    labels.put("top driver of payment", study.drivers.drivers().get(0).touchpoint());
    labels.put("largest Markov removal effect", study.strongestRemovalEffect());
    labels.put("Kano category of repair-visit", kano.categories().get("repair-visit").label());

    Optional<Path> report = reportDir.map(dir -> dir.resolve("property-report.html"));
    if (report.isPresent()) {
      HtmlReport.Builder html = HtmlReport.builder("Moments of truth in property management");
      figures.forEach(
          (k, v) ->
              html.headline(
                  k,
                  k.startsWith("fee paid") || k.startsWith("pain") || k.startsWith("success")
                      ? PopulationStudy.percent(v)
                      : k.equals("owners") || k.equals("contacts")
                          ? String.valueOf(v.longValue())
                          : PopulationStudy.number(v)));
      labels.forEach(html::headline);
      study.addTo(html, peakEnd);
      html.kano(kano);
      html.build().write(report.get());
    }
    return new ExampleResult("Moments of truth in property management", figures, labels, report);
  }

  /**
   * Runs the example and prints its headlines; the first argument is the folder for the report
   * ({@code target} unless given).
   *
   * @param args the report folder
   */
  public static void main(String[] args) {
    Demo.print(
        run(OWNERS, SEED, Optional.of(Path.of(args.length > 0 ? args[0] : "target"))), System.out);
  }
}
