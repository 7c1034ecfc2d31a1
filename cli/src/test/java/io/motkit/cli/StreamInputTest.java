package io.motkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs may be streams (docs/formats.md, rule 4): a pipe is read once, and the SHA-256 in
 * provenance is that of exactly the bytes parsed.
 */
final class StreamInputTest {

  @TempDir Path dir;

  private final java.util.List<CompletableFuture<Void>> writers = new java.util.ArrayList<>();

  @org.junit.jupiter.api.AfterEach
  void everyPipeWasWrittenWhole() throws Exception {
    for (CompletableFuture<Void> writer : writers) {
      writer.get(60, TimeUnit.SECONDS);
    }
  }

  /** A FIFO fed with {@code bytes} by another thread, as {@code <(cat file)} is. */
  private Path pipeOf(byte[] bytes) throws Exception {
    Path fifo = dir.resolve("fifo-" + System.nanoTime());
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(mkfifo.exitValue()).isZero();
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(bytes);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    writers.add(writer);
    return fifo;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void anEventLogFromAPipeIsReadAndHashedOnTheBytesParsed() throws Exception {
    byte[] events = Files.readAllBytes(Path.of(MotkitCommandTest.sample("events.csv")));
    MotkitCommandTest.Run fromFile =
        MotkitCommandTest.run(
            "journeys", "pain-points", MotkitCommandTest.sample("events.csv"), "--scale", "1..7");
    MotkitCommandTest.Run fromPipe =
        MotkitCommandTest.run(
            "journeys", "pain-points", pipeOf(events).toString(), "--scale", "1..7");
    assertThat(fromPipe.exit()).as(fromPipe.err()).isZero();
    assertThat(fromPipe.json().at("/provenance/inputs/0/sha256").asText())
        .isEqualTo(sha256(events));
    assertThat(fromPipe.json().get("touchpoints")).isEqualTo(fromFile.json().get("touchpoints"));
  }

  @Test
  void aSurveyAndAJsonLinesLogFromAPipeAreHashedOnTheBytesParsed() throws Exception {
    byte[] scores = Files.readAllBytes(Path.of(MotkitCommandTest.sample("nps-scores.csv")));
    MotkitCommandTest.Run nps = MotkitCommandTest.run("nps", pipeOf(scores).toString());
    assertThat(nps.exit()).as(nps.err()).isZero();
    assertThat(nps.json().at("/provenance/inputs/0/sha256").asText()).isEqualTo(sha256(scores));

    byte[] lines =
        ("{\"journey\":\"a\",\"timestamp\":\"2024-01-01T00:00:00Z\",\"touchpoint\":\"call\",\"value\":3}\n"
                + "{\"journey\":\"a\",\"timestamp\":\"2024-01-02T00:00:00Z\",\"touchpoint\":\"visit\",\"value\":5}\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Path named = dir.resolve("events.jsonl");
    Files.createSymbolicLink(named, pipeOf(lines));
    MotkitCommandTest.Run jsonl =
        MotkitCommandTest.run("journeys", "pain-points", named.toString(), "--scale", "1..7");
    assertThat(jsonl.exit()).as(jsonl.err()).isZero();
    assertThat(jsonl.json().at("/provenance/inputs/0/sha256").asText()).isEqualTo(sha256(lines));
    assertThat(jsonl.json().at("/provenance/inputs/0/rows_read").asLong()).isEqualTo(2);
  }

  @Test
  void aFileThatChangesWhileItIsReadIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("events.csv"), "journey,timestamp\n");
    Inputs.FileState before = Inputs.FileState.of(file);
    before.requireUnchanged(file, "events.csv");
    Files.writeString(file, "a,2024-01-01\n", java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> before.requireUnchanged(file, "events.csv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "events.csv changed while it was read (18 bytes before, 31 after); read a copy that"
                + " does not change");
  }

  @Test
  void theDigestOfAFileCoversTheBytesItHadWhenTheRunBegan() throws Exception {
    byte[] start = "journey,timestamp\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Path file = Files.write(dir.resolve("growing.csv"), start);
    long size = Files.size(file);
    Files.writeString(file, "a,2024-01-01\n", java.nio.file.StandardOpenOption.APPEND);
    assertThat(Inputs.digestOf(file, size).get()).isEqualTo(sha256(start));
  }

  @Test
  void uppercaseJsonLinesNamesAreJsonLinesAndAByteOrderMarkIsIgnored() throws IOException {
    Path upper = dir.resolve("EVENTS.JSONL");
    Files.writeString(
        upper,
        "\uFEFF{\"journey\":\"a\",\"timestamp\":\"2024-01-01T00:00:00Z\",\"touchpoint\":\"call\",\"value\":3}\n");
    MotkitCommandTest.Run run =
        MotkitCommandTest.run("journeys", "pain-points", upper.toString(), "--scale", "1..7");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.json().at("/touchpoints/0/touchpoint").asText()).isEqualTo("call");
  }
}
