/**
 * The composite scorer: combines each moment's aspect ratings (appearance, behaviour,
 * communication) with aspect weights before another scorer aggregates the journey.
 */
@MotkitStyle
@NullMarked
package io.motkit.scoring.composite;

import io.motkit.core.internal.MotkitStyle;
import org.jspecify.annotations.NullMarked;
