/**
 * JMH benchmarks of motkit: the sequence kernels against a plain summing loop, event-log reading,
 * journey maps and Markov removal effects, and the Kano and SERVQUAL analyses. Build with {@code
 * mvn -B -DskipTests package} and run {@code java -jar benchmarks/target/benchmarks.jar}; the
 * figures are in {@code benchmarks/RESULTS.md}.
 */
package io.motkit.benchmarks;
