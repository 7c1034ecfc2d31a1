package io.motkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** No output of a run destroys what it was not asked to replace (docs/formats.md, rule 1). */
final class OutputPathTest {

  @TempDir Path dir;

  private static MotkitCommandTest.Run run(String... args) {
    return MotkitCommandTest.run(args);
  }

  private Path copyOf(String sample) throws IOException {
    Path copy = dir.resolve(sample);
    Files.copy(Path.of(MotkitCommandTest.sample(sample)), copy);
    return copy;
  }

  @Test
  void aReportIsNeverWrittenOverOneOfItsInputs() throws IOException {
    Path events = copyOf("events.csv");
    Path answers = copyOf("kano-answers.csv");
    String eventsBefore = Files.readString(events);
    String answersBefore = Files.readString(answers);
    MotkitCommandTest.Run overEvents =
        run("report", events.toString(), "--scale", "1..7", "--html", events.toString());
    assertThat(overEvents.exit()).isEqualTo(2);
    assertThat(overEvents.err()).contains("--html " + events + " is the input EVENTS");
    MotkitCommandTest.Run overKano =
        run(
            "report",
            events.toString(),
            "--scale",
            "1..7",
            "--kano",
            answers.toString(),
            "--html",
            dir.resolve(".").resolve("kano-answers.csv").toString());
    assertThat(overKano.exit()).isEqualTo(2);
    assertThat(overKano.err()).contains("is the input --kano");
    assertThat(Files.readString(events)).isEqualTo(eventsBefore);
    assertThat(Files.readString(answers)).isEqualTo(answersBefore);
  }

  @Test
  void twoOutputsOfOneRunMayNotNameOneFile() throws IOException {
    Path events = copyOf("events.csv");
    Path scores = dir.resolve("s.csv");
    MotkitCommandTest.Run score =
        run(
            "score",
            events.toString(),
            "--scorer",
            "mean",
            "--scale",
            "1..7",
            "--out",
            scores.toString(),
            "--provenance",
            scores.toString());
    assertThat(score.exit()).isEqualTo(2);
    assertThat(score.err()).contains("--out " + scores + " and --provenance " + scores);
    assertThat(scores).doesNotExist();
    Path model = Path.of(MotkitCommandTest.sample("property-model.json"));
    Path x = dir.resolve("x.csv");
    MotkitCommandTest.Run simulate =
        run(
            "simulate",
            model.toString(),
            "--journeys",
            "5",
            "--seed",
            "1",
            "--out",
            x.toString(),
            "--outcomes",
            dir.resolve("sub/../x.csv").toString());
    assertThat(simulate.exit()).isEqualTo(2);
    assertThat(simulate.err()).contains("name the same file");
    assertThat(x).doesNotExist();
  }

  @Test
  void aSymbolicLinkIsFollowedAndItsTargetReplaced() throws IOException {
    Path target = dir.resolve("kept").resolve("nps.json");
    Files.createDirectories(target.getParent());
    Files.writeString(target, "old");
    Path link = Files.createSymbolicLink(dir.resolve("latest.json"), Path.of("kept/nps.json"));
    MotkitCommandTest.Run run =
        run("nps", MotkitCommandTest.sample("nps-scores.csv"), "--out", link.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).as("still a link").isTrue();
    assertThat(Files.readString(target)).contains("\"nps\"");
    // A link to a file that does not exist yet creates that file.
    Path dangling = Files.createSymbolicLink(dir.resolve("next.json"), Path.of("kept/new.json"));
    assertThat(
            run("nps", MotkitCommandTest.sample("nps-scores.csv"), "--out", dangling.toString())
                .exit())
        .isZero();
    assertThat(Files.isSymbolicLink(dangling)).isTrue();
    assertThat(Files.readString(dir.resolve("kept/new.json"))).contains("\"nps\"");
  }

