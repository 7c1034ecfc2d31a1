/**
 * Peers of motkit in the end-to-end benchmark ({@code benchmarks/run-e2e.sh}): the same peak-end
 * values per journey from the same CSV computed by DuckDB, and a parse-only loop that sets the
 * floor any reader of the file must pay.
 */
package io.motkit.benchmarks.peers;
