package io.motkit.examples;

import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.journey.EventLog;
import io.motkit.journey.analysis.KeyDriverAnalysis;
import io.motkit.journey.analysis.KeyDriverModel;
import io.motkit.journey.analysis.KeyDriverResult;
import io.motkit.journey.analysis.MomentImpact;
import io.motkit.journey.analysis.MomentsOfTruthAnalysis;
import io.motkit.journey.analysis.MomentsOfTruthResult;
import io.motkit.journey.analysis.PainPointAnalysis;
import io.motkit.journey.analysis.PainPointResult;
import io.motkit.journey.analysis.TouchpointExperience;
import io.motkit.journey.map.JourneyMap;
import io.motkit.journey.map.JourneyMapAnalysis;
import io.motkit.journey.map.JourneyMapResult;
import io.motkit.journey.markov.MarkovAnalysis;
import io.motkit.journey.markov.MarkovModel;
import io.motkit.journey.markov.MarkovResult;
import io.motkit.journey.markov.MarkovSettings;
import io.motkit.report.HtmlReport;
import io.motkit.report.MomentsOfTruthSection;
import java.util.List;
import java.util.Locale;

/**
 * The analyses every example runs on its population: remembered experience, pain and delight
 * points, moments of truth, key drivers and the Markov model of the outcome, and the journey map.
 */
final class PopulationStudy {

  final EventLog log;
  final String outcome;
  final double[] remembered;
  final double[] plainMean;
  final List<TouchpointExperience> painPoints;
  final List<MomentImpact> impacts;
  final KeyDriverModel drivers;
  final MarkovModel markov;
  final JourneyMap map;
  private final PainPointResult painPointResult;
  private final MomentsOfTruthResult momentsResult;
  private final KeyDriverResult driverResult;
  private final MarkovResult markovResult;
  private final JourneyMapResult mapResult;

  PopulationStudy(EventLog log, JourneyScorer peakEnd, JourneyScorer mean, String outcome) {
    this.log = log;
    this.outcome = outcome;
    this.remembered = log.score(peakEnd);
    this.plainMean = log.score(mean);
    AnalysisInput<EventLog> input = AnalysisInput.inMemory(log, "simulated", log.eventCount());
    this.painPointResult = PainPointAnalysis.defaults().run(input);
    this.momentsResult = MomentsOfTruthAnalysis.of(peakEnd).run(input);
    this.driverResult = KeyDriverAnalysis.of(outcome).run(input);
    this.markovResult = MarkovAnalysis.of(MarkovSettings.ofOutcome(outcome)).run(input);
    this.mapResult = JourneyMapAnalysis.builder().scorer(peakEnd).topVariants(8).build().run(input);
    this.painPoints = painPointResult.touchpoints();
    this.impacts = momentsResult.impacts();
    this.drivers = driverResult.model();
    this.markov = markovResult.model();
    this.map = mapResult.map();
  }

  static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /** The share of journeys whose outcome is 1. */
  static double rate(EventLog log, String outcome) {
    return mean(log.requireOutcome(outcome));
  }

  String worstTouchpoint() {
    return painPoints.get(0).touchpoint();
  }

  String mostDelightful() {
    return painPoints.stream()
        .max(
            java.util.Comparator.comparingDouble(
                (TouchpointExperience p) -> p.delightShare().orElse(0)))
        .orElseThrow()
        .touchpoint();
  }

  String strongestRemovalEffect() {
    return markov.removalEffects().keySet().iterator().next();
  }

  /** The journey with the most moments that visits {@code touchpoint}: a telling emotion curve. */
  int telling(String touchpoint) {
    int best = 0;
    int code = log.touchpointCode(touchpoint).orElse(-1);
    for (int j = 0; j < log.journeyCount(); j++) {
      boolean visits = false;
      for (int e = log.firstEvent(j); e < log.endEvent(j); e++) {
        visits |= log.touchpointCode(e) == code;
      }
      if (visits && log.size(j) > log.size(best)) {
        best = j;
      }
    }
    return best;
  }

  void addTo(HtmlReport.Builder report, JourneyScorer peakEnd) {
    int featured = telling(worstTouchpoint());
    report.emotionCurve(log.journey(featured), peakEnd.score(log.journey(featured)));
    report.painPoints(painPointResult);
    report.drivers(driverResult);
    report.journeyMap(mapResult, log.scale(), HtmlReport.DEFAULT_MIN_SHARE);
    report.sections(MomentsOfTruthSection.of(momentsResult, java.util.Optional.of(markovResult)));
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  static String number(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
