/**
 * Peers of motkit in the end-to-end benchmark ({@code benchmarks/run-e2e.sh}): the same peak-end
 * values per journey from the same CSV computed by DuckDB and by a program written by hand for the
 * file's layout, and a parse-only loop that sets the floor any reader of the file must pay.
 */
package io.motkit.benchmarks.peers;
