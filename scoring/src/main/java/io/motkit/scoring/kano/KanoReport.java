package io.motkit.scoring.kano;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The result of a {@link KanoAnalysis}: one {@link KanoFeatureResult} per feature, per-segment
 * results, and how many respondents the hygiene rules dropped.
 */
@Value.Immutable
public abstract class KanoReport {

  KanoReport() {}

  /** The features, in order of first appearance in the input. */
  public abstract List<KanoFeatureResult> features();

  /** The features analysed within each segment, by segment name; empty if no answer had one. */
  public abstract Map<String, List<KanoFeatureResult>> segments();

  /** Respondents in the input. */
  public abstract int respondents();

  /** Respondents dropped for too many questionable (Q) answers. */
  public abstract int droppedForQuestionable();

  /** Respondents dropped for too many indifferent (I) answers. */
  public abstract int droppedForIndifferent();

  /** The result for one feature. */
  public final java.util.Optional<KanoFeatureResult> feature(String name) {
    return features().stream().filter(f -> f.feature().equals(name)).findFirst();
  }

  /**
   * The assigned category of every feature, in the form the {@code kano} journey scorer takes:
   * pass it to {@link KanoJourneyScorerProvider#forCategories(Map, String)}.
   */
  public final Map<String, KanoCategory> categories() {
    Map<String, KanoCategory> categories = new LinkedHashMap<>();
    for (KanoFeatureResult feature : features()) {
      categories.put(feature.feature(), feature.category());
    }
    return categories;
  }
}
