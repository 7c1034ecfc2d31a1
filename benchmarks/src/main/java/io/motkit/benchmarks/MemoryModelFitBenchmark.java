package io.motkit.benchmarks;

import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.Touchpoint;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.EventLog;
import io.motkit.journey.fit.FitReport;
import io.motkit.journey.fit.MemoryModelFit;
import io.motkit.journey.fit.RetrospectiveRatings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * Fitting every candidate memory model with 10-fold cross-validation to 100,000 journeys of 10
 * moments each, rated by peak-end plus noise: one whole fit per operation, in seconds, with no
 * bootstrap and with 200 resamples.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
public class MemoryModelFitBenchmark {

  @Param({"0", "200"})
  public int resamples;

  EventLog log;

  @Setup
  public void setUp() {
    Random random = new Random(7);
    List<Journey> journeys = new ArrayList<>();
    Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
    for (int j = 0; j < 100_000; j++) {
      Journey.Builder journey = Journey.builder().id("j" + j).scale(Scale.likert7());
      Instant at = t0.plusSeconds(3_600L * j);
      for (int i = 0; i < 10; i++) {
        long seconds = 30 + random.nextInt(300);
        journey.addMoment(
            Moment.builder()
                .touchpoint(Touchpoint.of("t" + i))
                .start(at)
                .duration(Duration.ofSeconds(seconds))
                .value(1 + random.nextInt(7))
                .build());
        at = at.plusSeconds(seconds + random.nextInt(600));
      }
      journeys.add(journey.build());
    }
    EventLog unrated = EventLog.of(journeys);
    Map<String, Double> ratings =
        RetrospectiveRatings.simulate(
            unrated, ScorerRegistry.load().create("peak-end", Map.of("peak", "worst")), 0.5, 8);
    Map<String, Map<String, Double>> outcomes = new LinkedHashMap<>();
    ratings.forEach((id, r) -> outcomes.put(id, Map.of("rating", r)));
    log = unrated.withOutcomes(outcomes);
  }

  /** Every candidate, 10 folds. */
  @Benchmark
  public FitReport allCandidatesTenFolds() {
    return MemoryModelFit.builder()
        .folds(10)
        .resamples(resamples)
        .seed(1)
        .build()
        .fit(log, "rating", "benchmark");
  }
}
