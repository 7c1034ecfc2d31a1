package io.motkit.core.scoring;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.motkit.core.Expectation;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The incremental form of a sequence kernel: a state of a few numbers that takes a journey's
 * moments one at a time, in time order, and gives the journey's score at any point. A stream
 * processor keeps one state per open journey instead of its moments.
 *
 * <p>The contract is exactness: after the moments {@code 0..n-1} of a journey were added in time
 * order, {@link #value} returns the very number the scorer's {@link SequenceKernel} returns for
 * those moments, to the last bit, because both do the same arithmetic in the same order. A fold is
 * bound to one {@link io.motkit.core.Scale}, is stateless itself and is thread-safe; the states it
 * makes are not.
 *
 * <p>A state is a {@code double[]} so that it stores and travels without a serializer of its own.
 * Times (epoch milliseconds, below 2<sup>53</sup>) are held exactly in a double. Most folds keep a
 * fixed number of values ({@link #maxStateLength()}); a fold whose state may grow says so by
 * returning -1 there and documents its bound.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface MomentFold {

  /**
   * A new state, of a journey with no moments yet.
   *
   * @return a new state
   */
  double[] newState();

  /**
   * Adds a journey's next moment, later than (or as late as) every moment added before.
   *
   * @param state the state, which may be changed in place
   * @param value the moment's value
   * @param startMillis when the moment started, in epoch milliseconds
   * @param durationMillis how long it lasted, in milliseconds
   * @return the new state: {@code state} itself, or a longer copy where the state grows
   */
  double[] add(double[] state, double value, long startMillis, long durationMillis);

  /**
   * Adds a journey's next moment with what else a moment carries: its touchpoint and expectation. A
   * fold whose scorer reads only values (every sequence kernel) ignores them; one whose scorer
   * shapes each moment by its touchpoint and expectation (Kano, SERVQUAL) needs this form, and its
   * {@linkplain #add(double[], double, long, long) value-only form} throws {@link
   * IllegalStateException}. A moment the scorer cannot take (a touchpoint without a category, no
   * expectation) does not fail here: the state remembers it, and {@link #value} says why, as the
   * scorer does for the same journey.
   *
   * @param state the state, which may be changed in place
   * @param touchpointId the moment's touchpoint
   * @param value the moment's value
   * @param expectation the moment's expectation, if it has one
   * @param startMillis when the moment started, in epoch milliseconds
   * @param durationMillis how long it lasted, in milliseconds
   * @return the new state: {@code state} itself, or a longer copy where the state grows
   */
  default double[] add(
      double[] state,
      String touchpointId,
      double value,
      Optional<Expectation> expectation,
      long startMillis,
      long durationMillis) {
    return add(state, value, startMillis, durationMillis);
  }

  /**
   * The score of the moments added so far; the state is not changed.
   *
   * @param state the state
   * @return the score, equal to the kernel's for the same moments
   * @throws IllegalArgumentException if no moment was added, or the model's value is undefined for
   *     these moments (the message says why, as the kernel's does)
   */
  double value(double[] state);

  /**
   * The most numbers a state holds, or -1 where it may grow with the moments (the fold's Javadoc
   * says how far).
   *
   * @return the largest state length, or -1
   */
  int maxStateLength();
}
