package io.motkit.cli;

import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The scorer a command runs, as every command names it: {@code --scorer ID} and {@code --param
 * KEY=VALUE}, made through the registry. {@link Chosen} is for a command that needs the scorer
 * named; {@link Defaulted} for one that scores with peak-end unless told otherwise.
 */
abstract class ScorerOptions {

  @Option(
      names = "--param",
      paramLabel = "KEY=VALUE",
      description = "A scorer parameter; repeat for more (see motkit scorers).")
  Map<String, String> parameters = new LinkedHashMap<>();

  /** The scorer's id. */
  abstract String id();

  /** The scorer with its parameters, checked by the registry. */
  final JourneyScorer create() {
    return ScorerRegistry.load().create(id(), parameters);
  }

  /** A scorer the command needs named. */
  static final class Chosen extends ScorerOptions {
    @Option(
        names = "--scorer",
        required = true,
        paramLabel = "ID",
        description = "The scorer id; see motkit scorers.")
    String id = "";

    @Override
    String id() {
      return id;
    }
  }

  /** A scorer that is peak-end unless named. */
  static final class Defaulted extends ScorerOptions {
    @Option(
        names = "--scorer",
        paramLabel = "ID",
        description = "The scorer id; see motkit scorers (default: ${DEFAULT-VALUE}).",
        defaultValue = "peak-end")
    String id = "peak-end";

    @Override
    String id() {
      return id;
    }
  }
}
