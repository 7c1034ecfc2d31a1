package io.motkit.cli;

import io.motkit.examples.Demo;
import io.motkit.examples.ExampleResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code motkit demo}: one of the examples end to end. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Run an example end to end on its seeded population: property, hotel or retail.",
    footer = {"", "Examples:", "  motkit demo property", "  motkit demo hotel --out /tmp/reports"})
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "EXAMPLE",
      description = "property, hotel or retail (default: ${DEFAULT-VALUE}).",
      defaultValue = "property")
  String example;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Folder for the HTML report (default: ${DEFAULT-VALUE}).",
      defaultValue = "reports")
  Path out;

  @Override
  public Integer call() {
    if (!example.equals("property") && !example.equals("hotel") && !example.equals("retail")) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "unknown example '" + example + "'; valid examples are property, hotel, retail");
    }
    ExampleResult result = Demo.run(example, out);
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    Demo.print(result, new PrintStream(text, true, StandardCharsets.UTF_8));
    spec.commandLine().getOut().print(text.toString(StandardCharsets.UTF_8));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
