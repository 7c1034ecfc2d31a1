/**
 * The peak-end rule: the remembered value of an episode is well predicted by the average of its
 * most intense moment and its final moment, and hardly by its duration (Kahneman, Fredrickson,
 * Schreiber and Redelmeier 1993; Redelmeier and Kahneman 1996; Fredrickson and Kahneman 1993).
 */
@MotkitStyle
@NullMarked
package io.motkit.scoring.peakend;

import io.motkit.core.internal.MotkitStyle;
import org.jspecify.annotations.NullMarked;
