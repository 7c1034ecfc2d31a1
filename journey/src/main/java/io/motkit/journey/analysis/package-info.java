/**
 * Analyses of journeys: the {@link io.motkit.journey.analysis.ContactTimeline contact timeline} of
 * one journey, {@link io.motkit.journey.analysis.PainPointAnalysis pain and delight points} across
 * a population, and the moments of truth by {@link io.motkit.journey.analysis.KeyDriverAnalysis key
 * drivers} and by {@link io.motkit.journey.analysis.MomentsOfTruthAnalysis peak, end and what-if}.
 * Every analysis of a population is a {@link io.motkit.journey.analysis.JourneyAnalysis}: a tally
 * per journey, a merge, and a finish, run on the threads of an event log or on a cluster.
 */
@MotkitStyle
@NullMarked
package io.motkit.journey.analysis;

import io.motkit.core.internal.MotkitStyle;
import org.jspecify.annotations.NullMarked;
