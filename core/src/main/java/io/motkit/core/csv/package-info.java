/**
 * Reading long-format CSV files with a header: columns by name in any order, typed fields, and a
 * {@link io.motkit.core.csv.InputFormatException} that names the file, line, column and value of
 * every bad field. Used by the survey and event-log readers.
 */
@NullMarked
package io.motkit.core.csv;

import org.jspecify.annotations.NullMarked;
