package io.motkit.cli;

import io.motkit.core.scoring.JourneyScorer;
import io.motkit.journey.EventLog;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --on-unscorable fail|skip} option: a journey the scorer cannot score (it lacks an
 * expectation the scorer needs, say) stops the run with a message naming it, the file and why, or
 * is left out and listed on standard error, so that scored + skipped = journeys.
 */
final class UnscorableOption {

  @Option(
      names = "--on-unscorable",
      paramLabel = "fail|skip",
      description =
          "A journey the scorer cannot score: fail (stop, naming it; the default) or skip (leave it out, listed on standard error).",
      defaultValue = "fail")
  String policy;

  void check(CommandSpec spec) {
    Motkit.requireOneOf(spec, "--on-unscorable", policy, "fail", "skip");
  }

  /** The log of the journeys {@code scorer} can score, after failing or reporting the others. */
  EventLog apply(CommandSpec spec, EventLog log, JourneyScorer scorer, String source) {
    Map<String, String> unscorable = log.unscorable(scorer);
    if (unscorable.isEmpty()) {
      return log;
    }
    Map.Entry<String, String> first = unscorable.entrySet().iterator().next();
    if (policy.equals("fail")) {
      throw new IllegalArgumentException(
          source
              + ": "
              + scorer.id()
              + " cannot score "
              + reason(first)
              + (unscorable.size() > 1
                  ? " (and " + (unscorable.size() - 1) + " more journeys)"
                  : "")
              + "; --on-unscorable skip leaves such journeys out");
    }
    PrintWriter err = spec.commandLine().getErr();
    err.printf(
        "motkit: skipped %d of %d journeys of %s that %s cannot score; %d scored:%n",
        unscorable.size(),
        log.journeyCount(),
        source,
        scorer.id(),
        log.journeyCount() - unscorable.size());
    unscorable.entrySet().stream().limit(20).forEach(e -> err.println("  " + reason(e)));
    if (unscorable.size() > 20) {
      err.println("  ...");
    }
    err.flush();
    return log.without(unscorable.keySet());
  }

  private static String reason(Map.Entry<String, String> journey) {
    String message = journey.getValue();
    // The scorers' messages start with the journey already; say it once.
    String prefix = "journey '" + journey.getKey() + "'";
    return message.startsWith(prefix) ? message : prefix + ": " + message;
  }
}
