package io.motkit.core.analysis;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * An analysis: an immutable, thread-safe settings value that runs on its input and returns a result
 * with provenance. Kano, SERVQUAL, NPS, pain and delight points, key drivers, moments of truth, the
 * journey map, the Markov model and the contact timeline all have this shape.
 *
 * @param <I> the input data
 * @param <R> the result
 */
@API(status = STABLE, since = "0.1")
public interface Analysis<I, R extends AnalysisResult> {

  /**
   * The analysis's name in provenance and on the command line, such as {@code kano}.
   *
   * @return the analysis's name in provenance and on the command line, such as {@code kano}
   */
  String name();

  /**
   * The settings as text, by name, in a stable order, as the provenance records them.
   *
   * @return the settings as text, by name, in a stable order, as the provenance records them
   */
  Map<String, String> settingsText();

  /**
   * Runs the analysis.
   *
   * @param input the input
   * @return the result
   * @throws IllegalArgumentException if the input cannot be analysed with these settings, with a
   *     message that says why
   */
  R run(AnalysisInput<I> input);
}
