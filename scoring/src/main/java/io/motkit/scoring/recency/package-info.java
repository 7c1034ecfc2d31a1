/**
 * Recency and primacy: later (or earlier) moments weigh more in the remembered value, with weights
 * that decay exponentially with a half-life in time or in positions.
 */
@MotkitStyle
@NullMarked
package io.motkit.scoring.recency;

import io.motkit.core.internal.MotkitStyle;
import org.jspecify.annotations.NullMarked;
