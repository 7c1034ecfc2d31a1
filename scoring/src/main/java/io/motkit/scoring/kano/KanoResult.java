package io.motkit.scoring.kano;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.analysis.AnalysisResult;
import io.motkit.core.analysis.Provenance;
import io.motkit.core.csv.CsvTable;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The result of a {@link KanoAnalysis}: one {@link KanoFeatureResult} per feature, per-segment
 * results, and how many respondents the hygiene rules dropped.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class KanoResult implements AnalysisResult {

  KanoResult() {}

  @Override
  public abstract Provenance provenance();

  /** Writes the report as JSON: provenance, respondents, features and segments. */
  @Override
  public final void writeJson(Writer out) throws IOException {
    KanoResultJson.write(this, out);
  }

  /** {@code features}: one row per feature and segment, the whole sample as segment {@code all}. */
  @Override
  public final List<String> tableNames() {
    return List.of("features");
  }

  @Override
  public final CsvTable table(String name) {
    com.google.common.base.Preconditions.checkArgument(
        name.equals("features"), "no table '%s'; the Kano report has %s", name, tableNames());
    return KanoResultJson.table(this);
  }

  /**
   * The features, in order of first appearance in the input.
   *
   * @return the features, in order of first appearance in the input
   */
  public abstract List<KanoFeatureResult> features();

  /**
   * The features analysed within each segment, by segment name; empty if no answer had one.
   *
   * @return the features analysed within each segment, by segment name; empty if no answer had one
   */
  public abstract Map<String, List<KanoFeatureResult>> segments();

  /**
   * Respondents in the input.
   *
   * @return respondents in the input
   */
  public abstract int respondents();

  /**
   * Respondents dropped for too many questionable (Q) answers.
   *
   * @return respondents dropped for too many questionable (Q) answers
   */
  public abstract int droppedForQuestionable();

  /**
   * Respondents dropped for too many indifferent (I) answers.
   *
   * @return respondents dropped for too many indifferent (I) answers
   */
  public abstract int droppedForIndifferent();

  /**
   * The result for one feature.
   *
   * @param name the name
   * @return the result for one feature
   */
  public final java.util.Optional<KanoFeatureResult> feature(String name) {
    return features().stream().filter(f -> f.feature().equals(name)).findFirst();
  }

  /**
   * The assigned category of every feature, in the form the {@code kano} journey scorer takes: pass
   * it to {@link KanoJourneyScorerProvider#forCategories(Map, String)}.
   *
   * @return the assigned category of every feature, in the form the {@code kano} journey scorer
   *     takes: pass it to {@link KanoJourneyScorerProvider#forCategories(Map, String)}
   */
  public final Map<String, KanoCategory> categories() {
    Map<String, KanoCategory> categories = new LinkedHashMap<>();
    for (KanoFeatureResult feature : features()) {
      categories.put(feature.feature(), feature.category());
    }
    return categories;
  }
}
