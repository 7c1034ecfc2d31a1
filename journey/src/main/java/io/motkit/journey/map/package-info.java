/**
 * The aggregate journey map: the directly-follows graph of touchpoints with counts, transition
 * probabilities and median times, start and end touchpoints, the most common paths (variants), and
 * drop-off per stage, as in process mining (van der Aalst 2016, <i>Process Mining</i>).
 */
@MotkitStyle
@NullMarked
package io.motkit.journey.map;

import io.motkit.core.internal.MotkitStyle;
import org.jspecify.annotations.NullMarked;
