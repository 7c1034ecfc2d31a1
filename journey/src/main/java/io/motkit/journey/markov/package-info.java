/**
 * Markov-chain journey models (Anderl, Becker, von Wangenheim and Schumann 2016): touchpoints as
 * states between a start and two absorbing states, success and failure; success probabilities and
 * the removal effect of each touchpoint computed exactly with absorbing-chain algebra.
 */
@MotkitStyle
@NullMarked
package io.motkit.journey.markov;

import io.motkit.core.internal.MotkitStyle;
import org.jspecify.annotations.NullMarked;
