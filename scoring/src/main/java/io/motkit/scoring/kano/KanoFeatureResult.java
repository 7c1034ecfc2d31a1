package io.motkit.scoring.kano;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Map;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The Kano analysis of one feature: the tally of categories, the category assigned, and the
 * published figures derived from the tally.
 *
 * <ul>
 *   <li>{@link #counts()} and {@link #shares()}: A, O, M, I, R and Q among the {@link #n()}
 *       answers.
 *   <li>{@link #category()}: the most frequent category; when the top two shares differ by less
 *       than the tie threshold and both are among M, O, A and I, the first of them in the order M
 *       &gt; O &gt; A &gt; I (Berger et al. 1993; Matzler et al. 1996).
 *   <li>{@link #categoryStrength()}: top share minus second share; {@link #totalStrength()}: share
 *       of A + O + M (Lee and Newcomb 1997).
 *   <li>{@link #better()} = (A + O) / (A + O + M + I) and {@link #worse()} = -(O + M) / (A + O + M
 *       + I) (Berger et al. 1993); 0 when A + O + M + I is 0.
 *   <li>{@link #fongSignificant()}: whether the top two categories differ by Fong's (1996) test, |a
 *       - b| &gt;= 1.65 sqrt((a + b)(2n - a - b) / (2n)).
 *   <li>{@link #functionalMean()}, {@link #dysfunctionalMean()}: DuMouchel's continuous scores (in
 *       Berger et al. 1993), functional like 4 .. dislike -2, dysfunctional like -2 .. dislike 4.
 * </ul>
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class KanoFeatureResult {

  KanoFeatureResult() {}

  /**
   * The feature.
   *
   * @return the feature
   */
  public abstract String feature();

  /**
   * The number of answer pairs.
   *
   * @return the number of answer pairs
   */
  public abstract int n();

  /**
   * The number of answer pairs in each category; every category is present, possibly 0.
   *
   * @return the number of answer pairs in each category; every category is present, possibly 0
   */
  public abstract Map<KanoCategory, Integer> counts();

  /**
   * Each category's count divided by {@link #n()}; they sum to 1.
   *
   * @return each category's count divided by {@link #n()}; they sum to 1
   */
  @Value.Derived
  public Map<KanoCategory, Double> shares() {
    java.util.EnumMap<KanoCategory, Double> shares = new java.util.EnumMap<>(KanoCategory.class);
    counts().forEach((c, k) -> shares.put(c, k / (double) n()));
    return shares;
  }

  /**
   * The category assigned to the feature.
   *
   * @return the category assigned to the feature
   */
  public abstract KanoCategory category();

  /**
   * The second most frequent category.
   *
   * @return the second most frequent category
   */
  public abstract KanoCategory runnerUp();

  /**
   * Share of the top category minus share of the runner-up.
   *
   * @return share of the top category minus share of the runner-up
   */
  public abstract double categoryStrength();

  /**
   * Share of A + O + M.
   *
   * @return share of A + O + M
   */
  public abstract double totalStrength();

  /**
   * Berger's better (satisfaction) coefficient, in [0, 1].
   *
   * @return Berger's better (satisfaction) coefficient, in [0, 1]
   */
  public abstract double better();

  /**
   * Berger's worse (dissatisfaction) coefficient, in [-1, 0].
   *
   * @return Berger's worse (dissatisfaction) coefficient, in [-1, 0]
   */
  public abstract double worse();

  /**
   * Whether Fong's test finds the top two categories different at the 90 % level.
   *
   * @return whether Fong's test finds the top two categories different at the 90 % level
   */
  public abstract boolean fongSignificant();

  /**
   * |a - b| of the top two counts, the left side of Fong's test.
   *
   * @return |a - b| of the top two counts, the left side of Fong's test
   */
  public abstract double fongDifference();

  /**
   * 1.65 sqrt((a + b)(2n - a - b) / (2n)), the right side of Fong's test.
   *
   * @return 1.65 sqrt((a + b)(2n - a - b) / (2n)), the right side of Fong's test
   */
  public abstract double fongThreshold();

  /**
   * Mean functional score, -2 to 4.
   *
   * @return mean functional score, -2 to 4
   */
  public abstract double functionalMean();

  /**
   * Mean dysfunctional score, -2 to 4.
   *
   * @return mean dysfunctional score, -2 to 4
   */
  public abstract double dysfunctionalMean();

  /**
   * Mean self-stated importance among those who gave one, 1 to 9.
   *
   * @return mean self-stated importance among those who gave one, 1 to 9
   */
  public abstract OptionalDouble importanceMean();
}
