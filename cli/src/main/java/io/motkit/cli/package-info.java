/**
 * The {@code motkit} command line: scorers, survey analyses (Kano, SERVQUAL, NPS), journey
 * analyses, simulation, HTML reports and the demos, reading the formats of {@code docs/formats.md}
 * and writing JSON, CSV or tables. Exit code 0 on success, 1 on bad input (the message names file,
 * line, column and value), 2 on a usage error.
 */
package io.motkit.cli;
