package io.motkit.scoring.servqual;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.Scale;
import io.motkit.core.analysis.Analysis;
import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.analysis.Provenance;
import io.motkit.scoring.SampleMean;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The SERVQUAL survey analysis (Parasuraman, Zeithaml and Berry 1988, revised 1991; zone of
 * tolerance 1994; SERVPERF of Cronin and Taylor 1992; Cronbach's alpha, Cronbach 1951), over a
 * configurable {@link ServqualInstrument} and answer {@link Scale}. The conventions of each figure
 * are stated on {@link ServqualItemResult}, {@link ServqualDimensionResult} and {@link
 * ServqualResult}. Immutable configuration; {@link #run} is thread-safe.
 *
 * <p>Reverse-scored items are turned around before anything is computed: x becomes min + max - x
 * for E and P, and the adequate and desired levels are turned around and swapped, so that the zone
 * of tolerance keeps adequate &lt;= desired.
 *
 * <p>Direction: a gap is positive when service is better than expected. On the published
 * higher-is-better scale that is P - E; on a lower-is-better scale (an instrument that asks for
 * effort or delay) every gap, MSA and MSS is negated, the same rule as the {@code servqual} journey
 * scorer. SERVPERF, the mean perception, stays on the answer scale.
 *
 * <p>Weighted score per segment: when a respondent's rows fall in several segments, a segment's
 * weighted score uses, for each respondent, only the dimensions they answered in that segment, with
 * their importance points renormalised over those dimensions (a respondent with no points left in a
 * segment is not part of its weighted score). Over the whole sample a dimension with points but no
 * answers is an error.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class ServqualAnalysis implements Analysis<ServqualSurvey, ServqualResult> {

  ServqualAnalysis() {}

  /**
   * The questionnaire; the standard 22 items unless set.
   *
   * @return the questionnaire; the standard 22 items unless set
   */
  @Value.Default
  public ServqualInstrument instrument() {
    return ServqualInstrument.standard22();
  }

  /**
   * The answer scale; 1..7 unless set.
   *
   * @return the answer scale; 1..7 unless set
   */
  @Value.Default
  public Scale scale() {
    return Scale.likert7();
  }

  /**
   * The level of the confidence intervals; 0.95 unless set.
   *
   * @return the level of the confidence intervals; 0.95 unless set
   */
  @Value.Default
  public double confidenceLevel() {
    return 0.95;
  }

  /**
   * The standard analysis: 22 items on 1..7, 95 % intervals.
   *
   * @return the standard analysis: 22 items on 1..7, 95 % intervals
   */
  public static ServqualAnalysis defaults() {
    return builder().build();
  }

  /**
   * A builder for the settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServqualAnalysis}. */
  public static final class Builder extends ImmutableServqualAnalysis.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    checkArgument(
        confidenceLevel() > 0 && confidenceLevel() < 1,
        "confidence level must be strictly between 0 and 1, found %s",
        confidenceLevel());
  }

  /** {@code servqual}. */
  @Override
  public final String name() {
    return "servqual";
  }

  @Override
  public final Map<String, String> settingsText() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put(
        "instrument",
        instrument().equals(ServqualInstrument.standard22())
            ? "standard-22"
            : instrument().items().size()
                + " items in "
                + instrument().dimensions().size()
                + " dimensions");
    settings.put("scale", scale().toString());
    settings.put("confidence", Double.toString(confidenceLevel()));
    return settings;
  }

  /**
   * Analyses the answers and, if any are given, the importance points; overall and per segment.
   *
   * @throws IllegalArgumentException naming the respondent, item and value if an item is not in the
   *     instrument, a value is off the scale, a respondent answered an item twice, there are no
   *     responses, or importance points are given but a respondent has none, names an unknown
   *     dimension, or allocates points to a dimension they answered no item of
   */
  @Override
  public final ServqualResult run(AnalysisInput<ServqualSurvey> input) {
    List<ServqualResponse> responses = input.data().responses();
    List<ServqualImportance> importance = input.data().importance();
    checkArgument(!responses.isEmpty(), "there are no SERVQUAL responses to analyse");
    List<ServqualResponse> scored = new ArrayList<>();
    List<ServqualItem> items = instrument().items();
    Map<String, Integer> itemIndex = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      itemIndex.put(items.get(i).id(), i);
    }
    // The items each respondent answered, as bits over the instrument's items.
    Map<String, BitSet> answeredItems = new HashMap<>();
    for (ServqualResponse r : responses) {
      Integer i = itemIndex.get(r.item());
      if (i == null) {
        throw new IllegalArgumentException(
            "respondent '"
                + r.respondent()
                + "': item '"
                + r.item()
                + "' is not in the instrument");
      }
      BitSet answered = answeredItems.computeIfAbsent(r.respondent(), k -> new BitSet());
      if (answered.get(i)) {
        throw new IllegalArgumentException(
            "respondent '" + r.respondent() + "' answered item '" + r.item() + "' twice");
      }
      answered.set(i);
      requireOnScale(r, "expectation", r.expectation());
      requireOnScale(r, "perception", r.perception());
      if (r.adequate().isPresent()) {
        requireOnScale(r, "adequate", r.adequate().getAsDouble());
      }
      if (r.desired().isPresent()) {
        requireOnScale(r, "desired", r.desired().getAsDouble());
      }
      scored.add(items.get(i).reverse() ? reversed(r) : r);
    }
    Map<String, Map<String, Double>> points = allocations(importance);
    return report(scored, points, Provenance.of(name(), settingsText(), input.sources()), true);
  }

  private void requireOnScale(ServqualResponse r, String field, double value) {
    // Not a precondition call: its message arguments would be boxed for every answer.
    if (!scale().contains(value)) {
      throw new IllegalArgumentException(
          "respondent '"
              + r.respondent()
              + "', item '"
              + r.item()
              + "': "
              + field
              + " "
              + value
              + " is outside the scale "
              + scale());
    }
  }

  private ServqualResponse reversed(ServqualResponse r) {
    double turn = scale().min() + scale().max();
    ServqualResponse.Builder b =
        ServqualResponse.builder()
            .respondent(r.respondent())
            .item(r.item())
            .expectation(turn - r.expectation())
            .perception(turn - r.perception());
    r.segment().ifPresent(b::segment);
    if (r.adequate().isPresent()) {
      b.adequate(turn - r.desired().getAsDouble()).desired(turn - r.adequate().getAsDouble());
    }
    return b.build();
  }

  private Map<String, Map<String, Double>> allocations(List<ServqualImportance> importance) {
    Map<String, Map<String, Double>> points = new LinkedHashMap<>();
    for (ServqualImportance p : importance) {
      checkArgument(
          instrument().dimensions().contains(p.dimension()),
          "respondent '%s': importance dimension '%s' is not in the instrument; its dimensions are %s",
          p.respondent(),
          p.dimension(),
          instrument().dimensions());
      Double previous =
          points
              .computeIfAbsent(p.respondent(), k -> new LinkedHashMap<>())
              .put(p.dimension(), p.points());
      checkArgument(
          previous == null,
          "respondent '%s' gave importance points to '%s' twice",
          p.respondent(),
          p.dimension());
    }
    points.forEach(
        (respondent, byDimension) ->
            checkArgument(
                byDimension.values().stream().mapToDouble(Double::doubleValue).sum() > 0,
                "respondent '%s' allocated no importance points",
                respondent));
    return points;
  }

  private ServqualResult report(
      List<ServqualResponse> responses,
      Map<String, Map<String, Double>> points,
      Provenance provenance,
      boolean withSegments) {
    List<ServqualItem> items = instrument().items();
    ServqualAnswers answers = ServqualAnswers.of(responses, items);
    Map<String, Integer> itemIndex = answers.itemIndex;
    List<String> respondents = answers.respondents;
    List<ServqualResponse[]> matrix = answers.matrix;
    int count = respondents.size();
    ImmutableServqualResult.Builder report =
        ImmutableServqualResult.builder().provenance(provenance).respondents(count);
    // +1 where higher answers are better; gaps, MSA and MSS are turned around otherwise.
    double direction = scale().higherIsBetter() ? 1 : -1;

    for (int i = 0; i < items.size(); i++) {
      List<ServqualResponse> itemAnswers = new ArrayList<>();
      for (ServqualResponse[] answered : matrix) {
        if (answered[i] != null) {
          itemAnswers.add(answered[i]);
        }
      }
      if (!itemAnswers.isEmpty()) {
        report.addItems(itemResult(items.get(i), itemAnswers, direction));
      }
    }

    List<String> dimensions = instrument().dimensions();
    double[][] gapOf = new double[count][dimensions.size()];
    int[] firstDimension = new int[count];
    java.util.Arrays.fill(firstDimension, -1);
    List<Double> dimensionGaps = new ArrayList<>();
    for (int d = 0; d < dimensions.size(); d++) {
      ServqualDimensionResult result =
          dimension(d, answers, itemIndex, direction, gapOf, firstDimension);
      if (result != null) {
        dimensionGaps.add(result.gap());
        report.addDimensions(result);
      }
    }
    report.unweighted(
        dimensionGaps.stream().mapToDouble(Double::doubleValue).average().orElseThrow());

    report.servperf(answers.servperf());

    if (!points.isEmpty()) {
      weighted(respondents, gapOf, firstDimension, dimensions, points, !withSegments)
          .ifPresent(report::weighted);
    }
    if (withSegments) {
      Map<String, List<ServqualResponse>> bySegment = new TreeMap<>();
      for (ServqualResponse r : responses) {
        r.segment().ifPresent(s -> bySegment.computeIfAbsent(s, k -> new ArrayList<>()).add(r));
      }
      bySegment.forEach(
          (segment, rs) ->
              report.putSegment(segment, report(rs, restrict(points, rs), provenance, false)));
    }
    return report.build();
  }

  /**
   * Dimension {@code d}: per respondent who answered an item of it, the mean expectation and
   * perception over those items (so every respondent counts once), their gap, MSA and MSS, and
   * Cronbach's alpha over the respondents who answered all its items; null when nobody did. Fills
   * in each respondent's gap on it and the first dimension each answered.
   */
  private @Nullable ServqualDimensionResult dimension(
      int d,
      ServqualAnswers answers,
      Map<String, Integer> itemIndex,
      double direction,
      double[][] gapOf,
      int[] firstDimension) {
    List<String> dimensions = instrument().dimensions();
    List<ServqualResponse[]> matrix = answers.matrix;
    int count = answers.respondents.size();
    String dimension = dimensions.get(d);
    List<ServqualItem> dimensionItems = instrument().itemsOf(dimension);
    int[] columns = new int[dimensionItems.size()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = requireNonNull(itemIndex.get(dimensionItems.get(i).id()));
    }
    List<double[]> perRespondent = new ArrayList<>();
    List<Double> msa = new ArrayList<>();
    List<Double> mss = new ArrayList<>();
    List<double[]> completeE = new ArrayList<>();
    List<double[]> completeP = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      ServqualResponse[] answeredBy = matrix.get(k);
      gapOf[k][d] = Double.NaN;
      double e = 0;
      double p = 0;
      int answered = 0;
      double adequacy = 0;
      double superiority = 0;
      int zoned = 0;
      double[] rowE = new double[columns.length];
      double[] rowP = new double[columns.length];
      for (int i = 0; i < columns.length; i++) {
        ServqualResponse r = answeredBy[columns[i]];
        if (r == null) {
          continue;
        }
        e += r.expectation();
        p += r.perception();
        rowE[i] = r.expectation();
        rowP[i] = r.perception();
        answered++;
        if (r.adequate().isPresent()) {
          adequacy += direction * (r.perception() - r.adequate().getAsDouble());
          superiority += direction * (r.perception() - r.desired().getAsDouble());
          zoned++;
        }
      }
      if (answered == 0) {
        continue;
      }
      perRespondent.add(new double[] {e / answered, p / answered});
      gapOf[k][d] = direction * (p - e) / answered;
      if (firstDimension[k] < 0) {
        firstDimension[k] = d;
      }
      if (zoned > 0) {
        msa.add(adequacy / zoned);
        mss.add(superiority / zoned);
      }
      if (answered == columns.length) {
        completeE.add(rowE);
        completeP.add(rowP);
      }
    }
    if (perRespondent.isEmpty()) {
      return null;
    }
    double[] e = perRespondent.stream().mapToDouble(v -> v[0]).toArray();
    double[] p = perRespondent.stream().mapToDouble(v -> v[1]).toArray();
    double[] gaps = perRespondent.stream().mapToDouble(v -> direction * (v[1] - v[0])).toArray();
    SampleMean gap = SampleMean.of(gaps);
    return ImmutableServqualDimensionResult.builder()
        .dimension(dimension)
        .n(perRespondent.size())
        .expectation(SampleMean.of(e).mean())
        .perception(SampleMean.of(p).mean())
        .gap(gap.mean())
        .gapInterval(gap.interval(confidenceLevel()))
        .msa(mean(msa))
        .mss(mean(mss))
        .alphaExpectation(CronbachAlpha.of(completeE))
        .alphaPerception(CronbachAlpha.of(completeP))
        .build();
  }

  private ServqualItemResult itemResult(
      ServqualItem item, List<ServqualResponse> answers, double direction) {
    double[] e = answers.stream().mapToDouble(ServqualResponse::expectation).toArray();
    double[] p = answers.stream().mapToDouble(ServqualResponse::perception).toArray();
    double[] gaps =
        answers.stream().mapToDouble(r -> direction * (r.perception() - r.expectation())).toArray();
    List<Double> msa = new ArrayList<>();
    List<Double> mss = new ArrayList<>();
    for (ServqualResponse r : answers) {
      if (r.adequate().isPresent()) {
        msa.add(direction * (r.perception() - r.adequate().getAsDouble()));
        mss.add(direction * (r.perception() - r.desired().getAsDouble()));
      }
    }
    SampleMean gap = SampleMean.of(gaps);
    return ImmutableServqualItemResult.builder()
        .item(item.id())
        .dimension(item.dimension())
        .n(answers.size())
        .expectation(SampleMean.of(e).mean())
        .perception(SampleMean.of(p).mean())
        .gap(gap.mean())
        .gapInterval(gap.interval(confidenceLevel()))
        .msa(mean(msa))
        .mss(mean(mss))
        .build();
  }

  /**
   * The mean over respondents of their importance-weighted gaps ({@code gapOf} per respondent and
   * dimension, NaN where none of the dimension's items was answered). Respondents are taken in the
   * order of the first dimension they answered, then in their own order. Within a segment ({@code
   * withinSegment}) a respondent's points on dimensions not answered there are dropped and the rest
   * renormalised; empty if no respondent has points left.
   */
  private static OptionalDouble weighted(
      List<String> respondents,
      double[][] gapOf,
      int[] firstDimension,
      List<String> dimensions,
      Map<String, Map<String, Double>> points,
      boolean withinSegment) {
    Map<String, Integer> dimensionIndex = new HashMap<>();
    for (int d = 0; d < dimensions.size(); d++) {
      dimensionIndex.put(dimensions.get(d), d);
    }
    double sum = 0;
    int counted = 0;
    for (int first = 0; first < dimensions.size(); first++) {
      for (int k = 0; k < respondents.size(); k++) {
        if (firstDimension[k] != first) {
          continue;
        }
        String respondent = respondents.get(k);
        Map<String, Double> allocation = points.get(respondent);
        checkArgument(
            allocation != null,
            "respondent '%s' has no importance points, but importance points were given for others",
            respondent);
        // Points are divided by the respondent's largest first: the weights are the same
        // fractions, and sums of 1e306 points no longer overflow (nor sums of 1e-320 vanish).
        double largest = 0;
        for (double v : allocation.values()) {
          largest = Math.max(largest, v);
        }
        double total = 0;
        double weightedGap = 0;
        for (Map.Entry<String, Double> share : allocation.entrySet()) {
          if (share.getValue() == 0) {
            continue;
          }
          double weight = share.getValue() / largest;
          Integer d = dimensionIndex.get(share.getKey());
          double gap = d == null ? Double.NaN : gapOf[k][d];
          if (Double.isNaN(gap)) {
            checkArgument(
                withinSegment,
                "respondent '%s' gave importance points to '%s' but answered none of its items",
                respondent,
                share.getKey());
            continue;
          }
          total += weight;
          weightedGap += weight * gap;
        }
        if (total > 0) {
          sum += weightedGap / total;
          counted++;
        }
      }
    }
    return counted == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / counted);
  }

  private static Map<String, Map<String, Double>> restrict(
      Map<String, Map<String, Double>> points, List<ServqualResponse> responses) {
    Map<String, Map<String, Double>> restricted = new LinkedHashMap<>();
    for (ServqualResponse r : responses) {
      Map<String, Double> p = points.get(r.respondent());
      if (p != null) {
        restricted.put(r.respondent(), p);
      }
    }
    return restricted;
  }

  private static OptionalDouble mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average();
  }
}
