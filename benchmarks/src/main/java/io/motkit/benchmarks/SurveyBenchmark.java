package io.motkit.benchmarks;

import io.motkit.core.analysis.AnalysisInput;
import io.motkit.scoring.kano.KanoAnalysis;
import io.motkit.scoring.kano.KanoAnswer;
import io.motkit.scoring.kano.KanoResponse;
import io.motkit.scoring.kano.KanoResult;
import io.motkit.scoring.servqual.ServqualAnalysis;
import io.motkit.scoring.servqual.ServqualResponse;
import io.motkit.scoring.servqual.ServqualResult;
import io.motkit.scoring.servqual.ServqualSurvey;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
 * The Kano analysis of 100,000 respondents x 10 features and the SERVQUAL analysis of 100,000 x 22
 * items, in seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
public class SurveyBenchmark {

  List<KanoResponse> kano;
  List<ServqualResponse> servqual;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(3);
    KanoAnswer[] answers = KanoAnswer.values();
    kano = new ArrayList<>();
    servqual = new ArrayList<>();
    for (int r = 0; r < 100_000; r++) {
      String respondent = "r" + r;
      for (int f = 0; f < 10; f++) {
        kano.add(
            KanoResponse.of(
                respondent,
                "feature-" + f,
                answers[random.nextInt(5)],
                answers[random.nextInt(5)]));
      }
      for (int i = 1; i <= 22; i++) {
        servqual.add(
            ServqualResponse.builder()
                .respondent(respondent)
                .item(String.valueOf(i))
                .expectation(1 + random.nextInt(7))
                .perception(1 + random.nextInt(7))
                .segment(r % 2 == 0 ? "north" : "south")
                .build());
      }
    }
  }

  @Benchmark
  public KanoResult kano() {
    return KanoAnalysis.defaults().run(AnalysisInput.inMemory(kano, "kano", kano.size()));
  }

  @Benchmark
  public ServqualResult servqual() {
    return ServqualAnalysis.defaults()
        .run(
            AnalysisInput.inMemory(
                ServqualSurvey.of(servqual, List.of()), "servqual", servqual.size()));
  }
}
