package io.motkit.core.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A {@link ScorerProvider} declared by its id, description, reference and parameter specs: it
 * checks the given parameters against the specs (rejecting unknown ones, filling in defaults) and
 * hands them to {@link #create(ScorerParameters)}. The base of motkit's own providers.
 */
@API(status = STABLE, since = "0.1")
public abstract class DeclaredScorerProvider implements ScorerProvider {

  private final String id;
  private final String description;
  private final String reference;
  private final List<ParameterSpec> parameters;

  /**
   * A provider with this id, description, reference and parameter specs.
   *
   * @param id the id
   * @param description the description
   * @param reference the reference
   * @param parameters the parameters, by name
   */
  protected DeclaredScorerProvider(
      String id, String description, String reference, List<ParameterSpec> parameters) {
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

  /**
   * The scorer for parameters already checked against the specs.
   *
   * @param parameters the parameters, by name
   * @return the scorer for parameters already checked against the specs
   * @throws io.motkit.core.scoring.ScorerParameterException if a value is of the wrong form
   */
  protected abstract JourneyScorer create(ScorerParameters parameters);
}
