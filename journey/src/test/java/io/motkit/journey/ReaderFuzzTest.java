package io.motkit.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.motkit.core.Scale;
import io.motkit.core.csv.CsvInput;
import io.motkit.core.csv.InputFormatException;
import io.motkit.core.internal.StrictUtf8Reader;
import io.motkit.core.json.JourneyJson;
import io.motkit.core.json.JsonFormatException;
import io.motkit.journey.simulation.JourneyModel;
import io.motkit.scoring.kano.KanoCsv;
import io.motkit.scoring.nps.NpsCsv;
import io.motkit.scoring.servqual.ServqualCsv;
import io.motkit.scoring.servqual.ServqualInstrument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Fuzz tests of every reader of motkit's inputs (Jazzer). The property of each: the reader returns
 * a result, or throws motkit's own input exception (a line and column for line-oriented inputs, a
 * JSON path for documents); never anything else. The event-log reader also reads every input both
 * sequentially and in parallel, which must agree.
 *
 * <p>{@code mvn verify} runs each target on its committed corpus (regression mode, under a second
 * each): the seeds in {@code src/test/resources/io/motkit/journey/ReaderFuzzTestInputs/<target>/},
 * and the inputs that once failed. To fuzz one target for real, see docs/formats.md ("Fuzzing").
 */
final class ReaderFuzzTest {

  private static Reader text(byte[] bytes, String name) {
    return StrictUtf8Reader.of(new ByteArrayInputStream(bytes), name);
  }

  /**
   * Runs {@code read} on a CSV input made of {@code bytes}, allowing only motkit's input exception.
   */
  private static void csv(byte[] bytes, Consumer<CsvInput> read) {
    try (CsvInput csv = CsvInput.of(text(bytes, "fuzz.csv"), "fuzz.csv")) {
      read.accept(csv);
    } catch (InputFormatException e) {
      assertThat(e.line()).as(e.getMessage()).isGreaterThanOrEqualTo(1);
      assertThat(e.getMessage()).startsWith("fuzz.csv, line ");
    }
  }

  private static void json(byte[] bytes, Consumer<Reader> read) {
    try {
      read.accept(text(bytes, "fuzz.json"));
    } catch (JsonFormatException e) {
      assertThat(e.getMessage()).startsWith("$");
    } catch (InputFormatException e) {
      // Text that is not UTF-8 is named by its line before any JSON is parsed.
      assertThat(e.getMessage()).startsWith("fuzz.json, line ").contains("not valid UTF-8");
    }
  }

  private static String outcome(EventLogReader reader, Path file, boolean jsonLines) {
    try {
      EventLog log = jsonLines ? reader.readJsonLines(file) : reader.readCsv(file);
      return log.journeys().map(Object::toString).collect(Collectors.joining("\n"))
          + "\n"
          + log.rowsRead()
          + " "
          + log.rowsRejected()
          + log.rejections().stream()
              .map(r -> r.line() + r.reason())
              .collect(Collectors.joining("\n"));
    } catch (InputFormatException e) {
      assertThat(e.line()).as(e.getMessage()).isGreaterThanOrEqualTo(1);
      return "error: " + e.getMessage();
    }
  }

  private static void eventLog(byte[] bytes, boolean jsonLines) {
    Path file;
    try {
      file = Files.createTempFile("fuzz", jsonLines ? ".jsonl" : ".csv");
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      for (ReadMode mode : ReadMode.values()) {
        EventLogReader sequential =
            EventLogReader.builder().scale(Scale.likert7()).mode(mode).threads(1).build();
        String expected = outcome(sequential, file, jsonLines);
        EventLogReader parallel =
            EventLogReader.builder()
                .scale(Scale.likert7())
                .mode(mode)
                .threads(3)
                .parallelThresholdBytes(0)
                .build();
        assertThat(outcome(parallel, file, jsonLines).replace(file.toString(), ""))
            .isEqualTo(expected.replace(file.toString(), ""));
      }
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a temporary file
      }
    }
  }

  @FuzzTest(maxDuration = "60s")
  void eventCsv(byte[] input) {
    eventLog(input, false);
  }

  @FuzzTest(maxDuration = "60s")
  void eventJsonLines(byte[] input) {
    eventLog(input, true);
  }

  @FuzzTest(maxDuration = "60s")
  void outcomes(byte[] input) {
    csv(input, csv -> EventLogReader.readOutcomes(csv, Set.of("closed_at")));
  }

  @FuzzTest(maxDuration = "60s")
  void journeyJson(byte[] input) {
    json(input, JourneyJson::read);
  }

  @FuzzTest(maxDuration = "60s")
  void journeyModel(byte[] input) {
    json(input, JourneyModel::fromJson);
  }

  @FuzzTest(maxDuration = "60s")
  void kanoAnswers(byte[] input) {
    csv(input, KanoCsv::read);
  }

  @FuzzTest(maxDuration = "60s")
  void servqualResponses(byte[] input) {
    csv(
        input,
        csv -> ServqualCsv.readResponses(csv, ServqualInstrument.standard22(), Scale.likert7()));
  }

  @FuzzTest(maxDuration = "60s")
  void servqualInstrument(byte[] input) {
    csv(input, ServqualInstrument::read);
  }

  @FuzzTest(maxDuration = "60s")
  void servqualWeights(byte[] input) {
    csv(input, csv -> ServqualCsv.readImportance(csv, ServqualInstrument.standard22()));
  }

  @FuzzTest(maxDuration = "60s")
  void npsScores(byte[] input) {
    csv(input, NpsCsv::read);
  }
}
