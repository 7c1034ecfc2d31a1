package io.motkit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.motkit.journey.analysis.MomentImpact;
import io.motkit.journey.analysis.MomentsOfTruthResult;
import io.motkit.journey.markov.MarkovModel;
import io.motkit.journey.markov.MarkovResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The moments of truth (with the Markov removal effects, when a model is given), as a report
 * section.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MomentsOfTruthSection {

  private MomentsOfTruthSection() {}

  /**
   * A table per touchpoint: the share of the journeys that visit it in which it is the peak and in
   * which it is the end, the lift of the mean remembered score if it were one point better, and its
   * removal effect under {@code markov}.
   *
   * @param result the moments-of-truth result (its whole population; the scorer from its
   *     provenance)
   * @param markovResult the Markov result of the same journeys
   * @return a table per touchpoint: the share of the journeys that visit it in which it is the peak
   *     and in which it is the end, the lift of the mean remembered score if it were one point
   *     better, and its removal effect under {@code markov}
   */
  public static List<ReportSection> of(
      MomentsOfTruthResult result, Optional<MarkovResult> markovResult) {
    List<MomentImpact> impacts = result.impacts();
    String scorer = result.provenance().settings().getOrDefault("scorer", "");
    Optional<MarkovModel> markov = markovResult.map(MarkovResult::model);
    List<String> header =
        new ArrayList<>(
            List.of(
                "touchpoint",
                "journeys visiting",
                "is the peak (% of those journeys)",
                "is the end (% of those journeys)",
                "lift if one point better"));
    markov.ifPresent(
        m -> header.add("removal effect on " + m.outcome() + " (% of P(" + m.outcome() + "))"));
    List<List<String>> rows = new ArrayList<>();
    for (MomentImpact impact : impacts) {
      List<String> row =
          new ArrayList<>(
              List.of(
                  impact.touchpoint(),
                  String.valueOf(impact.journeys()),
                  percent(impact.peakShare()),
                  percent(impact.endShare()),
                  String.format(Locale.ROOT, "%+.3f", impact.lift())));
      markov.ifPresent(
          m ->
              row.add(
                  m.touchpoints().contains(impact.touchpoint())
                      ? percent(m.removalEffect(impact.touchpoint()))
                      : "-"));
      rows.add(row);
    }
    String caption =
        "Per touchpoint, under "
            + scorer
            + ": in what share of the journeys that visit it one of its moments is the peak"
            + " or the end, and how much the mean remembered score would rise if every one of its moments were one scale"
            + " point better"
            + markov
                .map(
                    m ->
                        "; and the share of P("
                            + m.outcome()
                            + ") lost if it were removed (Markov removal effect)")
                .orElse("")
            + ".";
    return List.of(
        ReportSection.of(
            "Moments of truth",
            caption,
            (com.fasterxml.jackson.databind.node.ObjectNode) null,
            header,
            rows));
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
