package io.motkit.scoring.kano;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.analysis.Analysis;
import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.analysis.Provenance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The Kano questionnaire analysis (Kano, Seraku, Takahashi and Tsuji 1984): classifies every answer
 * pair with the {@link KanoEvaluationTable}, tallies the categories per feature, assigns each
 * feature a category, and computes the figures of {@link KanoFeatureResult}, overall and per
 * segment. Immutable configuration; {@link #run} is thread-safe.
 *
 * <p>Hygiene (optional): respondents whose share of questionable (Q) answers, or of indifferent (I)
 * answers, over all the features they answered exceeds a threshold are dropped before the tally,
 * and the report says how many.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class KanoAnalysis implements Analysis<List<KanoResponse>, KanoResult> {

  /** Priority of the categories when two are close or tied: M &gt; O &gt; A &gt; I, then R, Q. */
  private static final List<KanoCategory> PRIORITY =
      List.of(
          KanoCategory.MUST_BE,
          KanoCategory.ONE_DIMENSIONAL,
          KanoCategory.ATTRACTIVE,
          KanoCategory.INDIFFERENT,
          KanoCategory.REVERSE,
          KanoCategory.QUESTIONABLE);

  private static final Set<KanoCategory> RANKED =
      Set.of(
          KanoCategory.MUST_BE,
          KanoCategory.ONE_DIMENSIONAL,
          KanoCategory.ATTRACTIVE,
          KanoCategory.INDIFFERENT);

  /** Fong's (1996) critical value, for a 90 % level. */
  static final double FONG_Z = 1.65;

  KanoAnalysis() {}

  /**
   * When the shares of the top two categories differ by less than this, and both are among M, O, A
   * and I, the rule M &gt; O &gt; A &gt; I decides; 0.06 unless set.
   *
   * @return when the shares of the top two categories differ by less than this, and both are among
   *     M, O, A and I, the rule M &gt; O &gt; A &gt; I decides; 0.06 unless set
   */
  @Value.Default
  public double tieThreshold() {
    return 0.06;
  }

  /**
   * Drop respondents whose share of Q answers exceeds this, if set.
   *
   * @return drop respondents whose share of Q answers exceeds this, if set
   */
  public abstract OptionalDouble maxQuestionableShare();

  /**
   * Drop respondents whose share of I answers exceeds this, if set.
   *
   * @return drop respondents whose share of I answers exceeds this, if set
   */
  public abstract OptionalDouble maxIndifferentShare();

  /**
   * The analysis with default settings and no hygiene rules.
   *
   * @return the analysis with default settings and no hygiene rules
   */
  public static KanoAnalysis defaults() {
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

  /** Builds a {@link KanoAnalysis}. */
  public static final class Builder extends ImmutableKanoAnalysis.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    checkArgument(
        tieThreshold() >= 0 && tieThreshold() <= 1,
        "tie threshold must be in [0, 1], found %s",
        tieThreshold());
    maxQuestionableShare()
        .ifPresent(
            s -> checkArgument(s >= 0 && s <= 1, "maximum Q share must be in [0, 1], found %s", s));
    maxIndifferentShare()
        .ifPresent(
            s -> checkArgument(s >= 0 && s <= 1, "maximum I share must be in [0, 1], found %s", s));
  }

  /** {@code kano}. */
  @Override
  public final String name() {
    return "kano";
  }

  @Override
  public final Map<String, String> settingsText() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("tie_threshold", Double.toString(tieThreshold()));
    maxQuestionableShare()
        .ifPresent(s -> settings.put("max_questionable_share", Double.toString(s)));
    maxIndifferentShare().ifPresent(s -> settings.put("max_indifferent_share", Double.toString(s)));
    return settings;
  }

  /**
   * Analyses the responses, overall and per segment.
   *
   * @throws IllegalArgumentException if a respondent answered about the same feature twice, or
   *     there are no responses left after the hygiene rules
   */
  @Override
  public final KanoResult run(AnalysisInput<List<KanoResponse>> input) {
    List<KanoResponse> responses = input.data();
    Set<String> pairs = new HashSet<>();
    Map<String, int[]> perRespondent = new LinkedHashMap<>();
    for (KanoResponse r : responses) {
      checkArgument(
          pairs.add(r.respondent() + '\u0000' + r.feature()),
          "respondent '%s' answered about feature '%s' twice",
          r.respondent(),
          r.feature());
      int[] tally = perRespondent.computeIfAbsent(r.respondent(), k -> new int[3]);
      tally[0]++;
      if (r.category() == KanoCategory.QUESTIONABLE) {
        tally[1]++;
      } else if (r.category() == KanoCategory.INDIFFERENT) {
        tally[2]++;
      }
    }
    Set<String> dropped = new HashSet<>();
    int droppedQ = 0;
    int droppedI = 0;
    for (Map.Entry<String, int[]> e : perRespondent.entrySet()) {
      int[] t = e.getValue();
      if (maxQuestionableShare().isPresent()
          && t[1] / (double) t[0] > maxQuestionableShare().getAsDouble()) {
        dropped.add(e.getKey());
        droppedQ++;
      } else if (maxIndifferentShare().isPresent()
          && t[2] / (double) t[0] > maxIndifferentShare().getAsDouble()) {
        dropped.add(e.getKey());
        droppedI++;
      }
    }
    List<KanoResponse> kept = new ArrayList<>();
    for (KanoResponse r : responses) {
      if (!dropped.contains(r.respondent())) {
        kept.add(r);
      }
    }
    checkArgument(
        !kept.isEmpty(),
        "no responses to analyse: %s given, %s respondents dropped by the hygiene rules",
        responses.size(),
        dropped.size());
    Map<String, List<KanoFeatureResult>> segments = new TreeMap<>();
    Map<String, List<KanoResponse>> bySegment = new TreeMap<>();
    for (KanoResponse r : kept) {
      r.segment().ifPresent(s -> bySegment.computeIfAbsent(s, k -> new ArrayList<>()).add(r));
    }
    bySegment.forEach((segment, rs) -> segments.put(segment, features(rs)));
    return ImmutableKanoResult.builder()
        .provenance(Provenance.of(name(), settingsText(), input.sources()))
        .addAllFeatures(features(kept))
        .putAllSegments(segments)
        .respondents(perRespondent.size())
        .droppedForQuestionable(droppedQ)
        .droppedForIndifferent(droppedI)
        .build();
  }

  private List<KanoFeatureResult> features(List<KanoResponse> responses) {
    Map<String, List<KanoResponse>> byFeature = new LinkedHashMap<>();
    for (KanoResponse r : responses) {
      byFeature.computeIfAbsent(r.feature(), k -> new ArrayList<>()).add(r);
    }
    List<KanoFeatureResult> results = new ArrayList<>();
    byFeature.forEach((feature, rs) -> results.add(feature(feature, rs)));
    return results;
  }

  private KanoFeatureResult feature(String feature, List<KanoResponse> responses) {
    Map<KanoCategory, Integer> counts = new EnumMap<>(KanoCategory.class);
    for (KanoCategory c : KanoCategory.values()) {
      counts.put(c, 0);
    }
    double functional = 0;
    double dysfunctional = 0;
    double importance = 0;
    int rated = 0;
    for (KanoResponse r : responses) {
      counts.merge(r.category(), 1, Integer::sum);
      functional += r.functional().functionalScore();
      dysfunctional += r.dysfunctional().dysfunctionalScore();
      if (r.importance().isPresent()) {
        // A running mean: a sum of huge importance values would overflow to infinity.
        rated++;
        importance += (r.importance().getAsDouble() - importance) / rated;
      }
    }
    int n = responses.size();
    List<KanoCategory> ranked = new ArrayList<>(PRIORITY);
    ranked.sort(
        Comparator.comparing((KanoCategory c) -> -counts.getOrDefault(c, 0))
            .thenComparing(PRIORITY::indexOf));
    KanoCategory top = ranked.get(0);
    KanoCategory second = ranked.get(1);
    int a = counts.getOrDefault(top, 0);
    int b = counts.getOrDefault(second, 0);
    double strength = (a - b) / (double) n;
    KanoCategory category = top;
    KanoCategory runnerUp = second;
    if (strength < tieThreshold()
        && RANKED.contains(top)
        && RANKED.contains(second)
        && PRIORITY.indexOf(second) < PRIORITY.indexOf(top)) {
      category = second;
      runnerUp = top;
    }
    int aa = counts.getOrDefault(KanoCategory.ATTRACTIVE, 0);
    int o = counts.getOrDefault(KanoCategory.ONE_DIMENSIONAL, 0);
    int m = counts.getOrDefault(KanoCategory.MUST_BE, 0);
    int i = counts.getOrDefault(KanoCategory.INDIFFERENT, 0);
    int aomi = aa + o + m + i;
    double fongThreshold = FONG_Z * Math.sqrt((a + b) * (2.0 * n - a - b) / (2.0 * n));
    return ImmutableKanoFeatureResult.builder()
        .feature(feature)
        .n(n)
        .putAllCounts(counts)
        .category(category)
        .runnerUp(runnerUp)
        .categoryStrength(strength)
        .totalStrength((aa + o + m) / (double) n)
        .better(aomi == 0 ? 0 : (aa + o) / (double) aomi)
        .worse(aomi == 0 ? 0 : -(o + m) / (double) aomi)
        .fongDifference(Math.abs(a - b))
        .fongThreshold(fongThreshold)
        .fongSignificant(Math.abs(a - b) >= fongThreshold)
        .functionalMean(functional / n)
        .dysfunctionalMean(dysfunctional / n)
        .importanceMean(rated == 0 ? OptionalDouble.empty() : OptionalDouble.of(importance))
        .build();
  }
}
