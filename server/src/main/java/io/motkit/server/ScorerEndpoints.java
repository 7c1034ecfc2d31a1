package io.motkit.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.json.JourneyJson;
import io.motkit.core.json.JourneyScoreJson;
import io.motkit.core.json.JsonFormatException;
import io.motkit.core.json.ScorerCatalogJson;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerParameterException;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.core.scoring.ScoringException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scorer endpoints: the list of scorers, one journey scored, and a streamed batch of journeys
 * scored line by line in input order.
 */
final class ScorerEndpoints {

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(ScorerEndpoints.class);

  private final ScorerRegistry registry;
  private final ServerSettings settings;
  private final ServerMetrics metrics;

  ScorerEndpoints(ScorerRegistry registry, ServerSettings settings, ServerMetrics metrics) {
    this.registry = registry;
    this.settings = settings;
    this.metrics = metrics;
  }

  /** {@code GET /v1/scorers}. */
  void list(Context ctx) {
    ctx.contentType("application/json").result(ScorerCatalogJson.write(registry.providers()));
  }

  /** {@code POST /v1/scorers/{id}/score}: one journey in, its score out. */
  void score(Context ctx, long deadlineNanos) throws IOException {
    MediaTypes.require(ctx, MediaTypes.JSON);
    JourneyScorer scorer = scorer(ctx);
    String body = RequestBody.text(ctx.req(), settings.maxBodyBytes(), deadlineNanos);
    Journey journey;
    try {
      journey = JourneyJson.read(body);
    } catch (JsonFormatException e) {
      throw invalidJourney(e).asException();
    }
    JourneyScore score = score(scorer, journey);
    metrics.journeysScored(1);
    ctx.contentType("application/json").result(JourneyScoreJson.write(score));
  }

  /**
   * {@code POST /v1/scorers/{id}/batch}: JSON Lines of journeys in, JSON Lines of scores out as
   * they are computed. A line that cannot be read or scored gives an error object on its own line
   * and the rest are still scored; only the current line is ever held in memory.
   */
  void batch(Context ctx) throws IOException {
    MediaTypes.require(ctx, MediaTypes.JSON_LINES);
    JourneyScorer scorer = scorer(ctx);
    RequestBody.requireDeclaredLength(ctx.req(), settings.maxBatchBytes());
    ctx.status(200);
    ctx.contentType(MediaTypes.JSON_LINES.get(0));
    InputStream in = ctx.req().getInputStream();
    OutputStream out = new BufferedOutputStream(ctx.res().getOutputStream(), 1 << 16);
    // Before waiting for more of the body, send the scores already computed.
    JsonLines lines =
        new JsonLines(in, settings.maxBodyBytes(), settings.maxBatchBytes(), out::flush);
    long journeys = 0;
    long scored = 0;
    try {
      while (lines.next()) {
        if (lines.isBlank()) {
          continue;
        }
        journeys++;
        if (journeys > settings.maxBatchJourneys()) {
          write(out, error(lines.lineNumber(), null, tooManyJourneys()));
          break;
        }
        write(out, scoreLine(scorer, lines));
        scored++;
      }
    } catch (ProblemException e) {
      // The body broke a limit part way; the status is sent already, so the problem is the last
      // line.
      write(out, error(lines.lineNumber(), null, e.problem()));
    } catch (IOException e) {
      // The client went away or stalled: say so if it still listens, and stop reading.
      try {
        write(out, error(lines.lineNumber() + 1, null, RequestBody.unreadable(e)));
        out.flush();
      } catch (IOException gone) {
        e.addSuppressed(gone);
      }
      return;
    } finally {
      metrics.journeysScored(scored);
    }
    out.flush();
  }

  private String scoreLine(JourneyScorer scorer, JsonLines lines) {
    String text;
    try {
      text = lines.text();
    } catch (ProblemException e) {
      return error(lines.lineNumber(), null, e.problem());
    }
    Journey journey;
    try {
      journey = JourneyJson.read(text);
    } catch (JsonFormatException e) {
      return error(lines.lineNumber(), null, invalidJourney(e));
    }
    try {
      return JourneyScoreJson.write(score(scorer, journey));
    } catch (ProblemException e) {
      return error(lines.lineNumber(), journey.id(), e.problem());
    } catch (RuntimeException e) {
      // Whatever went wrong is this line's, and the rest of the batch is still answered.
      LOG.error(
          "internal error scoring line {} (journey '{}')", lines.lineNumber(), journey.id(), e);
      return error(
          lines.lineNumber(),
          journey.id(),
          Problem.of(
                  500,
                  "internal-error",
                  "Internal error",
                  "the server could not score this journey; the error is logged")
              .with("journey", journey.id()));
    }
  }

  private static void write(OutputStream out, String line) throws IOException {
    out.write(line.getBytes(StandardCharsets.UTF_8));
    out.write('\n');
  }

  private static String error(long line, String journey, Problem problem) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("line", line);
    if (journey != null) {
      node.put("journey", journey);
    }
    node.set("error", problem.toJson("line " + line));
    return node.toString();
  }

  private Problem tooManyJourneys() {
    return Problem.of(
            413,
            "batch-too-large",
            "Batch too large",
            "the batch holds more than "
                + settings.maxBatchJourneys()
                + " journeys; the rest were not read")
        .with("limit", settings.maxBatchJourneys());
  }

  private JourneyScore score(JourneyScorer scorer, Journey journey) {
    if (journey.size() > settings.maxMoments()) {
      throw Problem.of(
              413,
              "journey-too-long",
              "Journey too long",
              "journey '"
                  + journey.id()
                  + "' has "
                  + journey.size()
                  + " moments; the limit is "
                  + settings.maxMoments())
          .with("journey", journey.id())
          .with("limit", settings.maxMoments())
          .asException();
    }
    try {
      return scorer.score(journey);
    } catch (ScoringException e) {
      throw Problem.of(422, "unscorable-journey", "Journey cannot be scored", e.getMessage())
          .with("journey", e.journeyId())
          .asException();
    } catch (IllegalArgumentException e) {
      // The score itself broke a rule of a score (a value that is not finite, from an overflow or
      // an extreme parameter): the journey cannot be scored, never a score of NaN.
      throw Problem.of(422, "unscorable-journey", "Journey cannot be scored", e.getMessage())
          .with("journey", journey.id())
          .asException();
    }
  }

  private JourneyScorer scorer(Context ctx) {
    String id = ctx.pathParam("id");
    if (registry.find(id).isEmpty()) {
      throw Problem.of(
              404,
              "unknown-scorer",
              "Unknown scorer",
              "there is no scorer '" + id + "'; valid ids are " + registry.ids())
          .with("scorer", id)
          .with("valid_scorers", List.copyOf(registry.ids()))
          .asException();
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      if (e.getValue().size() != 1) {
        throw Problem.of(
                400,
                "invalid-parameter",
                "Invalid scorer parameter",
                "parameter '" + e.getKey() + "' is given more than once")
            .with("parameter", e.getKey())
            .asException();
      }
      parameters.put(e.getKey(), e.getValue().get(0));
    }
    try {
      return registry.create(id, parameters);
    } catch (ScorerParameterException e) {
      throw Problem.of(400, "invalid-parameter", "Invalid scorer parameter", e.getMessage())
          .with("parameter", e.parameter())
          .asException();
    }
  }

  private static Problem invalidJourney(JsonFormatException e) {
    return Problem.of(400, "invalid-journey", "Invalid journey JSON", e.getMessage())
        .with("path", e.path());
  }
}
