/**
 * The Net Promoter Score (Reichheld 2003): promoters (9-10) minus detractors (0-6) in percent of
 * all respondents to a 0-10 likelihood-to-recommend question, with its standard error, confidence
 * intervals and a two-sample comparison.
 */
@MotkitStyle
@NullMarked
package io.motkit.scoring.nps;

import io.motkit.core.internal.MotkitStyle;
import org.jspecify.annotations.NullMarked;
