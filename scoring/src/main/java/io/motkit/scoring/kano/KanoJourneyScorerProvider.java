package io.motkit.scoring.kano;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.scoring.DeclaredScorerProvider;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ParameterSpec;
import io.motkit.core.scoring.ScorerParameters;
import io.motkit.scoring.baseline.MeanScorerProvider;
import io.motkit.scoring.peakend.PeakEndScorerProvider;
import io.motkit.scoring.recency.RecencyScorerProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Provides the Kano journey scorer under the id {@code kano}: each moment's performance against
 * expectation shaped by its touchpoint's Kano category (Kano et al. 1984; piecewise-linear form of
 * Matzler et al. 2004, see {@link KanoSatisfaction}), then aggregated by a sequence rule.
 *
 * <p>Parameters: {@code categories} (required: {@code touchpoint:category} pairs such as {@code
 * fee-notice:M,repair-visit:O}, as the Kano survey analysis produces them) and {@code rule} (mean,
 * peak-end or recency, each with its default parameters). Every moment needs an expectation.
 */
@API(status = STABLE, since = "0.1")
public final class KanoJourneyScorerProvider extends DeclaredScorerProvider {

  /** The scorer id. */
  public static final String ID = "kano";

  private static final List<ParameterSpec> PARAMETERS =
      List.of(
          ParameterSpec.requiredPairs(
              "categories",
              "Kano category per touchpoint, as touchpoint:category pairs separated by commas"
                  + " (A, O, M, I or R), e.g. fee-notice:M,repair-visit:O"),
          ParameterSpec.choice(
              "rule",
              "how the shaped satisfactions are aggregated: mean, peak-end or recency",
              "mean",
              "mean",
              "peak-end",
              "recency"));

  /** A provider; the ServiceLoader calls this. */
  public KanoJourneyScorerProvider() {
    super(
        ID,
        "Kano-shaped satisfaction per moment (must-be only penalises, attractive only rewards),"
            + " aggregated by mean, peak-end or recency",
        "Kano, Seraku, Takahashi & Tsuji (1984), J. Japanese Society for Quality Control 14(2);"
            + " Matzler et al. (2004), Industrial Marketing Management 33(4)",
        PARAMETERS);
  }

  /**
   * A Kano journey scorer for these categories, aggregating with {@code rule}.
   *
   * @param categories the Kano category of each touchpoint id
   * @param rule mean, peak-end or recency
   * @return a scorer whose provenance lists the categories
   * @throws io.motkit.core.scoring.ScorerParameterException if the rule is unknown or a touchpoint
   *     id contains a comma or colon
   */
  public static JourneyScorer forCategories(Map<String, KanoCategory> categories, String rule) {
    for (String touchpoint : categories.keySet()) {
      if (touchpoint.contains(",") || touchpoint.contains(":")) {
        throw new io.motkit.core.scoring.ScorerParameterException(
            ID, "categories", "touchpoint id '" + touchpoint + "' contains a comma or colon");
      }
    }
    String text =
        categories.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey() + ":" + e.getValue().letter())
            .collect(Collectors.joining(","));
    return new KanoJourneyScorerProvider().create(Map.of("categories", text, "rule", rule));
  }

  @Override
  protected JourneyScorer create(ScorerParameters p) {
    Map<String, KanoCategory> categories = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : p.getMap("categories").entrySet()) {
      try {
        categories.put(e.getKey(), KanoCategory.parse(e.getValue()));
      } catch (IllegalArgumentException bad) {
        throw p.error("categories", "touchpoint '" + e.getKey() + "': " + bad.getMessage());
      }
    }
    if (categories.isEmpty()) {
      throw p.error("categories", "no touchpoint has a category");
    }
    JourneyScorer rule;
    switch (p.get("rule")) {
      case "peak-end":
        rule = new PeakEndScorerProvider().create(Map.of());
        break;
      case "recency":
        rule = new RecencyScorerProvider().create(Map.of());
        break;
      default:
        rule = new MeanScorerProvider().create(Map.of());
    }
    return new KanoJourneyScorer(p, categories, rule);
  }
}
