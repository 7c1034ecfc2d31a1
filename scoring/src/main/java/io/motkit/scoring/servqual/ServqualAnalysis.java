package io.motkit.scoring.servqual;

import static com.google.common.base.Preconditions.checkArgument;

import io.motkit.core.Scale;
import io.motkit.core.analysis.Analysis;
import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.analysis.Provenance;
import io.motkit.scoring.SampleMean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The SERVQUAL survey analysis (Parasuraman, Zeithaml and Berry 1988, revised 1991; zone of
 * tolerance 1994; SERVPERF of Cronin and Taylor 1992; Cronbach's alpha, Cronbach 1951), over a
 * configurable {@link ServqualInstrument} and answer {@link Scale}. The conventions of each figure
 * are stated on {@link ServqualItemResult}, {@link ServqualDimensionResult} and {@link
 * ServqualReport}. Immutable configuration; {@link #analyze} is thread-safe.
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
@Value.Immutable
public abstract class ServqualAnalysis implements Analysis<ServqualSurvey, ServqualReport> {

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

  /**
   * Analyses responses without importance points.
   *
   * @param responses the responses
   * @return the servqual report
   * @throws IllegalArgumentException as {@link #analyze(List, List)}
   */
  public final ServqualReport analyze(List<ServqualResponse> responses) {
    return analyze(responses, List.of());
  }

  /**
   * Analyses responses and, if any are given, importance points.
   *
   * @param responses the responses
   * @param importance the importance
   * @return the servqual report
   * @throws IllegalArgumentException naming the respondent, item and value if an item is not in the
   *     instrument, a value is off the scale, a respondent answered an item twice, there are no
   *     responses, or importance points are given but a respondent has none, names an unknown
   *     dimension, or allocates points to a dimension they answered no item of
   */
  public final ServqualReport analyze(
      List<ServqualResponse> responses, List<ServqualImportance> importance) {
    return run(
        AnalysisInput.inMemory(
            ServqualSurvey.of(responses, importance), "responses", responses.size()));
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
   * @throws IllegalArgumentException as {@link #analyze(List, List)}
   */
  @Override
  public final ServqualReport run(AnalysisInput<ServqualSurvey> input) {
    List<ServqualResponse> responses = input.data().responses();
    List<ServqualImportance> importance = input.data().importance();
    checkArgument(!responses.isEmpty(), "there are no SERVQUAL responses to analyse");
    List<ServqualResponse> scored = new ArrayList<>();
    Map<String, Set<String>> answeredItems = new HashMap<>();
    for (ServqualResponse r : responses) {
      ServqualItem item =
          instrument()
              .item(r.item())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "respondent '"
                              + r.respondent()
                              + "': item '"
                              + r.item()
                              + "' is not in the instrument"));
      checkArgument(
          answeredItems.computeIfAbsent(r.respondent(), k -> new HashSet<>()).add(r.item()),
          "respondent '%s' answered item '%s' twice",
          r.respondent(),
          r.item());
      requireOnScale(r, "expectation", r.expectation());
      requireOnScale(r, "perception", r.perception());
      r.adequate().ifPresent(v -> requireOnScale(r, "adequate", v));
      r.desired().ifPresent(v -> requireOnScale(r, "desired", v));
      scored.add(item.reverse() ? reversed(r) : r);
    }
    Map<String, Map<String, Double>> points = allocations(importance);
    return report(scored, points, Provenance.of(name(), settingsText(), input.sources()), true);
  }

  private void requireOnScale(ServqualResponse r, String field, double value) {
    checkArgument(
        scale().contains(value),
        "respondent '%s', item '%s': %s %s is outside the scale %s",
        r.respondent(),
        r.item(),
        field,
        value,
        scale());
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

  private ServqualReport report(
      List<ServqualResponse> responses,
      Map<String, Map<String, Double>> points,
      Provenance provenance,
      boolean withSegments) {
    Map<String, Map<String, ServqualResponse>> byRespondent = new LinkedHashMap<>();
    for (ServqualResponse r : responses) {
      byRespondent.computeIfAbsent(r.respondent(), k -> new LinkedHashMap<>()).put(r.item(), r);
    }
    ImmutableServqualReport.Builder report =
        ImmutableServqualReport.builder().provenance(provenance).respondents(byRespondent.size());
    // +1 where higher answers are better; gaps, MSA and MSS are turned around otherwise.
    double direction = scale().higherIsBetter() ? 1 : -1;

    for (ServqualItem item : instrument().items()) {
      List<ServqualResponse> answers = new ArrayList<>();
      for (Map<String, ServqualResponse> answered : byRespondent.values()) {
        ServqualResponse r = answered.get(item.id());
        if (r != null) {
          answers.add(r);
        }
      }
      if (!answers.isEmpty()) {
        report.addItems(itemResult(item, answers, direction));
      }
    }

    Map<String, Map<String, Double>> gapByRespondent = new LinkedHashMap<>();
    List<Double> dimensionGaps = new ArrayList<>();
    for (String dimension : instrument().dimensions()) {
      List<ServqualItem> items = instrument().itemsOf(dimension);
      List<double[]> perRespondent = new ArrayList<>();
      List<Double> msa = new ArrayList<>();
      List<Double> mss = new ArrayList<>();
      List<double[]> completeE = new ArrayList<>();
      List<double[]> completeP = new ArrayList<>();
      for (Map.Entry<String, Map<String, ServqualResponse>> respondent : byRespondent.entrySet()) {
        double e = 0;
        double p = 0;
        int answered = 0;
        double adequacy = 0;
        double superiority = 0;
        int zoned = 0;
        double[] rowE = new double[items.size()];
        double[] rowP = new double[items.size()];
        for (int i = 0; i < items.size(); i++) {
          ServqualResponse r = respondent.getValue().get(items.get(i).id());
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
        gapByRespondent
            .computeIfAbsent(respondent.getKey(), k -> new LinkedHashMap<>())
            .put(dimension, direction * (p - e) / answered);
        if (zoned > 0) {
          msa.add(adequacy / zoned);
          mss.add(superiority / zoned);
        }
        if (answered == items.size()) {
          completeE.add(rowE);
          completeP.add(rowP);
        }
      }
      if (perRespondent.isEmpty()) {
        continue;
      }
      double[] e = perRespondent.stream().mapToDouble(v -> v[0]).toArray();
      double[] p = perRespondent.stream().mapToDouble(v -> v[1]).toArray();
      double[] gaps = perRespondent.stream().mapToDouble(v -> direction * (v[1] - v[0])).toArray();
      SampleMean gap = SampleMean.of(gaps);
      dimensionGaps.add(gap.mean());
      report.addDimensions(
          ImmutableServqualDimensionResult.builder()
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
              .build());
    }
    report.unweighted(
        dimensionGaps.stream().mapToDouble(Double::doubleValue).average().orElseThrow());

    double servperf = 0;
    for (Map<String, ServqualResponse> answered : byRespondent.values()) {
      servperf +=
          answered.values().stream()
              .mapToDouble(ServqualResponse::perception)
              .average()
              .orElseThrow();
    }
    report.servperf(servperf / byRespondent.size());

    if (!points.isEmpty()) {
      weighted(gapByRespondent, points, !withSegments).ifPresent(report::weighted);
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
   * The mean over respondents of their importance-weighted gaps. Within a segment ({@code
   * withinSegment}) a respondent's points on dimensions not answered there are dropped and the rest
   * renormalised; empty if no respondent has points left.
   */
  private static OptionalDouble weighted(
      Map<String, Map<String, Double>> gapByRespondent,
      Map<String, Map<String, Double>> points,
      boolean withinSegment) {
    double sum = 0;
    int counted = 0;
    for (Map.Entry<String, Map<String, Double>> respondent : gapByRespondent.entrySet()) {
      Map<String, Double> allocation = points.get(respondent.getKey());
      checkArgument(
          allocation != null,
          "respondent '%s' has no importance points, but importance points were given for others",
          respondent.getKey());
      // Points are divided by the respondent's largest first: the weights are the same fractions,
      // and sums of 1e306 points no longer overflow (nor sums of 1e-320 vanish).
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
        Double gap = respondent.getValue().get(share.getKey());
        if (gap == null) {
          checkArgument(
              withinSegment,
              "respondent '%s' gave importance points to '%s' but answered none of its items",
              respondent.getKey(),
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
