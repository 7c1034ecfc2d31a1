/**
 * Analyses of journeys: the {@link io.motkit.journey.analysis.ContactTimeline contact timeline} of
 * one journey, {@link io.motkit.journey.analysis.PainPointAnalysis pain and delight points} across
 * a population, and the moments of truth by {@link io.motkit.journey.analysis.KeyDriverAnalysis key
 * drivers} and by {@link io.motkit.journey.analysis.MomentsOfTruth peak, end and what-if}.
 */
@MotkitStyle
@NullMarked
package io.motkit.journey.analysis;

import io.motkit.core.internal.MotkitStyle;
import org.jspecify.annotations.NullMarked;
