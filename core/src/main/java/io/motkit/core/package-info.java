/**
 * The motkit domain model: rating {@link io.motkit.core.Scale scales}, {@link
 * io.motkit.core.Touchpoint touchpoints} and their {@link io.motkit.core.Stage stages}, {@link
 * io.motkit.core.Expectation expectations}, {@link io.motkit.core.Moment moments} and {@link
 * io.motkit.core.Journey journeys}, and the {@link io.motkit.core.JourneyScore score} a scorer
 * gives a journey.
 *
 * <p>A moment of truth (Carlzon 1987, <i>Moments of Truth</i>) is a contact between a customer and
 * a service in which the customer forms a judgement of the whole service. motkit records each
 * contact as a {@code Moment}: one occurrence of a {@code Touchpoint} in one customer's {@code
 * Journey}, rated on the journey's {@code Scale} and, where known, compared with an {@code
 * Expectation} (Oliver 1980, disconfirmation of expectations).
 *
 * <p>Every type here is immutable and thread-safe, and no method accepts or returns {@code null}:
 * absent values are {@link java.util.Optional} or empty collections.
 */
@MotkitStyle
@NullMarked
package io.motkit.core;

import io.motkit.core.internal.MotkitStyle;
import org.jspecify.annotations.NullMarked;
