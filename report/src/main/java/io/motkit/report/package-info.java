/**
 * Self-contained HTML reports: the emotion curve of a journey with its peak and end, pain and
 * delight points, key drivers as importance against performance, the Kano better/worse grid, and
 * the journey map, drawn by Apache ECharts, which is inlined so that the page works offline.
 */
@NullMarked
package io.motkit.report;

import org.jspecify.annotations.NullMarked;
