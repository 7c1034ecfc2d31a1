package io.motkit.core.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scorers available to an application: lists the {@link ScorerProvider providers} with their
 * parameters and descriptions, and creates a scorer by id. Immutable and thread-safe.
 *
 * <p>{@link #load()} finds the providers with {@link ServiceLoader}, on the class path and on the
 * module path; {@link #of(Iterable)} takes them from the caller.
 */
@API(status = STABLE, since = "0.1")
public final class ScorerRegistry {

  private static final Logger LOG = LoggerFactory.getLogger(ScorerRegistry.class);

  private final ImmutableSortedMap<String, ScorerProvider> providers;

  private ScorerRegistry(ImmutableSortedMap<String, ScorerProvider> providers) {
    this.providers = providers;
  }

  /**
   * The providers that {@link ServiceLoader} finds through this class's class loader.
   *
   * @return the providers that {@link ServiceLoader} finds through this class's class loader
   * @throws IllegalArgumentException if two providers share an id or an id is blank
   */
  public static ScorerRegistry load() {
    return load(ScorerRegistry.class.getClassLoader());
  }

  /**
   * The providers that {@link ServiceLoader} finds through {@code classLoader}.
   *
   * @param classLoader where the providers are looked up
   * @return the providers that {@link ServiceLoader} finds through {@code classLoader}
   * @throws IllegalArgumentException if two providers share an id or an id is blank
   */
  public static ScorerRegistry load(ClassLoader classLoader) {
    ScorerRegistry registry = of(ServiceLoader.load(ScorerProvider.class, classLoader));
    LOG.debug("found {} scorer providers: {}", registry.providers.size(), registry.ids());
    return registry;
  }

  /**
   * A registry of exactly these providers.
   *
   * @param providers the providers
   * @return a registry of exactly these providers
   * @throws IllegalArgumentException if two providers share an id or an id is blank
   */
  public static ScorerRegistry of(Iterable<? extends ScorerProvider> providers) {
    Map<String, ScorerProvider> byId = new TreeMap<>();
    for (ScorerProvider provider : providers) {
      String id = provider.id();
      checkArgument(
          id != null && !id.isBlank(),
          "scorer provider %s has a blank id",
          provider.getClass().getName());
      ScorerProvider previous = byId.putIfAbsent(id, provider);
      checkArgument(
          previous == null,
          "duplicate scorer id '%s': provided by %s and by %s",
          id,
          previous == null ? "" : previous.getClass().getName(),
          provider.getClass().getName());
    }
    return new ScorerRegistry(ImmutableSortedMap.copyOf(byId));
  }

  /**
   * The providers, sorted by id.
   *
   * @return the providers, sorted by id
   */
  public List<ScorerProvider> providers() {
    return ImmutableList.copyOf(providers.values());
  }

  /**
   * The registered ids, sorted.
   *
   * @return the registered ids, sorted
   */
  public Set<String> ids() {
    return providers.keySet();
  }

  /**
   * The provider with this id, if registered.
   *
   * @param id the id
   * @return the provider with this id, if registered
   */
  public Optional<ScorerProvider> find(String id) {
    return Optional.ofNullable(providers.get(id));
  }

  /**
   * The provider with this id.
   *
   * @param id the id
   * @return the provider with this id
   * @throws UnknownScorerException listing the registered ids if there is none
   */
  public ScorerProvider provider(String id) {
    ScorerProvider provider = providers.get(id);
    if (provider == null) {
      throw new UnknownScorerException(id, ids());
    }
    return provider;
  }

  /**
   * A scorer with its default parameters.
   *
   * @param id the id
   * @return a scorer with its default parameters
   * @throws UnknownScorerException listing the registered ids if there is no such scorer
   * @throws ScorerParameterException if the scorer has a required parameter
   */
  public JourneyScorer create(String id) {
    return create(id, Map.of());
  }

  /**
   * A scorer configured by {@code parameters}.
   *
   * @param id the id
   * @param parameters the parameters, by name
   * @return a scorer configured by {@code parameters}
   * @throws UnknownScorerException listing the registered ids if there is no such scorer
   * @throws ScorerParameterException if a parameter is unknown, missing or has a bad value; the
   *     message lists what is valid
   */
  public JourneyScorer create(String id, Map<String, String> parameters) {
    return provider(id).create(parameters);
  }

  @Override
  public String toString() {
    return "ScorerRegistry" + ids();
  }
}
