/**
 * What the built-in scorers and survey analyses share, such as the sample mean with its interval.
 *
 * <p>The scorers themselves live in one package per model: {@code peakend}, {@code recency}, {@code
 * baseline}, {@code kano}, {@code servqual} and {@code composite}. All are registered through
 * {@link java.util.ServiceLoader} (the module declares them with {@code provides}); use {@link
 * io.motkit.core.scoring.ScorerRegistry} to list and create them. They are built on the SPI in
 * {@link io.motkit.core.scoring}, which a third-party scorer needs alone.
 */
@MotkitStyle
@NullMarked
package io.motkit.scoring;

import io.motkit.core.internal.MotkitStyle;
import org.jspecify.annotations.NullMarked;
