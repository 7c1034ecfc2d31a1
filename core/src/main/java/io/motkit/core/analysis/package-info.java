/**
 * The one shape every motkit analysis has: an immutable settings value ({@link
 * io.motkit.core.analysis.Analysis}) that runs on an {@link io.motkit.core.analysis.AnalysisInput}
 * and returns an {@link io.motkit.core.analysis.AnalysisResult}, which carries its {@link
 * io.motkit.core.analysis.Provenance} and writes itself as JSON and as tidy CSV tables.
 */
@MotkitStyle
@NullMarked
package io.motkit.core.analysis;

import io.motkit.core.internal.MotkitStyle;
import org.jspecify.annotations.NullMarked;
