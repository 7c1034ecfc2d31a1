/**
 * Synthetic journey populations for experiments and benchmarks: a {@link
 * io.motkit.journey.simulation.JourneyModel} (transitions, experience distributions, durations,
 * expectations, an outcome model) and a seeded {@link
 * io.motkit.journey.simulation.JourneySimulator}; the same seed gives the same population.
 */
@MotkitStyle
@NullMarked
package io.motkit.journey.simulation;

import io.motkit.core.internal.MotkitStyle;
import org.jspecify.annotations.NullMarked;
