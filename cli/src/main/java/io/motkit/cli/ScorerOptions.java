package io.motkit.cli;

import static java.util.Objects.requireNonNull;

import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
  List<String> parameters = new ArrayList<>();

  @Spec(Spec.Target.MIXEE)
  @Nullable CommandSpec command;

  /** The scorer's id. */
  abstract String id();

  /** The scorer's parameters as given, each once. */
  final Map<String, String> parameters() {
    return KeyValues.of(requireNonNull(command), "--param", parameters);
  }

  /** The scorer with its parameters, checked by the registry. */
  final JourneyScorer create() {
    return ScorerRegistry.load().create(id(), parameters());
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
