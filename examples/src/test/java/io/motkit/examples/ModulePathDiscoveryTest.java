package io.motkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorers are found when the motkit jars are on the module path, not only the class path. */
final class ModulePathDiscoveryTest {

  @Test
  void scorersAreFoundOnTheModulePath(@TempDir Path dir) throws Exception {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> jars =
        Arrays.stream(classPath.split(File.pathSeparator))
            .filter(p -> p.endsWith(".jar"))
            .filter(p -> !p.contains("junit") && !p.contains("opentest4j") && !p.contains("apiguardian"))
            .collect(Collectors.toList());
    // Only a packaged build (mvn verify) has the motkit jars; mvn test sees class folders.
    assumeTrue(jars.stream().anyMatch(p -> p.contains("motkit-scoring")), "motkit jars are not built");
    Path program = dir.resolve("ListScorers.java");
    Files.writeString(
        program,
        "public class ListScorers { public static void main(String[] a) {"
            + " var r = io.motkit.core.scoring.ScorerRegistry.load();"
            + " System.out.println(io.motkit.core.scoring.ScorerRegistry.class.getModule() + \" \" + r.ids()); } }");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "--module-path",
                String.join(File.pathSeparator, jars),
                "--add-modules",
                "ALL-MODULE-PATH",
                program.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(out).contains("module io.motkit.core").contains("peak-end").contains("servqual");
    assertThat(process.exitValue()).as(out).isZero();
  }
}
