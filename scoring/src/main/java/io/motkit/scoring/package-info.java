/**
 * What the journey scorers share: the choice of {@link io.motkit.scoring.MomentInput per-moment
 * value} a scorer aggregates, and {@link io.motkit.scoring.SequenceScorer}, the base of the scorers
 * that fold a sequence of per-moment values into one remembered value through an allocation-free
 * kernel.
 *
 * <p>The scorers themselves live in one package per model: {@code peakend}, {@code recency},
 * {@code baseline}, {@code kano}, {@code servqual} and {@code composite}. All are registered
 * through {@link java.util.ServiceLoader}; use {@link io.motkit.core.scoring.ScorerRegistry} to
 * list and create them.
 */
@MotkitStyle
package io.motkit.scoring;

import io.motkit.core.MotkitStyle;
