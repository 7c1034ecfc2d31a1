package io.motkit.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.Version;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Where a result came from: the analysis, its settings as text, the motkit version that ran it, and
 * its inputs. Every {@link AnalysisResult} carries one, and writes it first in its JSON.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class Provenance {

  Provenance() {}

  /**
   * The analysis, such as {@code kano} or {@code journey-map}.
   *
   * @return the analysis, such as {@code kano} or {@code journey-map}
   */
  public abstract String analysis();

  /**
   * The settings the analysis ran with, by name, in a stable order.
   *
   * @return the settings the analysis ran with, by name, in a stable order
   */
  public abstract Map<String, String> settings();

  /**
   * The motkit version.
   *
   * @return the motkit version
   */
  public abstract String version();

  /**
   * The inputs, in the order the analysis read them.
   *
   * @return the inputs, in the order the analysis read them
   */
  public abstract List<InputSummary> inputs();

  /**
   * The provenance of a run of {@code analysis} with {@code settings} on {@code inputs}, by this
   * motkit.
   *
   * @param analysis the analysis
   * @param settings the settings
   * @param inputs the inputs
   * @return the provenance of a run of {@code analysis} with {@code settings} on {@code inputs}, by
   *     this motkit
   */
  public static Provenance of(
      String analysis, Map<String, String> settings, List<InputSummary> inputs) {
    return ImmutableProvenance.builder()
        .analysis(analysis)
        .putAllSettings(settings)
        .version(Version.current())
        .addAllInputs(inputs)
        .build();
  }

  @Value.Check
  final void check() {
    checkArgument(!analysis().isBlank(), "an analysis needs a name");
  }
}
