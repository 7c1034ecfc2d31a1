package io.motkit.scoring.servqual;

import static java.util.Objects.requireNonNull;

import io.motkit.core.Expectation;
import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.MomentContribution;
import io.motkit.core.Scale;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.MomentFold;
import io.motkit.core.scoring.MomentInput;
import io.motkit.core.scoring.ScorerParameters;
import io.motkit.core.scoring.ScoringException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The SERVQUAL gap model applied to a journey: each moment's touchpoint belongs to a dimension; its
 * gap is perceived minus expected; a dimension's gap is the mean over its moments; the journey
 * score is the unweighted or weighted mean of the dimension gaps. With a zone of tolerance the
 * moment's measure of service adequacy (MSA = perceived - adequate) and superiority (MSS =
 * perceived - desired) say whether it fell below adequate or rose above desired.
 *
 * <p>Parasuraman, Zeithaml and Berry (1988), "SERVQUAL: a multiple-item scale for measuring
 * consumer perceptions of service quality", <i>Journal of Retailing</i> 64(1), 12-40 (gaps and
 * dimensions); Parasuraman, Zeithaml and Berry (1994), <i>Journal of Retailing</i> 70(3), 201-230
 * (zone of tolerance, MSA and MSS). On a lower-is-better scale the differences are negated so that
 * a positive gap is always better than expected.
 */
final class ServqualJourneyScorer implements JourneyScorer {

  /** How dimension gaps are weighted. */
  enum Weighting {
    UNWEIGHTED,
    IMPORTANCE,
    POINTS
  }

  private final ScorerParameters parameters;
  private final Map<String, String> dimensions;
  private final Weighting weighting;
  private final Map<String, Double> points;

  ServqualJourneyScorer(
      ScorerParameters parameters,
      Map<String, String> dimensions,
      Weighting weighting,
      Map<String, Double> points) {
    this.parameters = parameters;
    this.dimensions = Map.copyOf(dimensions);
    this.weighting = weighting;
    this.points = Map.copyOf(points);
  }

  @Override
  public String id() {
    return ServqualJourneyScorerProvider.ID;
  }

  @Override
  public Map<String, String> parameters() {
    return parameters.asMap();
  }

  @Override
  public Optional<MomentFold> fold(Scale scale) {
    return Optional.of(new ServqualFold(scale, dimensions, weighting, points));
  }

  @Override
  public JourneyScore score(Journey journey) {
    if (journey.isEmpty()) {
      throw new ScoringException(
          journey.id(), "has no moments; a journey score needs at least one");
    }
    double sign = journey.scale().higherIsBetter() ? 1 : -1;
    Map<String, List<Integer>> byDimension = new LinkedHashMap<>();
    double[] gaps = new double[journey.size()];
    JourneyScore.Builder score =
        JourneyScore.builder()
            .journeyId(journey.id())
            .scorerId(id())
            .putAllParameters(parameters.asMap());
    Map<String, double[]> msa = new LinkedHashMap<>();
    Map<String, double[]> mss = new LinkedHashMap<>();
    Map<String, double[]> importance = new LinkedHashMap<>();
    for (int i = 0; i < gaps.length; i++) {
      String touchpoint = journey.moment(i).touchpointId();
      String dimension = dimensions.get(touchpoint);
      if (dimension == null) {
        throw new ScoringException(
            journey.id(),
            "moment "
                + i
                + ": touchpoint '"
                + touchpoint
                + "' has no SERVQUAL dimension;"
                + " touchpoints with a dimension are "
                + new TreeSet<>(dimensions.keySet()));
      }
      Expectation expectation = MomentInput.requireExpectation(journey, i);
      double perceived = journey.moment(i).value();
      gaps[i] = sign * (perceived - expectation.expected());
      byDimension.computeIfAbsent(dimension, d -> new ArrayList<>()).add(i);
      accumulate(importance, dimension, expectation.importance());
      if (expectation.adequate().isPresent()) {
        double adequacy = sign * (perceived - expectation.adequate().getAsDouble());
        accumulate(msa, dimension, adequacy);
        if (adequacy < 0) {
          score.putRole("below-adequate", i);
        }
      }
      if (expectation.desired().isPresent()) {
        double superiority = sign * (perceived - expectation.desired().getAsDouble());
        accumulate(mss, dimension, superiority);
        if (superiority > 0) {
          score.putRole("above-desired", i);
        }
      }
    }
    Map<String, Double> weights = weights(journey, byDimension, importance);
    double[] momentWeights = new double[gaps.length];
    double value = 0;
    for (Map.Entry<String, List<Integer>> dimension : byDimension.entrySet()) {
      String name = dimension.getKey();
      List<Integer> moments = dimension.getValue();
      double gap = 0;
      for (int i : moments) {
        gap += gaps[i];
      }
      gap /= moments.size();
      double weight = requireNonNull(weights.get(name));
      value += weight * gap;
      for (int i : moments) {
        momentWeights[i] = weight / moments.size();
      }
      score.putDetail("gap:" + name, gap);
      score.putDetail("weight:" + name, weight);
      if (msa.containsKey(name)) {
        score.putDetail("msa:" + name, msa.get(name)[0] / msa.get(name)[1]);
      }
      if (mss.containsKey(name)) {
        score.putDetail("mss:" + name, mss.get(name)[0] / mss.get(name)[1]);
      }
    }
    for (int i = 0; i < gaps.length; i++) {
      score.addContribution(
          MomentContribution.of(i, journey.moment(i).touchpointId(), gaps[i], momentWeights[i]));
    }
    return score.value(value).build();
  }

  private Map<String, Double> weights(
      Journey journey, Map<String, List<Integer>> byDimension, Map<String, double[]> importance) {
    Map<String, Double> raw = new LinkedHashMap<>();
    for (String dimension : byDimension.keySet()) {
      switch (weighting) {
        case UNWEIGHTED:
          raw.put(dimension, 1.0);
          break;
        case IMPORTANCE:
          double[] sums = requireNonNull(importance.get(dimension));
          raw.put(dimension, sums[0] / sums[1]);
          break;
        case POINTS:
          Double given = points.get(dimension);
          if (given == null) {
            throw new ScoringException(
                journey.id(),
                "dimension '"
                    + dimension
                    + "' has no importance points; dimensions with points are "
                    + new TreeSet<>(points.keySet()));
          }
          raw.put(dimension, given);
          break;
        default:
          throw new AssertionError(weighting);
      }
    }
    double total = raw.values().stream().mapToDouble(Double::doubleValue).sum();
    if (!(total > 0)) {
      throw new ScoringException(
          journey.id(),
          "the dimensions' weights sum to " + total + ", so they cannot be normalised");
    }
    Map<String, Double> normalised = new LinkedHashMap<>();
    raw.forEach((d, w) -> normalised.put(d, w / total));
    return normalised;
  }

  private static void accumulate(Map<String, double[]> sums, String key, double value) {
    double[] sum = sums.computeIfAbsent(key, k -> new double[2]);
    sum[0] += value;
    sum[1]++;
  }
}
