/**
 * SERVQUAL (Parasuraman, Zeithaml and Berry 1988, 1991, 1994): service quality as the gap between
 * perceptions and expectations over five dimensions (tangibles, reliability, responsiveness,
 * assurance, empathy), with the zone of tolerance between adequate and desired service. Holds the
 * survey analysis and the journey scorer that applies the gap model to moments.
 */
@MotkitStyle
@NullMarked
package io.motkit.scoring.servqual;

import io.motkit.core.internal.MotkitStyle;
import org.jspecify.annotations.NullMarked;
