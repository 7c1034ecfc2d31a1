package io.motkit.scoring.baseline;

import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ParameterSpec;
import io.motkit.core.scoring.ScorerParameters;
import io.motkit.core.scoring.ScorerProvider;
import java.util.List;
import java.util.Map;

/** What the baseline providers share: id, description, reference and parameter parsing. */
abstract class BaselineScorerProvider implements ScorerProvider {

  private final String id;
  private final String description;
  private final String reference;
  private final List<ParameterSpec> parameters;

  BaselineScorerProvider(String id, String description, String reference, List<ParameterSpec> parameters) {
    this.id = id;
    this.description = description;
    this.reference = reference;
    this.parameters = List.copyOf(parameters);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final String reference() {
    return reference;
  }

  @Override
  public final List<ParameterSpec> parameters() {
    return parameters;
  }

  @Override
  public final JourneyScorer create(Map<String, String> given) {
    return create(ScorerParameters.parse(id, parameters, given));
  }

  abstract JourneyScorer create(ScorerParameters parameters);
}
