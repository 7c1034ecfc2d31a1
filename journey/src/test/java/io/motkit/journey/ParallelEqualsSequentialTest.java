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
    // The columns and forms the byte-level reader takes its own way, and the rows it hands on.
    boolean rich = random.nextBoolean();
    // Most rich logs are clean, so that the byte-level reader reads them to the end.
    boolean faulty = !rich || random.nextInt(3) == 0;
    List<String> rows = new ArrayList<>();
    int journeys = 1 + random.nextInt(12);
    for (int j = 0; j < journeys; j++) {
      String region = random.nextBoolean() ? "north" : "south";
      int events = 1 + random.nextInt(8);
      for (int e = 0; e < events; e++) {
        String touchpoint = "t" + random.nextInt(5);
        String value = String.valueOf(1 + random.nextInt(7));
        if (faulty && random.nextInt(25) == 0) {
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
        String extra = "";
        if (rich) {
          id = RICH_IDS[j % RICH_IDS.length] + j;
          time = richTime(random, time);
          touchpoint = oneIn(random, 15) ? "t\u00f6" + touchpoint : touchpoint;
          // Halves stay on the 1-7 scale.
          value = oneIn(random, 6) ? (1 + random.nextInt(6)) + ".50" : value;
          extra = richColumns(random, touchpoint, j, faulty);
          if (oneIn(random, 12)) {
            // A field with spaces about it, which the sequential reader trims.
            value = " " + value + " ";
          }
        }
        rows.add(
            id
                + ","
                + time
                + ","
                + touchpoint
                + ","
                + value
                + (attribute ? "," + region : "")
                + extra);
      }
    }
    // One journey's rows spread through the file.
    Collections.shuffle(rows, random);
    StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
    text.append("journey,timestamp,touchpoint,value")
        .append(attribute ? ",region" : "")
        .append(rich ? ",duration_s,stage,channel,expected,adequate,desired,customer" : "")
        .append(eol);
    for (String row : rows) {
      if (mixed) {
        eol = endings[random.nextInt(endings.length)];
      }
      text.append(row).append(eol);
      if (rich && oneIn(random, 20)) {
        text.append(eol);
      }
    }
    if (random.nextInt(5) == 0) {
      text.setLength(text.length() - eol.length());
    }
    return text.toString();
  }

  private static final String[] RICH_IDS = {"j", "journ\u00e9e-", "J-000", "\u65c5"};
  private static final String[] STAGES = {"before", "during", "after"};
  private static final String[] CHANNELS = {"web", "sms", "in-person", "phone"};

  private static boolean oneIn(Random random, int n) {
    return random.nextInt(n) == 0;
  }

  /** Mostly the instant as given; sometimes with milliseconds, an offset or as epoch millis. */
  private static String richTime(Random random, String time) {
    switch (random.nextInt(8)) {
      case 0:
        return time.replace("Z", "." + (100 + random.nextInt(900)) + "Z");
      case 1:
        return time.replace("Z", "+01:00");
      case 2:
        return String.valueOf(java.time.Instant.parse(time).toEpochMilli());
      case 3:
        return time.replace("Z", ".5Z");
      default:
        return time;
    }
  }

  /**
   * Duration, stage, channel, expectation and customer: each touchpoint keeps its stage and channel
   * and most often its expectation, each journey its customer, with now and then a row that
   * contradicts them or is empty.
   */
  private static String richColumns(Random random, String touchpoint, int journey, boolean faulty) {
    int t = Math.floorMod(touchpoint.hashCode(), 97);
    String duration =
        oneIn(random, 3)
            ? ""
            : faulty && oneIn(random, 40) ? "-1" : (random.nextInt(600) + "." + t % 10);
    // A touchpoint without a stage or channel on its first row may not gain one later.
    boolean noStage = faulty ? oneIn(random, 4) : t % 4 == 0;
    boolean noChannel = faulty ? oneIn(random, 4) : t % 5 == 0;
    String stage = noStage ? "" : STAGES[faulty && oneIn(random, 40) ? t % 2 + 1 : t % 3];
    String channel = noChannel ? "" : CHANNELS[faulty && oneIn(random, 40) ? t % 2 + 2 : t % 4];
    if (channel.equals("web") && oneIn(random, 10)) {
      // Another spelling of the same channel.
      channel = "Web";
    }
    String expectation;
    switch (random.nextInt(6)) {
      case 0:
        expectation = ",,";
        break;
      case 1:
        expectation = (1 + random.nextInt(7)) + ",,";
        break;
      default:
        expectation = (3 + t % 3) + ".0,2.0,7";
    }
    String customer =
        oneIn(random, 3) ? "" : "c" + (faulty && oneIn(random, 50) ? journey + 1 : journey / 2);
    return "," + duration + "," + stage + "," + channel + "," + expectation + "," + customer;
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
    qt().withExamples(400)
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

  /**
   * A generated JSON Lines log: simple lines the byte-level reader cuts itself, and lines it hands
   * to the JSON parser (escapes, text beyond ASCII, numbers with exponents, epoch timestamps),
   * blank lines, another attribute on a later line, and in a faulty log bad lines of every kind.
   */
  private static String jsonLines(long seed) {
    Random random = new Random(seed);
    boolean faulty = oneIn(random, 3);
    boolean crlf = oneIn(random, 4);
    boolean attribute = random.nextBoolean();
    boolean laterAttribute = oneIn(random, 8);
    List<String> lines = new ArrayList<>();
    int journeys = 1 + random.nextInt(12);
    for (int j = 0; j < journeys; j++) {
      int events = 1 + random.nextInt(8);
      for (int e = 0; e < events; e++) {
        int t = random.nextInt(5);
        String time =
            String.format(
                "2024-01-%02dT%02d:%02d:00Z",
                1 + random.nextInt(28), random.nextInt(24), random.nextInt(60));
        List<String> fields = new ArrayList<>();
        String id = RICH_IDS[j % RICH_IDS.length] + j;
        fields.add(
            "\"journey\":"
                + (oneIn(random, 20) ? "\"" + id.replace("j", "\\u006a") + "\"" : json(id)));
        fields.add(
            "\"timestamp\":"
                + (oneIn(random, 10)
                    ? String.valueOf(java.time.Instant.parse(time).toEpochMilli())
                    : json(richTime(random, time))));
        fields.add("\"touchpoint\":" + json("t" + t));
        String value = String.valueOf(1 + random.nextInt(7));
        if (oneIn(random, 8)) {
          value = (1 + random.nextInt(6)) + ".50";
        } else if (oneIn(random, 15)) {
          value = value + "e0";
        }
        if (faulty && oneIn(random, 20)) {
          value = random.nextBoolean() ? "\"4\"" : "9";
        }
        fields.add("\"value\": " + value);
        if (random.nextBoolean()) {
          fields.add("\"duration_s\":" + (oneIn(random, 5) ? "null" : random.nextInt(600) + ".5"));
        }
        if (t % 4 != 0) {
          fields.add("\"stage\":" + json(STAGES[t % 3]));
        }
        if (t % 5 != 0 && !(faulty && oneIn(random, 4))) {
          fields.add("\"channel\":" + json(CHANNELS[t % 4]));
        }
        if (oneIn(random, 3)) {
          fields.add("\"expected\":" + (3 + t % 3) + ".0");
          fields.add("\"adequate\":2");
        }
        if (attribute) {
          fields.add("\"region\":" + json(oneIn(random, 2) ? "north" : " south "));
        }
        if (laterAttribute && lines.size() > 3 && oneIn(random, 4)) {
          fields.add("\"segment\":\"b\"");
        }
        if (faulty && oneIn(random, 30)) {
          fields.add(random.nextBoolean() ? "\"touchpoint\":\"t9\"" : "\"flag\":true");
        }
        if (oneIn(random, 4)) {
          Collections.shuffle(fields, random);
        }
        String line = "{" + String.join(oneIn(random, 5) ? " , " : ",", fields) + "}";
        if (faulty && oneIn(random, 40)) {
          line = random.nextBoolean() ? line + " {}" : line.substring(0, line.length() - 1);
        }
        lines.add(line);
      }
    }
    Collections.shuffle(lines, random);
    StringBuilder text = new StringBuilder();
    String eol = crlf ? "\r\n" : "\n";
    for (String line : lines) {
      text.append(line).append(eol);
      if (oneIn(random, 15)) {
        text.append(random.nextBoolean() ? "" : "  \t").append(eol);
      }
    }
    if (oneIn(random, 5)) {
      text.setLength(text.length() - eol.length());
    }
    return text.toString();
  }

  private static String json(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Test
  void theParallelJsonLinesReaderGivesWhatTheSequentialReaderGives() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              String text = jsonLines(seed);
              Path file = dir.resolve("log-" + Long.toHexString(seed) + ".jsonl");
              try {
                Files.write(file, text.getBytes(StandardCharsets.UTF_8));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              for (ReadMode mode : ReadMode.values()) {
                String expected = outcome(() -> sequential(mode).readJsonLines(file));
                assertThat(outcome(() -> parallel(mode, 3).readJsonLines(file)))
                    .as("seed %s, %s", seed, mode)
                    .isEqualTo(expected);
              }
            });
  }
}
