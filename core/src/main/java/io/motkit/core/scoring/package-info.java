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
 * <p>Everything a scorer of another library needs is here, so that it depends on {@code
 * motkit-core} alone: {@link io.motkit.core.scoring.DeclaredScorerProvider} (a provider with its
 * {@link io.motkit.core.scoring.ParameterSpec parameters} declared once), {@link
 * io.motkit.core.scoring.SequenceScorer} (the base of the scorers that fold a sequence of
 * per-moment values into one remembered value through an allocation-free kernel) and {@link
 * io.motkit.core.scoring.MomentInput} (which per-moment value a scorer aggregates). To add a
 * scorer, implement {@code ScorerProvider}, list the class in {@code
 * META-INF/services/io.motkit.core.scoring.ScorerProvider} for the class path and declare it with
 * {@code provides io.motkit.core.scoring.ScorerProvider with ...} in the module's {@code
 * module-info.java} for the module path; {@code motkit-testkit}'s {@code ScorerContract} checks it.
 */
@MotkitStyle
@NullMarked
package io.motkit.core.scoring;

import io.motkit.core.internal.MotkitStyle;
import org.jspecify.annotations.NullMarked;
