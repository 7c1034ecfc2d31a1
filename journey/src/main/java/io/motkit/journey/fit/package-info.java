/**
 * Fitting memory models to retrospective ratings: which model of remembered experience (peak-end,
 * recency, duration-weighted, trend, the plain baselines, or the regression on peak, end, mean and
 * duration of Redelmeier and Kahneman 1996) predicts the rating people give after an episode, with
 * which parameters, judged out of sample by seeded k-fold cross-validation. See {@link
 * io.motkit.journey.fit.MemoryModelFit} and {@code docs/fit.md}.
 */
@MotkitStyle
@NullMarked
package io.motkit.journey.fit;

import io.motkit.core.internal.MotkitStyle;
import org.jspecify.annotations.NullMarked;
