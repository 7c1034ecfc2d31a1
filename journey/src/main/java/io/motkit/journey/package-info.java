/**
 * Journeys at scale: reading event logs (one row per contact) from CSV and JSON Lines into a
 * compact columnar {@link io.motkit.journey.EventLog}, strictly or leniently, with journey-level
 * outcomes from a second file. The analyses live in the sub-packages {@code analysis} (contact
 * timelines, pain and delight points, moments of truth), {@code map} (journey maps), {@code markov}
 * (Markov journey models) and {@code simulation} (synthetic populations).
 */
@MotkitStyle
@NullMarked
package io.motkit.journey;

import io.motkit.core.internal.MotkitStyle;
import org.jspecify.annotations.NullMarked;
