package io.motkit.benchmarks;

import io.motkit.core.analysis.AnalysisInput;
import io.motkit.journey.EventLog;
import io.motkit.journey.map.JourneyMap;
import io.motkit.journey.map.JourneyMapAnalysis;
import io.motkit.journey.markov.MarkovAnalysis;
import io.motkit.journey.markov.MarkovSettings;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The journey map and the Markov removal effects of 1,000,000 journeys over 30 touchpoints, in
 * seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
public class JourneyAnalysisBenchmark {

  EventLog log;

  @Setup
  public void setUp() {
    log = Populations.log(Populations.model(30, 6), 1_000_000, 11);
    System.out.printf(
        "%n%d journeys, %d events, %d touchpoints%n",
        log.journeyCount(), log.eventCount(), log.touchpoints().size());
  }

  private AnalysisInput<EventLog> input() {
    return AnalysisInput.inMemory(log, "population", log.eventCount());
  }

  /** The directly-follows graph, variants and stage drop-off. */
  @Benchmark
  public JourneyMap journeyMap() {
    return JourneyMapAnalysis.defaults().run(input()).map();
  }

  /** Fitting the first-order chain and the exact removal effect of all 30 touchpoints. */
  @Benchmark
  public Map<String, Double> markovRemovalEffects() {
    return MarkovAnalysis.of(MarkovSettings.ofOutcome("paid"))
        .run(input())
        .model()
        .removalEffects();
  }
}
