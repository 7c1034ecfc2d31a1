package io.motkit.benchmarks;

import io.motkit.core.Scale;
import io.motkit.core.csv.CsvInput;
import io.motkit.journey.EventLog;
import io.motkit.journey.EventLogReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading a CSV event log of about a million rows and grouping it into journeys, in seconds per
 * read; rows per second is the row count (printed at setup) divided by it. Read on all cores
 * ({@code parallel}) and on one ({@code sequential}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class EventLogReadBenchmark {

  Path file;
  long rows;
  EventLogReader reader = EventLogReader.of(Scale.likert7());

  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) throws IOException {
    file = Populations.csv(Populations.model(30, 10), 100_000, 7);
    try (var lines = Files.lines(file)) {
      rows = lines.count() - 1;
    }
    System.out.printf("%n%s: %d rows, %d bytes%n", params.getBenchmark(), rows, Files.size(file));
  }

  /** All cores. */
  @Benchmark
  public EventLog parallel() {
    return reader.readCsv(file);
  }

  /** One core, through the streaming reader. */
  @Benchmark
  public void sequential(Blackhole sink) {
    try (CsvInput csv = CsvInput.open(file)) {
      sink.consume(reader.readCsv(csv));
    }
  }
}
