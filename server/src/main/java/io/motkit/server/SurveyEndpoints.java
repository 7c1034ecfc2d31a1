package io.motkit.server;

import io.javalin.http.Context;
import io.motkit.core.Scale;
import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.analysis.AnalysisResult;
import io.motkit.core.analysis.InputSummary;
import io.motkit.core.csv.CsvInput;
import io.motkit.core.csv.InputFormatException;
import io.motkit.scoring.kano.KanoAnalysis;
import io.motkit.scoring.kano.KanoCsv;
import io.motkit.scoring.nps.NpsAnalysis;
import io.motkit.scoring.nps.NpsCsv;
import io.motkit.scoring.servqual.ServqualAnalysis;
import io.motkit.scoring.servqual.ServqualCsv;
import io.motkit.scoring.servqual.ServqualInstrument;
import io.motkit.scoring.servqual.ServqualResponse;
import io.motkit.scoring.servqual.ServqualSurvey;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code POST /v1/analyses/{kano|servqual|nps}}: a survey CSV (the formats of docs/formats.md) in,
 * the analysis JSON of the command line out, with every segment. Defaults are the library's: Kano
 * with its tie threshold, SERVQUAL's standard 22 items on 1..7, NPS with the Wald interval.
 */
final class SurveyEndpoints {

  /** The analyses served, in the order the OpenAPI document lists them. */
  static final List<String> ANALYSES = List.of("kano", "servqual", "nps");

  private final ServerSettings settings;

  SurveyEndpoints(ServerSettings settings) {
    this.settings = settings;
  }

  void analyse(Context ctx, long deadlineNanos) throws IOException {
    String analysis = ctx.pathParam("analysis");
    if (!ANALYSES.contains(analysis)) {
      throw Problem.of(
              404,
              "unknown-analysis",
              "Unknown analysis",
              "there is no analysis '" + analysis + "'; valid ones are " + ANALYSES)
          .with("valid_analyses", ANALYSES)
          .asException();
    }
    MediaTypes.require(ctx, MediaTypes.CSV);
    String body = RequestBody.text(ctx.req(), settings.maxBodyBytes(), deadlineNanos);
    String json;
    try (CsvInput csv = CsvInput.of(new StringReader(body), "request body")) {
      json = run(analysis, csv);
    } catch (InputFormatException e) {
      Problem problem =
          Problem.of(400, "invalid-csv", "Invalid CSV", e.getMessage()).with("line", e.line());
      e.column().ifPresent(c -> problem.with("column", c));
      throw problem.asException();
    } catch (IllegalArgumentException e) {
      // Well-formed rows that the analysis cannot use together (no responses, a respondent twice).
      throw Problem.of(422, "unanalysable-survey", "Survey cannot be analysed", e.getMessage())
          .asException();
    }
    ctx.contentType("application/json").result(json);
  }

  private static String run(String analysis, CsvInput csv) {
    AnalysisResult result;
    switch (analysis) {
      case "kano":
        result = KanoAnalysis.defaults().run(input(KanoCsv.read(csv), csv));
        break;
      case "servqual":
        ServqualInstrument instrument = ServqualInstrument.standard22();
        List<ServqualResponse> responses =
            ServqualCsv.readResponses(csv, instrument, Scale.likert7());
        result =
            ServqualAnalysis.builder()
                .instrument(instrument)
                .build()
                .run(input(ServqualSurvey.of(responses, List.of()), csv));
        break;
      case "nps":
        result = NpsAnalysis.defaults().run(input(NpsCsv.read(csv), csv));
        break;
      default:
        throw new AssertionError(analysis);
    }
    StringWriter json = new StringWriter();
    try {
      result.writeJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return json.toString();
  }

  /** The request body as the input of an analysis: its rows; a body has no file to hash. */
  private static <T> AnalysisInput<T> input(T data, CsvInput csv) {
    return AnalysisInput.of(data, InputSummary.inMemory("request body", csv.rowsRead()));
  }
}
