package io.motkit.scoring.nps;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.ConfidenceInterval;
import io.motkit.core.analysis.Aggregation;
import io.motkit.core.analysis.Analysis;
import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.analysis.InputSummary;
import io.motkit.core.analysis.Provenance;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.discrete.BinomialDistribution;
import org.immutables.value.Value;

/**
 * The Net Promoter Score analysis (Reichheld 2003, "The one number you need to grow", <i>Harvard
 * Business Review</i> 81(12)) with intervals:
 *
 * <ul>
 *   <li>{@link Method#WALD}: nps +- z se, with se from the variance p + d - (p - d)^2;
 *   <li>{@link Method#ADJUSTED_WALD}: Rocks (2016), "Interval estimation for the 'Net Promoter
 *       Score'", <i>The American Statistician</i> 70(4): add 3 to n and 3/4 to the promoters and to
 *       the detractors, then the Wald interval of the adjusted shares;
 *   <li>{@link Method#BOOTSTRAP}: the percentile interval of {@link #resamples()} resampled scores,
 *       drawn with the given {@link #seed()} so that a run can be repeated exactly.
 * </ul>
 *
 * Intervals are clipped to [-100, 100]. Immutable configuration; thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class NpsAnalysis
    implements Analysis<List<NpsResponse>, NpsResult>,
        Aggregation<NpsResponse, NpsTally, NpsResult> {

  private static final long serialVersionUID = 1L;

  /** How the interval is computed. */
  public enum Method {
    /** The normal interval of the plain estimate. */
    WALD("wald"),
    /** Rocks's (2016) adjusted Wald interval. */
    ADJUSTED_WALD("adjusted-wald"),
    /** The seeded percentile bootstrap. */
    BOOTSTRAP("bootstrap");

    private final String label;

    Method(String label) {
      this.label = label;
    }

    /**
     * The command-line name, such as {@code adjusted-wald}.
     *
     * @return the command-line name, such as {@code adjusted-wald}
     */
    public String label() {
      return label;
    }

    /**
     * The method with this label.
     *
     * @param text the text
     * @return the method with this label
     * @throws IllegalArgumentException naming the text and listing the labels if none matches
     */
    public static Method parse(String text) {
      for (Method m : values()) {
        if (m.label.equals(text.trim().toLowerCase(Locale.ROOT))) {
          return m;
        }
      }
      throw new IllegalArgumentException(
          "unknown interval method '"
              + text
              + "'; valid methods are wald, adjusted-wald, bootstrap");
    }
  }

  NpsAnalysis() {}

  /**
   * The interval method; Wald unless set.
   *
   * @return the interval method; Wald unless set
   */
  @Value.Default
  public Method method() {
    return Method.WALD;
  }

  /**
   * The confidence level; 0.95 unless set.
   *
   * @return the confidence level; 0.95 unless set
   */
  @Value.Default
  public double confidenceLevel() {
    return 0.95;
  }

  /**
   * Bootstrap resamples; 2000 unless set.
   *
   * @return bootstrap resamples; 2000 unless set
   */
  @Value.Default
  public int resamples() {
    return 2000;
  }

  /**
   * The bootstrap seed; 1 unless set.
   *
   * @return the bootstrap seed; 1 unless set
   */
  @Value.Default
  public long seed() {
    return 1;
  }

  /**
   * Two segments to compare, first minus second, with {@link #compare(NpsEstimate, NpsEstimate)};
   * none unless set.
   *
   * @return two segments to compare, first minus second, with {@link #compare(NpsEstimate,
   *     NpsEstimate)}; none unless set
   */
  public abstract List<String> comparedSegments();

  /**
   * Wald intervals at 95 %.
   *
   * @return Wald intervals at 95 %
   */
  public static NpsAnalysis defaults() {
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

  /** Builds an {@link NpsAnalysis}. */
  public static final class Builder extends ImmutableNpsAnalysis.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    checkArgument(
        confidenceLevel() > 0 && confidenceLevel() < 1,
        "confidence level must be strictly between 0 and 1, found %s",
        confidenceLevel());
    checkArgument(
        comparedSegments().isEmpty()
            || (comparedSegments().size() == 2
                && !comparedSegments().get(0).equals(comparedSegments().get(1))),
        "a comparison needs two different segments, found %s",
        comparedSegments());
    checkArgument(
        resamples() >= 100, "bootstrap needs at least 100 resamples, found %s", resamples());
  }

  /** The variance of one respondent's +1 / 0 / -1 score: p + d - (p - d)^2. */
  static double variance(double p, double d) {
    return p + d - (p - d) * (p - d);
  }

  private double z() {
    return new NormalDistribution(0, 1)
        .inverseCumulativeProbability(1 - (1 - confidenceLevel()) / 2);
  }

  /**
   * The score of a sample given by its counts.
   *
   * @param promoters how many answered 9 or 10
   * @param passives how many answered 7 or 8
   * @param detractors how many answered 0 to 6
   * @return the score of a sample given by its counts
   * @throws IllegalArgumentException if a count is negative or all are zero
   */
  public final NpsEstimate estimate(int promoters, int passives, int detractors) {
    checkArgument(
        promoters >= 0 && passives >= 0 && detractors >= 0,
        "counts must not be negative: %s promoters, %s passives, %s detractors",
        promoters,
        passives,
        detractors);
    int n = promoters + passives + detractors;
    checkArgument(n > 0, "the NPS needs at least one respondent");
    return ImmutableNpsEstimate.builder()
        .n(n)
        .promoters(promoters)
        .passives(passives)
        .detractors(detractors)
        .interval(interval(promoters, detractors, n))
        .standardError(standardError(promoters, detractors, n))
        .build();
  }

  /** The standard error of this analysis's method, in points (see NpsEstimate). */
  private double standardError(int promoters, int detractors, int n) {
    if (method() == Method.ADJUSTED_WALD) {
      double p = adjustedShare(promoters, n);
      double d = adjustedShare(detractors, n);
      return 100 * Math.sqrt(variance(p, d) / (n + 3));
    }
    return 100 * Math.sqrt(variance(promoters / (double) n, detractors / (double) n) / n);
  }

  /** {@code nps}. */
  @Override
  public final String name() {
    return "nps";
  }

  @Override
  public final Map<String, String> settingsText() {
    Map<String, String> settings = new java.util.LinkedHashMap<>();
    settings.put("interval", method().label());
    settings.put("confidence", Double.toString(confidenceLevel()));
    if (method() == Method.BOOTSTRAP) {
      settings.put("resamples", Integer.toString(resamples()));
      settings.put("seed", Long.toString(seed()));
    }
    if (!comparedSegments().isEmpty()) {
      settings.put("compare", String.join(",", comparedSegments()));
    }
    return settings;
  }

  /**
   * The score overall and per segment, and the comparison of {@link #comparedSegments()} if set.
   *
   * @throws IllegalArgumentException if there are no responses, a respondent answered twice, or a
   *     compared segment has no responses (the message lists the segments)
   */
  @Override
  public final NpsResult run(AnalysisInput<List<NpsResponse>> input) {
    NpsTally tally = newTally();
    for (NpsResponse response : input.data()) {
      add(tally, response);
    }
    return finish(tally, input.sources());
  }

  @Override
  public final NpsTally newTally() {
    return new NpsTally();
  }

  /**
   * Counts one response.
   *
   * @throws IllegalArgumentException naming the respondent if they answered before
   */
  @Override
  public final void add(NpsTally tally, NpsResponse response) {
    checkArgument(
        tally.respondents.add(response.respondent()),
        "respondent '%s' answered twice",
        response.respondent());
    NpsTally.count(tally.all, response.score());
    response
        .segment()
        .ifPresent(
            s ->
                NpsTally.count(
                    tally.segments.computeIfAbsent(s, k -> new int[3]), response.score()));
  }

  /**
   * The counts of both tallies.
   *
   * @throws IllegalArgumentException naming a respondent found in both
   */
  @Override
  public final NpsTally merge(NpsTally left, NpsTally right) {
    NpsTally merged = new NpsTally();
    for (NpsTally part : List.of(left, right)) {
      for (String respondent : part.respondents) {
        checkArgument(
            merged.respondents.add(respondent), "respondent '%s' answered twice", respondent);
      }
      for (int k = 0; k < 3; k++) {
        merged.all[k] += part.all[k];
      }
      NpsTally.add(merged.segments, part.segments);
    }
    return merged;
  }

  /**
   * The score and interval overall and per segment, and the comparison asked for.
   *
   * @throws IllegalArgumentException if there are no responses, or a segment to compare has none
   */
  @Override
  public final NpsResult finish(NpsTally tally, List<InputSummary> sources) {
    checkArgument(
        tally.all[0] + tally.all[1] + tally.all[2] > 0, "the NPS needs at least one response");
    ImmutableNpsResult.Builder report =
        ImmutableNpsResult.builder()
            .provenance(Provenance.of(name(), settingsText(), sources))
            .overall(estimate(tally.all[0], tally.all[1], tally.all[2]));
    Map<String, NpsEstimate> segments = new TreeMap<>();
    tally.segments.forEach((segment, c) -> segments.put(segment, estimate(c[0], c[1], c[2])));
    report.putAllSegments(segments);
    if (!comparedSegments().isEmpty()) {
      String a = comparedSegments().get(0);
      String b = comparedSegments().get(1);
      for (String s : comparedSegments()) {
        checkArgument(
            segments.containsKey(s),
            "no responses in segment '%s' to compare; the segments are %s",
            s,
            segments.keySet());
      }
      report.comparison(
          compare(requireNonNull(segments.get(a)), requireNonNull(segments.get(b)))
              .withSegments(a, b));
    }
    return report.build();
  }

  /**
   * Compares two independent samples: {@code a - b}, with the Wald or adjusted-Wald variance of
   * each (the bootstrap setting compares with Wald variances).
   *
   * @param a the first result
   * @param b the second result, subtracted from the first
   * @return the nps comparison
   */
  public final NpsComparison compare(NpsEstimate a, NpsEstimate b) {
    double varA = sampleVariance(a);
    double varB = sampleVariance(b);
    double se = 100 * Math.sqrt(varA + varB);
    double difference = a.nps() - b.nps();
    double centre = method() == Method.ADJUSTED_WALD ? adjustedNps(a) - adjustedNps(b) : difference;
    double half = z() * se;
    double p;
    if (se == 0) {
      p = difference == 0 ? 1 : 0;
    } else {
      p = 2 * (1 - new NormalDistribution(0, 1).cumulativeProbability(Math.abs(centre) / se));
    }
    String label = method() == Method.ADJUSTED_WALD ? "adjusted-wald" : "wald";
    return ImmutableNpsComparison.builder()
        .difference(difference)
        .standardError(se)
        .interval(
            ConfidenceInterval.of(
                Math.max(-200, centre - half),
                Math.min(200, centre + half),
                confidenceLevel(),
                label))
        .pValue(Math.min(1, Math.max(0, p)))
        .build();
  }

  private double sampleVariance(NpsEstimate r) {
    if (method() == Method.ADJUSTED_WALD) {
      double n = r.n() + 3;
      double p = adjustedShare(r.promoters(), r.n());
      double d = adjustedShare(r.detractors(), r.n());
      return variance(p, d) / n;
    }
    return variance(r.promoterShare(), r.detractorShare()) / r.n();
  }

  private static double adjustedNps(NpsEstimate r) {
    return 100 * (adjustedShare(r.promoters(), r.n()) - adjustedShare(r.detractors(), r.n()));
  }

  private static double adjustedShare(int count, int n) {
    return (count + 0.75) / (n + 3);
  }

  private ConfidenceInterval interval(int promoters, int detractors, int n) {
    switch (method()) {
      case ADJUSTED_WALD:
        {
          double p = adjustedShare(promoters, n);
          double d = adjustedShare(detractors, n);
          return clipped(
              100 * (p - d), 100 * z() * Math.sqrt(variance(p, d) / (n + 3)), "adjusted-wald");
        }
      case BOOTSTRAP:
        return bootstrap(promoters, detractors, n);
      default:
        {
          double p = promoters / (double) n;
          double d = detractors / (double) n;
          return clipped(100 * (p - d), 100 * z() * Math.sqrt(variance(p, d) / n), "wald");
        }
    }
  }

  private ConfidenceInterval clipped(double centre, double half, String method) {
    return ConfidenceInterval.of(
        Math.max(-100, centre - half), Math.min(100, centre + half), confidenceLevel(), method);
  }

  /**
   * Percentile bootstrap: each resample draws the promoters from Binomial(n, p) and the detractors
   * from Binomial(n - promoters, d / (1 - p)), which is the multinomial resampling of n answers.
   */
  private ConfidenceInterval bootstrap(int promoters, int detractors, int n) {
    SplittableRandom random = new SplittableRandom(seed());
    double p = promoters / (double) n;
    double dGivenNotPromoter = p == 1 ? 0 : detractors / (double) (n - promoters);
    BinomialDistribution promoterDraws = new BinomialDistribution(n, p);
    double[] scores = new double[resamples()];
    for (int b = 0; b < scores.length; b++) {
      int drawnPromoters = promoterDraws.inverseCumulativeProbability(random.nextDouble());
      int rest = n - drawnPromoters;
      int drawnDetractors =
          rest == 0
              ? 0
              : new BinomialDistribution(rest, Math.min(1, dGivenNotPromoter))
                  .inverseCumulativeProbability(random.nextDouble());
      scores[b] = 100.0 * (drawnPromoters - drawnDetractors) / n;
    }
    Arrays.sort(scores);
    double alpha = 1 - confidenceLevel();
    return ConfidenceInterval.of(
        quantile(scores, alpha / 2),
        quantile(scores, 1 - alpha / 2),
        confidenceLevel(),
        "bootstrap");
  }

  /** The linearly interpolated quantile of sorted values (type 7 of Hyndman and Fan 1996). */
  private static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
