package io.motkit.benchmarks;

import io.motkit.core.Scale;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.core.scoring.SequenceKernel;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The sequence scorers' kernels over a columnar batch of 1,000,000 journeys of 20 moments, in
 * moments per second per thread, next to a plain loop that only sums the same values per journey:
 * the memory-bound floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SequenceKernelBenchmark {

  static final int JOURNEYS = 1_000_000;
  static final int MOMENTS = 20;
  static final int EVENTS = JOURNEYS * MOMENTS;

  @Param({"peak-end", "mean", "recency", "duration-weighted"})
  public String scorer;

  double[] values;
  long[] starts;
  long[] durations;
  int[] offsets;
  double[] out;
  SequenceKernel kernel;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    values = new double[EVENTS];
    starts = new long[EVENTS];
    durations = new long[EVENTS];
    offsets = new int[JOURNEYS + 1];
    for (int j = 0; j < JOURNEYS; j++) {
      offsets[j] = j * MOMENTS;
      long at = 1_700_000_000_000L + j * 60_000L;
      for (int m = 0; m < MOMENTS; m++) {
        int e = j * MOMENTS + m;
        values[e] = 1 + random.nextInt(7);
        at += random.nextInt(1, 86_400_000);
        starts[e] = at;
        durations[e] = random.nextInt(1, 3_600_000);
      }
    }
    offsets[JOURNEYS] = EVENTS;
    out = new double[JOURNEYS];
    kernel = ScorerRegistry.load().create(scorer, Map.of()).kernel(Scale.likert7()).orElseThrow();
  }

  /** The scorer's kernel over every journey. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public double[] kernel() {
    kernel.scoreAll(values, starts, durations, offsets, out);
    return out;
  }

  /** The floor: one pass that sums each journey's values, through the same offsets. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public double[] sumLoop() {
    for (int j = 0; j < JOURNEYS; j++) {
      double sum = 0;
      for (int e = offsets[j]; e < offsets[j + 1]; e++) {
        sum += values[e];
      }
      out[j] = sum;
    }
    return out;
  }
}
