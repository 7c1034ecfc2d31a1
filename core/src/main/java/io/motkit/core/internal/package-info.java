/**
 * What motkit's own modules share and users do not need: the strict JSON object reader and the
 * writer of result documents. The module exports this package only to motkit's modules; its types
 * may change in any release.
 */
@io.motkit.core.internal.MotkitStyle
@NullMarked
package io.motkit.core.internal;

import org.jspecify.annotations.NullMarked;