  @Test
  void anExistingFileKeepsItsModeAndANewOneGetsTheUmasksMode() throws IOException {
    Path existing = dir.resolve("scores.json");
    Files.writeString(existing, "old");
    Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r-----"));
    assertThat(
            run("nps", MotkitCommandTest.sample("nps-scores.csv"), "--out", existing.toString())
                .exit())
        .isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)))
        .isEqualTo("rw-r-----");
    assertThat(Files.readString(existing)).contains("\"nps\"");

    Path fresh = dir.resolve("fresh.json");
    Path reference = Files.createFile(dir.resolve("reference"));
    assertThat(
            run("nps", MotkitCommandTest.sample("nps-scores.csv"), "--out", fresh.toString())
                .exit())
        .isZero();
    assertThat(Files.getPosixFilePermissions(fresh))
        .as("the mode any new file gets here")
        .isEqualTo(Files.getPosixFilePermissions(reference));
  }

  @Test
  void aDeviceOrAFifoIsWrittenThroughNotReplaced() throws Exception {
    MotkitCommandTest.Run toNull =
        run("nps", MotkitCommandTest.sample("nps-scores.csv"), "--out", "/dev/null");
    assertThat(toNull.exit()).as(toNull.err()).isZero();
    assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();

    Path fifo = dir.resolve("pipe");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(mkfifo.exitValue()).isZero();
    CompletableFuture<String> reader =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return new String(Files.readAllBytes(fifo), StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    MotkitCommandTest.Run toFifo =
        run("nps", MotkitCommandTest.sample("nps-scores.csv"), "--out", fifo.toString());
    assertThat(toFifo.exit()).as(toFifo.err()).isZero();
    assertThat(reader.get(60, TimeUnit.SECONDS)).contains("\"nps\"");
    assertThat(Files.isRegularFile(fifo)).as("still a FIFO").isFalse();
    assertThat(Files.exists(fifo)).isTrue();
  }

  @Test
  void aFolderIsNotAnOutput() {
    MotkitCommandTest.Run run =
        run("nps", MotkitCommandTest.sample("nps-scores.csv"), "--out", dir.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("cannot write " + dir + ": it is a folder");
  }

  /**
   * Any spelling of a file (relative, through a folder and back, a symbolic link, a hard link) is
   * refused as an output exactly when it is an input's or another output's file.
   */
  @Test
  void thePathCheckRefusesExactlyTheOutputsThatAreAnotherFileOfTheRun() throws IOException {
    Path a = Files.writeString(dir.resolve("a.csv"), "a");
    Path b = Files.writeString(dir.resolve("b.csv"), "b");
    Files.createDirectories(dir.resolve("sub"));
    Path linkToA = Files.createSymbolicLink(dir.resolve("link-a"), a);
    Path linkToLink = Files.createSymbolicLink(dir.resolve("sub/link-link"), Path.of("../link-a"));
    Path hardA = Files.createLink(dir.resolve("hard-a"), a);
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), Path.of("sub/new.csv"));
    // Each spelling with the file it names ("new" files do not exist yet).
    List<String> spellings =
        List.of(
            a.toString(),
            dir.resolve("sub/../a.csv").toString(),
            linkToA.toString(),
            linkToLink.toString(),
            hardA.toString(),
            b.toString(),
            dir.resolve("sub/new.csv").toString(),
            dangling.toString(),
            dir.resolve("./sub/new.csv").toString(),
            dir.resolve("other.csv").toString());
    List<String> identity = List.of("a", "a", "a", "a", "a", "b", "new", "new", "new", "other");
    CommandLine.Model.CommandSpec spec = new CommandLine(new Motkit()).getCommandSpec();
    qt().withExamples(300)
        .forAll(
            integers().between(0, spellings.size() - 1),
            integers().between(0, spellings.size() - 1),
            integers().between(0, spellings.size() - 1))
        .checkAssert(
            (input, out, second) -> {
              RunFiles files =
                  new RunFiles()
                      .input("EVENTS", spellings.get(input))
                      .output("--out", spellings.get(out))
                      .output("--provenance", spellings.get(second));
              // An input that does not exist is no file to destroy: reading it fails later.
              boolean inputExists =
                  !identity.get(input).equals("new") && !identity.get(input).equals("other");
              boolean clash =
                  (inputExists && identity.get(input).equals(identity.get(out)))
                      || (inputExists && identity.get(input).equals(identity.get(second)))
                      || identity.get(out).equals(identity.get(second));
              if (clash) {
                assertThatThrownBy(() -> files.check(spec))
                    .isInstanceOf(CommandLine.ParameterException.class);
              } else {
                files.check(spec);
              }
            });
  }
}
