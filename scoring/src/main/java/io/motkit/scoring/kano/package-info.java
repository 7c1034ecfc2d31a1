/**
 * The Kano model (Kano, Seraku, Takahashi and Tsuji 1984): the questionnaire analysis that
 * classifies each feature as attractive, one-dimensional, must-be, indifferent, reverse or
 * questionable, and the journey scorer that shapes each moment's satisfaction by its touchpoint's
 * category.
 */
@MotkitStyle
@NullMarked
package io.motkit.scoring.kano;

import io.motkit.core.internal.MotkitStyle;
import org.jspecify.annotations.NullMarked;
