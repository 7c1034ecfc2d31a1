package io.motkit.scoring.kano;

import io.motkit.core.Expectation;
import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.Scale;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.MomentFold;
import io.motkit.core.scoring.MomentInput;
import io.motkit.core.scoring.ScorerParameters;
import io.motkit.core.scoring.ScoringException;
import java.util.Map;
import java.util.Optional;

/**
 * Scores a journey by Kano-shaped satisfaction: each moment's performance relative to its
 * expectation goes through its touchpoint's category function ({@link KanoSatisfaction}: must-be
 * only penalises, attractive only rewards, one-dimensional is linear), giving a satisfaction in
 * [-1, 1], and a sequence rule (mean, peak-end or recency) aggregates those.
 *
 * <p>Kano, Seraku, Takahashi and Tsuji (1984), "Attractive quality and must-be quality", <i>Journal
 * of the Japanese Society for Quality Control</i> 14(2), 39-48, for the categories; the functional
 * form is documented on {@link KanoSatisfaction}. The score lies in [-1, 1] with the rule's
 * explanation; the detail {@code performance:i} gives moment i's performance before shaping.
 */
final class KanoJourneyScorer implements JourneyScorer {

  private static final Scale SATISFACTION = Scale.of(-1, 1, 0, true);

  private final ScorerParameters parameters;
  private final Map<String, KanoCategory> categories;
  private final JourneyScorer rule;

  KanoJourneyScorer(
      ScorerParameters parameters, Map<String, KanoCategory> categories, JourneyScorer rule) {
    this.parameters = parameters;
    this.categories = Map.copyOf(categories);
    this.rule = rule;
  }

  @Override
  public String id() {
    return KanoJourneyScorerProvider.ID;
  }

  @Override
  public Map<String, String> parameters() {
    return parameters.asMap();
  }

  @Override
  public Optional<MomentFold> fold(Scale scale) {
    return rule.fold(SATISFACTION).map(ruleFold -> new KanoFold(scale, categories, ruleFold));
  }

  @Override
  public JourneyScore score(Journey journey) {
    if (journey.isEmpty()) {
      throw new ScoringException(
          journey.id(), "has no moments; a journey score needs at least one");
    }
    Scale scale = journey.scale();
    double[] satisfaction = new double[journey.size()];
    double[] performance = new double[journey.size()];
    for (int i = 0; i < satisfaction.length; i++) {
      String touchpoint = journey.moment(i).touchpointId();
      KanoCategory category = categories.get(touchpoint);
      if (category == null) {
        throw new ScoringException(
            journey.id(),
            "moment "
                + i
                + ": touchpoint '"
                + touchpoint
                + "' has no Kano category; categorised"
                + " touchpoints are "
                + new java.util.TreeSet<>(categories.keySet()));
      }
      if (category == KanoCategory.QUESTIONABLE) {
        throw new ScoringException(
            journey.id(),
            "moment "
                + i
                + ": touchpoint '"
                + touchpoint
                + "' is questionable (Q), which has no"
                + " satisfaction function; resolve the survey or give it another category");
      }
      Expectation expectation = MomentInput.requireExpectation(journey, i);
      double gap = (journey.moment(i).value() - expectation.expected()) / scale.range();
      performance[i] = scale.higherIsBetter() ? gap : -gap;
      satisfaction[i] = KanoSatisfaction.of(category, performance[i]);
    }
    JourneyScore shaped = rule.score(journey.revalued(SATISFACTION, satisfaction));
    JourneyScore.Builder score =
        JourneyScore.builder()
            .journeyId(journey.id())
            .scorerId(id())
            .putAllParameters(parameters.asMap())
            .value(shaped.value())
            .addAllContributions(shaped.contributions())
            .putAllRoles(shaped.roles())
            .putAllDetails(shaped.details());
    for (int i = 0; i < performance.length; i++) {
      score.putDetail("performance:" + i, performance[i]);
    }
    return score.build();
  }
}
