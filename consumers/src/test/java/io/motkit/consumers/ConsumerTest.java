package io.motkit.consumers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Applications built and run in their own JVMs against motkit-scoring and its runtime dependencies,
 * exactly what Maven gives a user who declares that one dependency: one on the class path, and one
 * named module whose {@code module-info} says only {@code requires io.motkit.scoring;}, launched
 * without {@code --add-modules}. Both score one journey with peak-end and Kano through the
 * registry. A third, a named module that says only {@code requires io.motkit.report;}, reads the
 * sample event log, finds its pain points and renders a report, on what Maven gives a user of
 * motkit-report.
 *
 * <p>Expected values by hand. Peak-end with the worst moment as peak is the mean of the worst and
 * the last value (Kahneman, Fredrickson, Schreiber and Redelmeier 1993): values 3, 2, 7 give (2 +
 * 7) / 2 = 4.5. Kano's mean of shaped satisfactions (Matzler et al. 2004's piecewise reading of
 * Kano et al. 1984) on a 1-7 scale (width 6): must-be min((3 - 5) / 6, 0) = -1/3, one-dimensional
 * (2 - 4) / 6 = -1/3, attractive max((7 - 4) / 6, 0) = 1/2, mean -1/18.
 */
final class ConsumerTest {

  private static final double PEAK_END = 4.5;
  private static final double KANO = -1.0 / 18;

  @TempDir Path dir;

  private static List<String> dependencies() throws IOException {
    String path = Files.readString(Path.of(System.getProperty("consumer.path"))).trim();
    List<String> entries = List.of(path.split(File.pathSeparator));
    assertThat(entries).anyMatch(e -> e.contains("scoring")).anyMatch(e -> e.contains("core"));
    return entries;
  }

  private static Path sources(String folder) {
    return Path.of(System.getProperty("consumer.sources"), folder);
  }

  private static List<String> javaFiles(Path... roots) throws IOException {
    List<String> files = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".java"))
            .map(Path::toString)
            .sorted()
            .forEach(files::add);
      }
    }
    return files;
  }

  private static void compile(List<String> options, List<String> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    var files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
    boolean ok =
        javac
            .getTask(
                messages, files, null, options, null, files.getJavaFileObjectsFromStrings(sources))
            .call();
    assertThat(ok).as(messages.toString()).isTrue();
  }

  private static Map<String, String> run(List<String> command) throws Exception {
    String out = ForkedJava.run(command);
    assertThat(out).as("nothing but the results").doesNotContain("WARNING");
    Map<String, String> lines = new LinkedHashMap<>();
    for (String line : out.lines().toList()) {
      int space = line.indexOf(' ');
      if (space > 0) {
        lines.put(line.substring(0, space), line.substring(space + 1));
      }
    }
    return lines;
  }

  private static void checkScores(Map<String, String> out) {
    assertThat(Integer.parseInt(out.get("scorers"))).isGreaterThanOrEqualTo(12);
    assertThat(Double.parseDouble(out.get("peak-end"))).isCloseTo(PEAK_END, within(1e-12));
    assertThat(Double.parseDouble(out.get("kano"))).isCloseTo(KANO, within(1e-12));
  }

  @Test
  void aModularApplicationThatRequiresOnlyTheScorersRunsWithoutAddedModules() throws Exception {
    String modulePath = String.join(File.pathSeparator, dependencies());
    Path classes = dir.resolve("modular");
    compile(
        List.of("--release", "17", "--module-path", modulePath, "-d", classes.toString()),
        javaFiles(sources("consumer-module"), sources("consumer")));
    assertThat(classes.resolve("module-info.class")).exists();
    Map<String, String> out =
        run(
            List.of(
                "--module-path",
                classes + File.pathSeparator + modulePath,
                "--module",
                "org.example.consumer/org.example.consumer.Main"));
    assertThat(out.get("module")).isEqualTo("io.motkit.core");
    checkScores(out);
  }

  @Test
  void aModularApplicationThatRequiresOnlyTheReportReadsALogAndDrawsWithoutAddedModules()
      throws Exception {
    String path = Files.readString(Path.of(System.getProperty("report.consumer.path"))).trim();
    Path classes = dir.resolve("report");
    compile(
        List.of("--release", "17", "--module-path", path, "-d", classes.toString()),
        javaFiles(sources("consumer-report")));
    Path events =
        Path.of(System.getProperty("release.check.project"), "docs", "samples", "events.csv");
    Map<String, String> out =
        run(
            List.of(
                "--module-path",
                classes + File.pathSeparator + path,
                "--module",
                "org.example.report/org.example.report.Main",
                events.toString()));
    // CSV through FastCSV, statistics through Hipparchus, the script from the ECharts webjar.
    assertThat(out.get("module")).isEqualTo("io.motkit.journey");
    assertThat(out.get("journeys")).isEqualTo("120");
    assertThat(Integer.parseInt(out.get("touchpoints"))).isPositive();
    assertThat(out.get("echarts")).isEqualTo("true");
  }

  @Test
  void aClassPathApplicationRuns() throws Exception {
    String classPath = String.join(File.pathSeparator, dependencies());
    Path classes = dir.resolve("plain");
    compile(
        List.of("--release", "17", "--class-path", classPath, "-d", classes.toString()),
        javaFiles(sources("consumer")));
    Map<String, String> out =
        run(
            List.of(
                "--class-path",
                classes + File.pathSeparator + classPath,
                "org.example.consumer.Main"));
    assertThat(out.get("module")).isEqualTo("null");
    checkScores(out);
  }

  @Test
  void theDependenciesAreWhatTheLibraryNeedsAndNoMore() throws IOException {
    List<String> names =
        dependencies().stream()
            .map(p -> Path.of(p).getFileName().toString())
            .collect(Collectors.toList());
    assertThat(names)
        .noneMatch(
            n ->
                n.contains("junit")
                    || n.contains("assertj")
                    || n.contains("slf4j-simple")
                    || n.contains("logback"));
  }
}
