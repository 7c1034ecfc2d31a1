package io.motkit.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.motkit.core.Version;
import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.analysis.Provenance;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.SequenceKernel;
import io.motkit.journey.EventLog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code motkit score}: one remembered value per journey of an event log. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description =
        "Score every journey of an event log with a registered scorer; rows need not be sorted.",
    footer = {
      "",
      "Examples:",
      "  motkit score events.csv --scorer peak-end --scale 1..7",
      "  motkit score events.csv --scorer peak-end --param peak=worst \\",
      "      --param end=last-k --param k=2 --scale 0..10 --neutral 0 --lower-is-better \\",
      "      --format csv --out scores.csv --provenance scores.provenance.json",
      "  cat events.csv | motkit score - --scorer recency --param half-life=86400 \\",
      "      --scale 1..5 --format table"
    })
final class ScoreCommand implements Callable<Integer>, RunFiles.Declaring {

  @Override
  public void declare(RunFiles files) {
    log.declare(files);
    files.output("--out", output.out).output("--provenance", provenance);
  }

  @Spec CommandSpec spec;

  @Mixin OutputOption output = new OutputOption();

  @Mixin LogOptions log = new LogOptions();

  @Mixin UnscorableOption unscorable = new UnscorableOption();

  @Mixin ScorerOptions.Chosen scorerOption = new ScorerOptions.Chosen();

  @Option(
      names = "--format",
      description =
          "json (JSON Lines: journey, scorer, version, parameters, value on every line), csv (journey,scorer,value) or table (default: ${DEFAULT-VALUE}).",
      defaultValue = "json")
  String format;

  @Option(
      names = "--excel-safe",
      description =
          "With --format csv: prefix an apostrophe to journey ids a spreadsheet would run as a formula (starting with =, +, -, @).")
  boolean excelSafe;

  @Option(
      names = "--provenance",
      paramLabel = "FILE",
      description =
          "Also write the run's provenance (scorer, parameters, motkit version, input rows and SHA-256) to FILE as JSON.")
  java.nio.file.Path provenance;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads for scorers with a kernel, from 1 to 1024 (default: the number of cores).")
  Integer threads;

  /** More threads than this only cost memory: scoring is bounded by reading. */
  static final int MAX_THREADS = 1024;

  @Override
  public Integer call() throws java.io.IOException {
    Motkit.requireOneOf(spec, "--format", format, "json", "csv", "table");
    log.refuse(spec, "score");
    unscorable.check(spec);
    JourneyScorer journeyScorer = scorerOption.create();
    if (threads != null) {
      Motkit.requireBetween(spec, "--threads", threads, 1, MAX_THREADS);
    }
    // The inputs' SHA-256 is only for the provenance file: a run without one does not hash a
    // file of gigabytes for nothing.
    AnalysisInput<EventLog> input = provenance == null ? null : log.input(spec);
    EventLog events =
        unscorable.apply(
            spec,
            input == null ? log.read(spec) : input.data(),
            journeyScorer,
            log.events.equals("-") ? "<stdin>" : log.events);
    Map<String, String> resolved = new java.util.TreeMap<>(journeyScorer.parameters());
    int code =
        output.write(
            spec,
            out -> {
              Optional<SequenceKernel> kernel = journeyScorer.kernel(events.scale());
              int cores = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
              double[] values =
                  kernel.isPresent()
                      ? events.score(kernel.get(), Math.max(1, cores))
                      : events.score(journeyScorer);
              switch (format) {
                case "csv":
                  out.println("journey,scorer,value");
                  BlockWriter.write(
                      out,
                      values.length,
                      (text, from, to) -> {
                        for (int j = from; j < to; j++) {
                          text.append(
                                  Csv.field(
                                      excelSafe
                                          ? io.motkit.core.csv.CsvTable.excelSafe(
                                              events.journeyId(j))
                                          : events.journeyId(j)))
                              .append(',')
                              .append(scorerOption.id())
                              .append(',')
                              .append(Double.toString(values[j]))
                              .append('\n');
                        }
                      });
                  break;
                case "table":
                  Table table = new Table("journey", "scorer", "value");
                  for (int j = 0; j < values.length; j++) {
                    table.row(events.journeyId(j), scorerOption.id(), values[j]);
                  }
                  table.print(out);
                  break;
                default:
                  String version = Version.current();
                  BlockWriter.write(
                      out,
                      values.length,
                      (text, from, to) -> {
                        JsonGenerator json = Json.MAPPER.getFactory().createGenerator(text);
                        json.setRootValueSeparator(null);
                        for (int j = from; j < to; j++) {
                          json.writeStartObject();
                          json.writeStringField("journey", events.journeyId(j));
                          json.writeStringField("scorer", scorerOption.id());
                          json.writeStringField("version", version);
                          json.writeObjectFieldStart("parameters");
                          for (Map.Entry<String, String> p : resolved.entrySet()) {
                            json.writeStringField(p.getKey(), p.getValue());
                          }
                          json.writeEndObject();
                          json.writeNumberField("value", values[j]);
                          json.writeEndObject();
                          json.flush();
                          text.append('\n');
                        }
                        json.flush();
                      });
              }
              out.flush();
              return 0;
            });
    if (input != null) {
      // Written after the scores, so that a sidecar exists only beside a complete result.
      Map<String, String> settings = new LinkedHashMap<>();
      settings.put("scorer", scorerOption.id());
      resolved.forEach((k, v) -> settings.put("param." + k, v));
      ScoreProvenance.write(
          requireNonNull(provenance), Provenance.of("score", settings, input.sources()));
    }
    return code;
  }
}
