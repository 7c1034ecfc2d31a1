/**
 * What the journey module's analyses share and users do not see: the per-segment tally and the way
 * every analysis writes its segments. Not exported.
 */
@MotkitStyle
@NullMarked
package io.motkit.journey.internal;

import io.motkit.core.internal.MotkitStyle;
import org.jspecify.annotations.NullMarked;
