package io.motkit.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code motkit classpath}: what {@code jshell --class-path} needs to script motkit. */
@Command(
    name = "classpath",
    mixinStandardHelpOptions = true,
    description =
        "Print the class path of this motkit, for scripts: jshell --class-path \"$(motkit classpath)\" script.jsh",
    footer = {
      "",
      "Examples:",
      "  jshell --class-path \"$(./motkit classpath)\" docs/fit-experiment.jsh"
    })
final class ClasspathCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    String classPath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !entry.isBlank())
            .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
            .collect(Collectors.joining(File.pathSeparator));
    spec.commandLine().getOut().println(classPath);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
