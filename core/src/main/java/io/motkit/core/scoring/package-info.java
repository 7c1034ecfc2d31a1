/**
 * The scorer SPI: a {@link io.motkit.core.scoring.JourneyScorer} turns a journey into one {@link
 * io.motkit.core.JourneyScore}; a {@link io.motkit.core.scoring.ScorerProvider}, found with {@link
 * java.util.ServiceLoader}, builds scorers from string parameters; the {@link
 * io.motkit.core.scoring.ScorerRegistry} lists the providers and creates scorers by id.
 *
 * <p>Scorers over a sequence of values also expose a {@link io.motkit.core.scoring.SequenceKernel}
 * that runs over primitive arrays, so that a batch of millions of journeys is scored without an
 * object per moment.
 *
 * <p>To add a scorer, implement {@code ScorerProvider} and list the class in {@code
 * META-INF/services/io.motkit.core.scoring.ScorerProvider}; that works on the class path and on the
 * module path.
 */
@MotkitStyle
package io.motkit.core.scoring;

import io.motkit.core.MotkitStyle;
