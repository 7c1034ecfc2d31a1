/**
 * The baselines a remembered-experience model is compared with: the plain mean, the
 * duration-weighted mean and area under the curve ("total utility", Kahneman, Wakker and Sarin
 * 1997), the end alone, the peak alone, the minimum, and the trend over the final part of the
 * journey (Ariely 1998).
 */
@MotkitStyle
@NullMarked
package io.motkit.scoring.baseline;

import io.motkit.core.internal.MotkitStyle;
import org.jspecify.annotations.NullMarked;
