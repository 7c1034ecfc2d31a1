package io.motkit.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A repeatable {@code KEY=VALUE} option read into a map: a key given twice is a usage error, as the
 * server answers 400 for a repeated parameter, never the last value kept silently.
 */
final class KeyValues {

  private KeyValues() {}

  /**
   * The pairs of {@code given}, in order.
   *
   * @throws CommandLine.ParameterException (exit code 2) for a pair without {@code =} or a key
   *     given twice, naming the option and the key
   */
  static Map<String, String> of(CommandSpec spec, String option, List<String> given) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (String pair : given) {
      int at = pair.indexOf('=');
      if (at <= 0) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), option + " '" + pair + "' is not of the form KEY=VALUE");
      }
      String key = pair.substring(0, at);
      String value = pair.substring(at + 1);
      String before = pairs.putIfAbsent(key, value);
      if (before != null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            option
                + " "
                + key
                + " is given twice ("
                + key
                + "="
                + before
                + ", "
                + key
                + "="
                + value
                + "); give it once");
      }
    }
    return pairs;
  }
}
