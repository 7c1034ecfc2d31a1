/**
 * How event logs are read: CSV and JSON Lines rows checked and interned into columns by one
 * accumulator, large files read in parts on several threads straight from their bytes, and the
 * columns an {@link io.motkit.journey.EventLog} wraps. Not exported: the readers' API is {@link
 * io.motkit.journey.EventLogReader}.
 */
@MotkitStyle
@NullMarked
package io.motkit.journey.read;

import io.motkit.core.internal.MotkitStyle;
import org.jspecify.annotations.NullMarked;
