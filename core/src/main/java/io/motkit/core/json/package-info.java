/**
 * The JSON form of {@link io.motkit.core.Journey journeys} and {@link io.motkit.core.JourneyScore
 * scores}, documented in {@code docs/json-format.md}. Reading is strict: an unknown field, a
 * missing required field, a wrong type or a value off the scale is a {@link
 * io.motkit.core.json.JsonFormatException} that names the field by its JSON path.
 */
@NullMarked
package io.motkit.core.json;

import org.jspecify.annotations.NullMarked;
