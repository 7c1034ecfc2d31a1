package io.motkit.benchmarks;

import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.Touchpoint;
import io.motkit.journey.EventLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code EventLog.of} over journeys already in memory (5 moments each), at 10 thousand to 1 million
 * journeys: the time per operation divided by the journeys should stay flat.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g"})
public class EventLogOfBenchmark {

  @Param({"10000", "100000", "1000000"})
  public int journeys;

  List<Journey> list;

  @Setup
  public void setUp() {
    list = new ArrayList<>(journeys);
    Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
    for (int j = 0; j < journeys; j++) {
      Journey.Builder journey = Journey.builder().id("j" + j).scale(Scale.likert7());
      for (int i = 0; i < 5; i++) {
        journey.addMoment(
            Moment.of(Touchpoint.of("t" + i), t0.plusSeconds(60L * i + j), 1 + (j + i) % 7));
      }
      list.add(journey.build());
    }
  }

  /** The columnar log of all the journeys. */
  @Benchmark
  public EventLog of() {
    return EventLog.of(list);
  }
}
