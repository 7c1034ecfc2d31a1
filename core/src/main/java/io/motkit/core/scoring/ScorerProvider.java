package io.motkit.core.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Builds one kind of {@link JourneyScorer} from string parameters, so that a command line or a
 * remote service can configure it. Providers are found with {@link java.util.ServiceLoader}; list
 * the implementation in {@code META-INF/services/io.motkit.core.scoring.ScorerProvider}. An
 * implementation needs a public no-argument constructor and must be thread-safe.
 */
@API(status = STABLE, since = "0.1")
public interface ScorerProvider {

  /**
   * A unique, never blank id, such as {@code peak-end}.
   *
   * @return a unique, never blank id, such as {@code peak-end}
   */
  String id();

  /**
   * One line on what the scorer computes.
   *
   * @return one line on what the scorer computes
   */
  String description();

  /**
   * The published source of the model, or {@code "none"} for a plain statistic.
   *
   * @return the published source of the model, or {@code "none"} for a plain statistic
   */
  String reference();

  /**
   * The parameters {@link #create(Map)} accepts.
   *
   * @return the parameters {@link #create(Map)} accepts
   */
  List<ParameterSpec> parameters();

  /**
   * A scorer configured by {@code parameters}; absent parameters take their defaults.
   *
   * @param parameters the parameters, by name
   * @return a scorer configured by {@code parameters}; absent parameters take their defaults
   * @throws ScorerParameterException if a parameter is unknown, missing or has a bad value
   */
  JourneyScorer create(Map<String, String> parameters);
}
