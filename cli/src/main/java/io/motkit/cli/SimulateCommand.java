package io.motkit.cli;

import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.EventLog;
import io.motkit.journey.fit.RetrospectiveRatings;
import io.motkit.journey.simulation.JourneyModel;
import io.motkit.journey.simulation.JourneySimulator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code motkit simulate}: a synthetic event log from a journey model. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description =
        "Write a synthetic event log (CSV) drawn from a journey model; the same seed gives the same log.",
    footer = {
      "",
      "Examples:",
      "  motkit simulate model.json --journeys 1000 --seed 42 > events.csv",
      "  motkit simulate model.json --journeys 100000 --seed 42 --out events.csv --outcomes outcomes.csv"
    })
final class SimulateCommand implements Callable<Integer>, RunFiles.Declaring {

  @Override
  public void declare(RunFiles files) {
    files.input("MODEL", model);
    files.output("--out", out).output("--outcomes", outcomes).output("--ratings", ratings);
  }

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "MODEL.json",
      description = "The journey model (docs/formats.md).")
  String model;

  @Option(
      names = "--journeys",
      required = true,
      paramLabel = "N",
      description = "How many journeys.")
  int journeys;

  @Option(names = "--seed", required = true, paramLabel = "S", description = "The seed.")
  long seed;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the log here instead of to standard output.")
  Path out;

  @Option(
      names = "--outcomes",
      paramLabel = "FILE",
      description = "Also write the journeys' outcomes here.")
  Path outcomes;

  @Option(
      names = "--ratings",
      paramLabel = "FILE",
      description =
          "Also write a retrospective rating per journey here (journey,rating), drawn from --rating-model plus noise.")
  Path ratings;

  @Option(
      names = "--rating-model",
      paramLabel = "SCORER",
      description = "The memory model of the ratings (default: ${DEFAULT-VALUE}).",
      defaultValue = "peak-end")
  String ratingModel;

  @Option(
      names = "--rating-param",
      paramLabel = "NAME=VALUE",
      description = "A parameter of the rating model; repeatable.")
  java.util.List<String> ratingParameters = new java.util.ArrayList<>();

  @Option(
      names = "--rating-noise",
      paramLabel = "SD",
      description =
          "Standard deviation of the Gaussian noise added to each rating (default: ${DEFAULT-VALUE}).",
      defaultValue = "0.5")
  double ratingNoise;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  /** Runs of at least this many journeys show a progress bar on a terminal. */
  static final int LONG_RUN = 200_000;

  @Override
  public Integer call() throws IOException {
    if (journeys < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--journeys must be at least 1, found " + journeys);
    }
    JourneyModel parsed;
    try (var reader = Inputs.reader(model, true, spec.commandLine().getErr())) {
      parsed = JourneyModel.fromJson(reader);
    }
    JourneySimulator simulator = new JourneySimulator(parsed);
    JourneyScorer ratingScorer = null;
    if (ratings != null) {
      if (!(ratingNoise >= 0) || Double.isInfinite(ratingNoise)) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(),
            "--rating-noise must be a finite number >= 0, found " + ratingNoise);
      }
      // Checked before the log is written: an unknown model or parameter is a usage error.
      ratingScorer =
          ScorerRegistry.load()
              .create(ratingModel, KeyValues.of(spec, "--rating-param", ratingParameters));
    } else if (!ratingParameters.isEmpty() || !ratingModel.equals("peak-end")) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--rating-model and --rating-param need --ratings FILE");
    }
    // A long run shows its progress on a terminal, by journeys written.
    ProgressBar bar =
        ProgressBar.forTask(
            "simulating " + journeys + " journeys",
            journeys,
            quiet || journeys < LONG_RUN,
            spec.commandLine().getErr());
    int[] shown = {0};
    java.util.function.IntConsumer progress =
        done -> {
          bar.advance(done - shown[0]);
          shown[0] = done;
        };
    try {
      if (out == null) {
        Writer stdout =
            new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        simulator.writeCsv(journeys, seed, stdout, progress);
      } else {
        OutputFile.write(
            out,
            file -> {
              simulator.writeCsv(journeys, seed, file, progress);
              return 0;
            });
      }
    } finally {
      bar.close();
    }
    if (outcomes != null) {
      OutputFile.write(
          outcomes,
          file -> {
            simulator.writeOutcomes(journeys, seed, file);
            return 0;
          });
    }
    if (ratingScorer != null) {
      EventLog log = EventLog.of(simulator.journeys(journeys, seed));
      // A stream of its own, so that the ratings do not change the journeys drawn from the seed.
      Map<String, Double> drawn =
          RetrospectiveRatings.simulate(log, ratingScorer, ratingNoise, seed ^ 0x9E3779B97F4A7C15L);
      OutputFile.write(
          ratings,
          file -> {
            file.write("journey,rating\n");
            for (Map.Entry<String, Double> e : drawn.entrySet()) {
              file.write(Csv.field(e.getKey()) + "," + e.getValue() + "\n");
            }
            return 0;
          });
    }
    return 0;
  }
}
