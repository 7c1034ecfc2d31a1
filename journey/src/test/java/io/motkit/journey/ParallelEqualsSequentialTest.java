package io.motkit.journey;

import static io.motkit.journey.TestReaders.parallel;
import static io.motkit.journey.TestReaders.sequential;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.motkit.core.csv.CsvInput;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parallel reader and the sequential reader give the same log and the same messages, whatever
 * the line endings, quoting, byte-order mark, order of rows and bad rows: generated logs read both
 * ways, the parallel one forced onto files of a few hundred bytes.
 */
final class ParallelEqualsSequentialTest {

  @TempDir Path dir;

  /** A generated event log: its text and a name. */
  private static String log(long seed) {
    Random random = new Random(seed);
    String[] endings = {"\n", "\r\n", "\r"};
    String eol = endings[random.nextInt(endings.length)];
    // Sometimes each line ends its own way: a lone CR among line feeds is a line break to the
    // parser.
    boolean mixed = random.nextInt(6) == 0;
    boolean quoted = random.nextInt(4) == 0;
    boolean bom = random.nextInt(4) == 0;
    boolean attribute = random.nextBoolean();
    List<String> rows = new ArrayList<>();
    int journeys = 1 + random.nextInt(12);
    for (int j = 0; j < journeys; j++) {
      String region = random.nextBoolean() ? "north" : "south";
      int events = 1 + random.nextInt(8);
      for (int e = 0; e < events; e++) {
        String touchpoint = "t" + random.nextInt(5);
        String value = String.valueOf(1 + random.nextInt(7));
        if (random.nextInt(25) == 0) {
          value = random.nextBoolean() ? "x" : "9";
        }
        String time =
            String.format(
                "2024-01-%02dT%02d:%02d:00Z",
                1 + random.nextInt(28), random.nextInt(24), random.nextInt(60));
        String id = "j" + j;
        if (quoted && random.nextBoolean()) {
          touchpoint = "\"" + touchpoint + ", desk\"";
        }
        rows.add(
            id + "," + time + "," + touchpoint + "," + value + (attribute ? "," + region : ""));
      }
    }
    // One journey's rows spread through the file.
    Collections.shuffle(rows, random);
    StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
    text.append("journey,timestamp,touchpoint,value")
        .append(attribute ? ",region" : "")
        .append(eol);
    for (String row : rows) {
      if (mixed) {
        eol = endings[random.nextInt(endings.length)];
      }
      text.append(row).append(eol);
    }
    if (random.nextInt(5) == 0) {
      text.setLength(text.length() - eol.length());
    }
    return text.toString();
  }

  private static String outcome(EventLogReader reader, Path file) {
    return outcome(() -> reader.readCsv(file));
  }

  /** The journeys, counts and rejections of a read, or its error: what the two paths must share. */
  private static String outcome(java.util.function.Supplier<EventLog> read) {
    try {
      EventLog log = read.get();
      return log.journeys().map(Object::toString).collect(Collectors.joining("\n"))
          + "\nread "
          + log.rowsRead()
          + ", rejected "
          + log.rowsRejected()
          + "\n"
          + log.rejections().stream()
              .map(r -> r.line() + " " + r.reason())
              .collect(Collectors.joining("\n"));
    } catch (IllegalArgumentException e) {
      return "error: " + e.getMessage();
    }
  }

  @Test
  void aCarriageReturnInsideTheHeaderLineEndsTheHeaderForBothReaders() throws IOException {
    // The header ends at the CR; the bytes after it, up to the line feed, are a row of one field.
    Path file = dir.resolve("header-cr.csv");
    Files.write(
        file,
        "journey,timestamp,touchpoint,value\rj1\nj1,2024-01-01T10:00:00Z,desk,5\n"
            .getBytes(StandardCharsets.UTF_8));
    for (ReadMode mode : ReadMode.values()) {
      EventLogReader sequential = sequential(mode);
      EventLogReader parallel = parallel(mode, 3);
      String expected = outcome(sequential, file);
      assertThat(expected).contains("line 2");
      assertThat(outcome(parallel, file)).as("%s", mode).isEqualTo(expected);
    }
  }

  @Test
  void theParallelReaderGivesWhatTheSequentialReaderGives() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              String text = log(seed);
              Path file = dir.resolve("log-" + Long.toHexString(seed) + ".csv");
              try {
                Files.write(file, text.getBytes(StandardCharsets.UTF_8));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              for (ReadMode mode : ReadMode.values()) {
                EventLogReader sequential = sequential(mode);
                EventLogReader parallel = parallel(mode, 3);
                String expected = outcome(sequential, file);
                assertThat(outcome(parallel, file))
                    .as("seed %s, %s", seed, mode)
                    .isEqualTo(expected);
                // Standard input goes through the stream reader; it must agree as well.
                String streamed =
                    outcome(
                        () ->
                            sequential.readCsv(
                                CsvInput.of(new StringReader(text), file.toString())));
                assertThat(streamed).as("seed %s, %s, stream", seed, mode).isEqualTo(expected);
              }
            });
  }
}
