package io.motkit.core.analysis;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.Serializable;
import java.util.List;
import org.apiguardian.api.API;

/**
 * An analysis computed in three steps, so that any engine can run it and every engine gets the same
 * result: a <em>tally</em> of each unit (a journey, a survey response) into a mutable summary, an
 * associative <em>merge</em> of two summaries, and a <em>finish</em> that turns the summary of all
 * units into the result. It is the shape of {@link java.util.stream.Collector}, with a result that
 * carries its provenance.
 *
 * <p>The event log runs an aggregation over blocks of journeys on its threads and merges the block
 * tallies in block order; the Spark module runs the very same steps over each partition and merges
 * the partitions' tallies on the driver; a stream processor keeps a tally per window. Because the
 * aggregation and its tallies cross process boundaries there, both are {@link Serializable} (an
 * aggregation that holds something that is not, such as a scorer, serializes a recipe for it).
 *
 * <p>The contract an implementation keeps:
 *
 * <ul>
 *   <li>{@code merge(newTally(), t)} and {@code merge(t, newTally())} are equal to {@code t};
 *   <li>{@code merge} is associative, and the finished result does not depend on the order in which
 *       units were tallied or tallies merged, except for the rounding of floating-point sums (so
 *       that results agree to the last digit where the arithmetic allows and to 1e-12 otherwise);
 *   <li>a tally is used by one thread at a time; {@code merge} may reuse either argument;
 *   <li>{@code add} rejects a unit the analysis cannot use with an {@link IllegalArgumentException}
 *       naming it, never by dropping it silently.
 * </ul>
 *
 * <p>This is motkit's extension point for analyses: implement it, and every engine runs the new
 * analysis.
 *
 * @param <U> the unit tallied
 * @param <T> the tally
 * @param <R> the result
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface Aggregation<U, T extends Serializable, R extends AnalysisResult>
    extends Serializable {

  /**
   * A new, empty tally: the identity of {@link #merge}.
   *
   * @return a new, empty tally
   */
  T newTally();

  /**
   * Adds one unit to a tally.
   *
   * @param tally the tally, changed in place
   * @param unit the unit
   * @throws IllegalArgumentException if the unit cannot be analysed with these settings, naming it
   */
  void add(T tally, U unit);

  /**
   * The tally of the units of both tallies.
   *
   * @param left a tally
   * @param right another tally, of other units
   * @return the tally of the units of both (either argument, changed, or a new tally)
   */
  T merge(T left, T right);

  /**
   * The result of the units tallied.
   *
   * @param tally the tally of every unit
   * @param sources the inputs the units came from, for the provenance
   * @return the result
   * @throws IllegalArgumentException if the units cannot be analysed with these settings (too few,
   *     collinear), with a message that says why
   */
  R finish(T tally, List<InputSummary> sources);
}
