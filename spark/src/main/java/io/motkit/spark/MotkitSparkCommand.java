package io.motkit.spark;

import io.motkit.core.Scale;
import io.motkit.core.analysis.AnalysisResult;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.analysis.JourneyAnalysis;
import io.motkit.journey.analysis.KeyDriverAnalysis;
import io.motkit.journey.analysis.MomentsOfTruthAnalysis;
import io.motkit.journey.analysis.PainPointAnalysis;
import io.motkit.journey.map.JourneyMapAnalysis;
import io.motkit.journey.markov.MarkovAnalysis;
import io.motkit.journey.markov.MarkovSettings;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code motkit-spark}: scoring and journey analyses on Spark, for local use ({@code --master
 * local[2]}) and for {@code spark-submit} (where the cluster's master applies). Input is a Parquet
 * file or directory (a name ending in {@code .parquet}) or CSV with a header; output of {@code
 * score} is a directory of CSV or Parquet files, output of the analyses JSON on standard output.
 */
@Command(
    name = "motkit-spark",
    mixinStandardHelpOptions = true,
    description = "motkit's scorers and journey analyses on Apache Spark.",
    subcommands = {MotkitSparkCommand.Score.class, MotkitSparkCommand.Journeys.class})
public final class MotkitSparkCommand implements Runnable {

  /** Used by picocli. */
  public MotkitSparkCommand() {}

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        new CommandLine(this), "a subcommand is required: score or journeys");
  }

  /**
   * Runs the command and exits with its exit code: 0, 1 for bad input, 2 for a usage error.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    CommandLine command = new CommandLine(new MotkitSparkCommand());
    command.setExecutionExceptionHandler(
        (e, cl, parsed) -> {
          Throwable cause = e;
          while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
            cause = cause.getCause();
          }
          cl.getErr().println("motkit-spark: " + cause.getMessage());
          return cause instanceof IllegalArgumentException ? 1 : 3;
        });
    System.exit(command.execute(args));
  }

  /** Options every subcommand shares: input, scale, master. */
  static class Common {
    @Parameters(
        index = "0",
        paramLabel = "EVENTS",
        description = "Events: Parquet (a name ending in .parquet) or CSV with a header.")
    String events;

    @Option(
        names = "--scale",
        paramLabel = "MIN..MAX",
        description = "The rating scale (default: ${DEFAULT-VALUE}).",
        defaultValue = "1..7")
    String scale;

    @Option(names = "--lower-is-better", description = "Lower values are better experiences.")
    boolean lowerIsBetter;

    @Option(
        names = "--master",
        paramLabel = "URL",
        description = "The Spark master (default: spark-submit's, else local[2]).")
    String master;

    SparkSession session() {
      SparkSession.Builder builder =
          SparkSession.builder()
              .appName("motkit-spark")
              .config("spark.sql.session.timeZone", "UTC");
      // spark-submit says which master through this property; run on this machine without it.
      String chosen =
          master != null ? master : System.getProperty("spark.master") == null ? "local[2]" : null;
      if (chosen != null) {
        // On this machine nothing needs to listen beyond the loopback address.
        builder
            .master(chosen)
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1");
      }
      SparkSession spark = builder.getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
      return spark;
    }

    Dataset<Row> read(SparkSession spark, String path) {
      return path.endsWith(".parquet") || path.endsWith(".parquet/")
          ? spark.read().parquet(path)
          : spark.read().option("header", "true").csv(path);
    }

    EventColumns columns() {
      String[] bounds = scale.split("\\.\\.", -1);
      if (bounds.length != 2) {
        throw new IllegalArgumentException(
            "--scale '" + scale + "' is not of the form MIN..MAX, such as 1..7");
      }
      double min = Double.parseDouble(bounds[0].trim());
      double max = Double.parseDouble(bounds[1].trim());
      return EventColumns.on(Scale.of(min, max, (min + max) / 2, !lowerIsBetter));
    }
  }

  /** {@code motkit-spark score}. */
  @Command(
      name = "score",
      mixinStandardHelpOptions = true,
      description = "Score every journey; writes a directory of journey,value files.",
      footer = {
        "",
        "Example:",
        "  spark/bin/motkit-spark score events.csv --scorer peak-end --scale 1..7 --out scores --master local[2]"
      })
  static final class Score extends Common implements Callable<Integer> {
    @Option(
        names = "--scorer",
        required = true,
        paramLabel = "ID",
        description = "The scorer id, as motkit scorers lists them.")
    String scorer;

    @Option(
        names = "--param",
        paramLabel = "NAME=VALUE",
        description = "A scorer parameter; repeatable.")
    List<String> parameters = new java.util.ArrayList<>();

    /** The parameters, each once: a repeated one is a usage error, as in motkit's own CLI. */
    Map<String, String> parameters(CommandLine command) {
      Map<String, String> pairs = new LinkedHashMap<>();
      for (String pair : parameters) {
        int at = pair.indexOf('=');
        if (at <= 0) {
          throw new CommandLine.ParameterException(
              command, "--param '" + pair + "' is not of the form NAME=VALUE");
        }
        String before = pairs.putIfAbsent(pair.substring(0, at), pair.substring(at + 1));
        if (before != null) {
          throw new CommandLine.ParameterException(
              command, "--param " + pair.substring(0, at) + " is given twice; give it once");
        }
      }
      return pairs;
    }

    @Option(
        names = "--out",
        required = true,
        paramLabel = "DIR",
        description =
            "The output directory; one that exists is refused unless --overwrite is given.")
    String out;

    @Option(
        names = "--overwrite",
        description = "Replace the --out directory if it exists (never one that holds EVENTS).")
    boolean overwrite;

    @Option(
        names = "--format",
        description = "csv or parquet (default: ${DEFAULT-VALUE}).",
        defaultValue = "csv")
    String format;

    @Override
    public Integer call() {
      if (!format.equals("csv") && !format.equals("parquet")) {
        throw new CommandLine.ParameterException(
            new CommandLine(this), "--format must be csv or parquet, found '" + format + "'");
      }
      Map<String, String> given = parameters(new CommandLine(this));
      SparkSession spark = session();
      try {
        checkOut(new CommandLine(this), spark.sparkContext().hadoopConfiguration());
        Dataset<Row> scores = MotkitSpark.score(read(spark, events), scorer, given, columns());
        String mode = overwrite ? "overwrite" : "errorifexists";
        if (format.equals("parquet")) {
          scores.write().mode(mode).parquet(out);
        } else {
          scores.write().mode(mode).option("header", "true").csv(out);
        }
        System.out.println("motkit-spark: scores written to " + out);
        return 0;
      } finally {
        spark.stop();
      }
    }

    /**
     * Refuses an output directory that holds the input (replacing it would delete what is being
     * read) and, without {@code --overwrite}, one that exists.
     *
     * @throws CommandLine.ParameterException (exit code 2) naming the directory
     */
    void checkOut(CommandLine command, org.apache.hadoop.conf.Configuration conf) {
      try {
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(out);
        org.apache.hadoop.fs.FileSystem fs = target.getFileSystem(conf);
        target = fs.makeQualified(target);
        org.apache.hadoop.fs.Path input = new org.apache.hadoop.fs.Path(events);
        input = input.getFileSystem(conf).makeQualified(input);
        for (org.apache.hadoop.fs.Path p = input; p != null; p = p.getParent()) {
          if (p.equals(target)) {
            throw new CommandLine.ParameterException(
                command, "--out " + out + " is or holds the input " + events + "; refusing it");
          }
        }
        if (!overwrite && fs.exists(target)) {
          throw new CommandLine.ParameterException(
              command, "--out " + out + " exists; give --overwrite to replace it");
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot check --out " + out + ": " + e, e);
      }
    }
  }

  /** {@code motkit-spark journeys}. */
  @Command(
      name = "journeys",
      mixinStandardHelpOptions = true,
      description =
          "Journey analyses tallied by Spark and finished by motkit: pain-points, moments, map, markov, drivers (JSON with provenance on standard output).",
      footer = {
        "",
        "Examples:",
        "  spark/bin/motkit-spark journeys pain-points events.parquet --master local[2]",
        "  spark/bin/motkit-spark journeys markov events.parquet --conversion payment --measurement satisfaction-survey",
        "  spark/bin/motkit-spark journeys drivers events.csv --outcomes outcomes.csv --outcome paid"
      })
  static final class Journeys extends Common implements Callable<Integer> {
    @Parameters(
        index = "1",
        paramLabel = "ANALYSIS",
        description = "pain-points, moments, map, markov or drivers.")
    String analysis;

    @Option(
        names = "--outcomes",
        paramLabel = "FILE",
        description = "Journey outcomes: journey,<outcome columns> (CSV or Parquet).")
    String outcomes;

    @Option(
        names = "--outcome",
        paramLabel = "NAME",
        description = "The outcome column (markov: 0/1; drivers: any number).")
    String outcome;

    @Option(
        names = "--conversion",
        paramLabel = "TOUCHPOINT",
        description = "markov: a journey converts when it first reaches this touchpoint.")
    String conversion;

    @Option(
        names = "--order",
        paramLabel = "K",
        description = "markov: touchpoints per state (default: ${DEFAULT-VALUE}).",
        defaultValue = "1")
    int order;

    @Option(
        names = "--measurement",
        split = ",",
        paramLabel = "TOUCHPOINT",
        description = "Touchpoints that measure the journey, left out of drivers and attribution.")
    List<String> measurements = new ArrayList<>();

    @Option(
        names = "--confidence",
        paramLabel = "C",
        description = "pain-points: interval level (default: ${DEFAULT-VALUE}).",
        defaultValue = "0.95")
    double confidence;

    @Option(
        names = "--scorer",
        paramLabel = "ID",
        description =
            "moments: the scorer of remembered experience; map: of the variants' mean score (default: ${DEFAULT-VALUE}).",
        defaultValue = "peak-end")
    String scorer;

    @Option(
        names = "--top",
        paramLabel = "N",
        description = "map: variants to list (default: ${DEFAULT-VALUE}).",
        defaultValue = "10")
    int top;

    @Option(
        names = "--segment-by",
        paramLabel = "COLUMN",
        description =
            "Also analyse each segment: the journeys with one value of this event column.")
    String segmentBy;

    @Override
    public Integer call() throws IOException {
      JourneyAnalysis<?, ?> settings = settings();
      SparkSession spark = session();
      try {
        Dataset<Row> data = read(spark, events);
        Optional<Dataset<Row>> table = Optional.ofNullable(outcomes).map(o -> read(spark, o));
        AnalysisResult result = MotkitSpark.run(settings, data, table, columns());
        Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        result.writeJson(out);
        out.flush();
        return 0;
      } finally {
        spark.stop();
      }
    }

    private JourneyAnalysis<?, ?> settings() {
      Optional<String> segment = Optional.ofNullable(segmentBy);
      switch (analysis) {
        case "pain-points":
          return PainPointAnalysis.builder().confidenceLevel(confidence).segmentBy(segment).build();
        case "moments":
          return MomentsOfTruthAnalysis.builder()
              .scorer(ScorerRegistry.load().create(scorer))
              .addAllMeasurements(measurements)
              .segmentBy(segment)
              .build();
        case "map":
          return JourneyMapAnalysis.builder()
              .scorer(ScorerRegistry.load().create(scorer))
              .topVariants(top)
              .segmentBy(segment)
              .build();
        case "markov":
          MarkovSettings.Builder markov =
              MarkovSettings.builder().order(order).addAllMeasurements(measurements);
          if (conversion != null) {
            markov.conversion(conversion);
          }
          if (outcome != null) {
            markov.outcome(outcome);
          }
          return MarkovAnalysis.builder().settings(markov.build()).segmentBy(segment).build();
        case "drivers":
          if (outcomes == null || outcome == null) {
            throw new CommandLine.ParameterException(
                new CommandLine(this), "drivers needs --outcomes FILE and --outcome NAME");
          }
          return KeyDriverAnalysis.builder()
              .outcome(outcome)
              .addAllMeasurements(measurements)
              .segmentBy(segment)
              .build();
        default:
          throw new CommandLine.ParameterException(
              new CommandLine(this),
              "unknown analysis '"
                  + analysis
                  + "'; analyses are pain-points, moments, map, markov, drivers");
      }
    }
  }
}
