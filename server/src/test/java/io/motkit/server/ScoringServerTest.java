package io.motkit.server;

import static io.motkit.server.TestClient.journey;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.motkit.core.json.JourneyJson;
import io.motkit.core.scoring.ScorerRegistry;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint and every error status of one server on a random loopback port; each response is
 * checked against the server's OpenAPI document.
 */
final class ScoringServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PROBLEM = "application/problem+json";

  private static ScoringServer server;
  private static TestClient client;
  private static OpenApiContract contract;

  @BeforeAll
  static void start() throws Exception {
    server =
        ScoringServer.start(
            ServerSettings.builder()
                .port(0)
                .maxBodyBytes(64 * 1024)
                .maxBatchBytes(4L << 20)
                .maxMoments(100)
                .maxBatchJourneys(1_000)
                .requestTimeout(Duration.ofSeconds(2))
                .build());
    client = new TestClient(server.port());
    contract = new OpenApiContract(client.get("/openapi.json").body());
  }

  @AfterAll
  static void stop() {
    server.close();
    assertThat(contract.exercised())
        .as("every documented operation was exercised")
        .containsAll(contract.operations());
  }

  /** Sends, checks the answer against the OpenAPI document, and returns it. */
  private static TestClient.Response checked(
      String method, String documented, TestClient.Response response) throws Exception {
    contract.check(method, documented, response.status(), response.contentType(), response.body());
    return response;
  }

  private static JsonNode json(TestClient.Response response) throws Exception {
    return JSON.readTree(response.body());
  }

  private static void assertStillServing() throws Exception {
    assertThat(client.get("/health").status()).isEqualTo(200);
  }

  /**
   * The document is made from the declarations: a path per scorer whose query parameters are that
   * scorer's, typed, with ranges, choices and defaults; the running version and address.
   */
  @Test
  void theOpenApiDocumentDescribesEveryScorersParametersAndTheRunningServer() throws Exception {
    JsonNode document = json(client.get("/openapi.json"));
    assertThat(document.at("/servers/0/url").asText())
        .isEqualTo("http://127.0.0.1:" + server.port());
    assertThat(document.at("/info/version").asText()).isEqualTo(io.motkit.core.Version.current());
    JsonNode scorers = json(client.get("/v1/scorers"));
    assertThat(scorers).isNotEmpty();
    for (JsonNode scorer : scorers) {
      String id = scorer.get("id").asText();
      for (String what : new String[] {"score", "batch"}) {
        JsonNode operation =
            document.path("paths").path("/v1/scorers/" + id + "/" + what).path("post");
        assertThat(operation.isMissingNode()).as(id + " " + what).isFalse();
        java.util.Set<String> documented = new java.util.TreeSet<>();
        operation.get("parameters").forEach(p -> documented.add(p.get("name").asText()));
        java.util.Set<String> declared = new java.util.TreeSet<>();
        scorer.get("parameters").forEach(p -> declared.add(p.get("name").asText()));
        assertThat(documented).as(id).isEqualTo(declared);
      }
    }
    JsonNode peak = document.at("/paths/~1v1~1scorers~1peak-end~1score/post/parameters");
    JsonNode rule = null;
    JsonNode weight = null;
    for (JsonNode p : peak) {
      rule = p.get("name").asText().equals("peak") ? p : rule;
      weight = p.get("name").asText().equals("peak-weight") ? p : weight;
    }
    assertThat(rule).isNotNull();
    assertThat(rule.at("/schema/enum").toString()).contains("intense").contains("worst");
    assertThat(rule.at("/schema/default").asText()).isEqualTo("intense");
    assertThat(weight).isNotNull();
    assertThat(weight.at("/schema/type").asText()).isEqualTo("number");
    assertThat(
            document
                .at("/components/schemas/Journey/properties/moments/items/properties/start/format")
                .asText())
        .isEqualTo("date-time");
    document
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        op -> {
                          boolean example =
                              op.getValue()
                                      .path("requestBody")
                                      .path("content")
                                      .toString()
                                      .contains("\"example\"")
                                  || op.getValue()
                                      .at("/responses/200/content")
                                      .toString()
                                      .contains("\"example\"");
                          assertThat(example)
                              .as(op.getKey() + " " + path.getKey() + " has an example")
                              .isTrue();
                        }));
    assertThat(
            document
                .at(
                    "/paths/~1v1~1scorers~1{id}~1score/post/requestBody/content/application~1json/example/id")
                .asText())
        .isEqualTo("owner-0001");
  }

  /** The served document is valid OpenAPI 3.1, as a client generator's parser reads it. */
  @Test
  void theOpenApiDocumentIsValidOpenApi31() throws Exception {
    io.swagger.v3.parser.core.models.ParseOptions options =
        new io.swagger.v3.parser.core.models.ParseOptions();
    options.setResolve(true);
    io.swagger.v3.parser.core.models.SwaggerParseResult parsed =
        new io.swagger.v3.parser.OpenAPIV3Parser()
            .readContents(client.get("/openapi.json").body(), null, options);
    assertThat(parsed.getMessages()).as("what the parser found wrong").isEmpty();
    assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.1");
    assertThat(parsed.getOpenAPI().getPaths()).containsKey("/v1/scorers/peak-end/score");
    // The parser does find faults: a document without info, with a response that is no object.
    io.swagger.v3.parser.core.models.SwaggerParseResult broken =
        new io.swagger.v3.parser.OpenAPIV3Parser()
            .readContents(
                "{\"openapi\":\"3.1.0\",\"paths\":{\"/x\":{\"get\":{\"responses\":"
                    + "{\"200\":\"nope\"}}}}}",
                null,
                options);
    assertThat(broken.getMessages()).isNotEmpty();
  }

  @Test
  void theScorersAreListedWithTheirParameters() throws Exception {
    TestClient.Response response = checked("GET", "/v1/scorers", client.get("/v1/scorers"));
    assertThat(response.status()).isEqualTo(200);
    JsonNode scorers = json(response);
    assertThat(scorers.findValuesAsText("id")).containsAll(ScorerRegistry.load().ids());
    JsonNode peakEnd = null;
    for (JsonNode s : scorers) {
      if (s.get("id").asText().equals("peak-end")) {
        peakEnd = s;
      }
    }
    assertThat(peakEnd).isNotNull();
    assertThat(peakEnd.get("reference").asText()).contains("Kahneman");
    assertThat(peakEnd.get("parameters").findValuesAsText("name"))
        .contains("peak", "ties", "end", "peak-weight");
    for (JsonNode parameter : peakEnd.get("parameters")) {
      if (parameter.get("name").asText().equals("peak-weight")) {
        assertThat(parameter.get("type").asText()).isEqualTo("number");
        assertThat(parameter.get("range").asText()).isEqualTo("[0, 1]");
        assertThat(parameter.get("default").asText()).isEqualTo("0.5");
      }
      if (parameter.get("name").asText().equals("k")) {
        assertThat(parameter.get("type").asText()).isEqualTo("integer");
        assertThat(parameter.get("minimum").asDouble()).isEqualTo(1.0);
      }
    }
  }

  @Test
  void oneJourneyIsScoredAsTheLibraryScoresIt() throws Exception {
    String body = journey("owner-1", 3, 2, 6);
    TestClient.Response response =
        checked(
            "POST",
            "/v1/scorers/{id}/score",
            client.post("/v1/scorers/peak-end/score?peak=worst", "application/json", body));
    assertThat(response.status()).isEqualTo(200);
    JsonNode score = json(response);
    double expected =
        ScorerRegistry.load()
            .create("peak-end", Map.of("peak", "worst"))
            .score(JourneyJson.read(body))
            .value();
    assertThat(score.get("value").asDouble()).isEqualTo(expected).isEqualTo(4.0);
    assertThat(score.get("parameters").get("peak").asText()).isEqualTo("worst");
    assertThat(score.get("version").asText()).isNotBlank();
    assertThat(score.get("roles").get("peak").get(0).asInt()).isEqualTo(1);
  }

  @Test
  void anUnknownScorerIs404ListingTheValidIds() throws Exception {
    TestClient.Response response =
        checked(
            "POST",
            "/v1/scorers/{id}/score",
            client.post("/v1/scorers/peak-middle/score", "application/json", journey("j", 4)));
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith(PROBLEM);
    JsonNode problem = json(response);
    assertThat(problem.get("detail").asText()).contains("there is no scorer 'peak-middle'");
    assertThat(problem.get("valid_scorers").toString()).contains("peak-end");
    assertThat(problem.get("instance").asText()).isEqualTo("/v1/scorers/peak-middle/score");
  }

  @Test
  void badJourneysAre400WithTheJsonPathOfTheBadValue() throws Exception {
    String[][] cases = {
      {"{\"id\": \"j\", ", "$"},
      {journey("j", 3).replace("\"value\":3.0", "\"value\":\"high\""), "$.moments[0].value"},
      {journey("j", 3).replace("\"id\":\"j\"", "\"id\":\"j\",\"colour\":\"red\""), "$.colour"},
      {journey("j", 3).replace("\"value\":3.0", "\"value\":1e400"), "$.moments[0].value"},
      {journey("j", 3).replace("\"value\":3.0", "\"value\":" + "9".repeat(2000)), "$"},
      {"[".repeat(20_000), "$"},
      {journey("j", 3) + " {}", "$"},
      {journey("j", 3).replace("\"id\":\"j\"", "\"id\":\"j\",\"id\":\"k\""), "$"},
    };
    for (String[] c : cases) {
      TestClient.Response response =
          checked(
              "POST",
              "/v1/scorers/{id}/score",
              client.post("/v1/scorers/mean/score", "application/json", c[0]));
      assertThat(response.status())
          .as(c[0].substring(0, Math.min(80, c[0].length())))
          .isEqualTo(400);
      JsonNode problem = json(response);
      assertThat(problem.get("path").asText()).as(problem.toString()).isEqualTo(c[1]);
      assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
    assertStillServing();
  }

  @Test
  void invalidUtf8Is400NamingTheLine() throws Exception {
    byte[] valid = journey("caf\u00e9", 3).getBytes(StandardCharsets.UTF_8);
    byte[] invalid = valid.clone();
    for (int i = 0; i < invalid.length; i++) {
      if ((invalid[i] & 0xff) == 0xc3) {
        invalid[i] = (byte) 0xff;
      }
    }
    TestClient.Response response =
        checked(
            "POST",
            "/v1/scorers/{id}/score",
            client.post("/v1/scorers/mean/score", "application/json", invalid));
    assertThat(response.status()).isEqualTo(400);
    assertThat(json(response).get("line").asInt()).isEqualTo(1);
    assertThat(json(response).get("detail").asText()).contains("not valid UTF-8").contains("0xff");
    assertThat(client.post("/v1/scorers/mean/score", "application/json", valid).status())
        .isEqualTo(200);
  }

  @Test
  void aBadParameterIs400NamingIt() throws Exception {
    TestClient.Response response =
        checked(
            "POST",
            "/v1/scorers/{id}/score",
            client.post(
                "/v1/scorers/peak-end/score?peak=sideways", "application/json", journey("j", 3)));
    assertThat(response.status()).isEqualTo(400);
    assertThat(json(response).get("parameter").asText()).isEqualTo("peak");
    TestClient.Response unknown =
        client.post("/v1/scorers/mean/score?colour=red", "application/json", journey("j", 3));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(json(unknown).get("detail").asText()).contains("unknown parameter");
  }

  @Test
  void aJourneyTheScorerCannotScoreIs422NamingIt() throws Exception {
    TestClient.Response response =
        checked(
            "POST",
            "/v1/scorers/{id}/score",
            client.post("/v1/scorers/trend/score", "application/json", journey("solo", 3)));
    assertThat(response.status()).isEqualTo(422);
    assertThat(json(response).get("journey").asText()).isEqualTo("solo");
  }

  @Test
  void aWrongContentTypeIs415() throws Exception {
    TestClient.Response response =
        checked(
            "POST",
            "/v1/scorers/{id}/score",
            client.post("/v1/scorers/mean/score", "text/plain", journey("j", 3)));
    assertThat(response.status()).isEqualTo(415);
    assertThat(client.post("/v1/scorers/mean/score", null, journey("j", 3)).status())
        .isEqualTo(415);
    assertThat(
            client
                .post(
                    "/v1/scorers/mean/score",
                    "application/json; charset=ISO-8859-1",
                    journey("j", 3))
                .status())
        .isEqualTo(415);
    assertThat(
            client
                .post("/v1/scorers/mean/score", "application/json; charset=utf-8", journey("j", 3))
                .status())
        .isEqualTo(200);
    assertThat(
            checked(
                    "POST",
                    "/v1/scorers/{id}/batch",
                    client.post("/v1/scorers/mean/batch", "application/json", journey("j", 3)))
                .status())
        .isEqualTo(415);
    assertThat(
            checked(
                    "POST",
                    "/v1/analyses/{analysis}",
                    client.post("/v1/analyses/nps", "application/json", "{}"))
                .status())
        .isEqualTo(415);
  }

  /**
   * Posts a body the server refuses from its declared length: the answer may come while the client
   * is still sending, and the close that follows can reset the connection before the client reads
   * it (a race of TCP, not of the server), so a reset is tried again, at most three times.
   */
  private static TestClient.Response postRefusedEarly(String path, String body) throws Exception {
    java.io.IOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return client.post(path, "application/json", body);
      } catch (java.io.IOException e) {
        last = e;
      }
    }
    throw java.util.Objects.requireNonNull(last);
  }

  @Test
  void bodiesAndJourneysOverTheirLimitsAre413() throws Exception {
    String big =
        journey("big", 3).replace("\"id\":\"big\"", "\"id\":\"" + "x".repeat(70 * 1024) + "\"");
    TestClient.Response response =
        checked("POST", "/v1/scorers/{id}/score", postRefusedEarly("/v1/scorers/mean/score", big));
    assertThat(response.status()).isEqualTo(413);
    double[] values = new double[101];
    java.util.Arrays.fill(values, 4);
    TestClient.Response tooLong =
        checked(
            "POST",
            "/v1/scorers/{id}/score",
            client.post("/v1/scorers/mean/score", "application/json", journey("long", values)));
    assertThat(tooLong.status()).isEqualTo(413);
    assertThat(json(tooLong).get("detail").asText()).contains("101 moments; the limit is 100");
    assertStillServing();
  }

  @Test
  void aDeclaredGigabyteIsRefusedBeforeItIsRead() throws Exception {
    try (Socket socket = client.socket()) {
      OutputStream out = socket.getOutputStream();
      TestClient.head(
          out,
          "POST",
          "/v1/scorers/mean/score",
          "Content-Type: application/json",
          "Content-Length: 1073741824");
      InputStream in = socket.getInputStream();
      assertThat(TestClient.statusLine(in)).startsWith("HTTP/1.1 413");
    }
    try (Socket socket = client.socket()) {
      TestClient.head(
          socket.getOutputStream(),
          "POST",
          "/v1/scorers/mean/batch",
          "Content-Type: application/x-ndjson",
          "Content-Length: 1073741824");
      assertThat(TestClient.statusLine(socket.getInputStream())).startsWith("HTTP/1.1 413");
    }
    assertStillServing();
  }

  @Test
  void aBatchIsScoredLineByLineInOrderWithAnErrorObjectPerBadLine() throws Exception {
    String body =
        journey("a", 1, 7, 5)
            + "\n"
            + "{\"id\": broken\n"
            + "\n"
            + journey("solo", 4)
            + "\r\n"
            + journey("b", 2, 6)
            + "\n";
    TestClient.Response response =
        checked(
            "POST",
            "/v1/scorers/{id}/batch",
            client.post("/v1/scorers/peak-end/batch", "application/x-ndjson", body));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/x-ndjson");
    String[] lines = response.body().split("\n");
    assertThat(lines).hasSize(4);
    assertThat(JSON.readTree(lines[0]).get("journey").asText()).isEqualTo("a");
    // The ties rule: the 1 and the 7 are equally intense; the 1 is the peak.
    assertThat(JSON.readTree(lines[0]).get("value").asDouble()).isEqualTo(3.0);
    JsonNode broken = JSON.readTree(lines[1]);
    assertThat(broken.get("line").asInt()).isEqualTo(2);
    assertThat(broken.get("error").get("status").asInt()).isEqualTo(400);
    assertThat(JSON.readTree(lines[2]).get("journey").asText()).isEqualTo("solo");
    assertThat(JSON.readTree(lines[3]).get("journey").asText()).isEqualTo("b");

    TestClient.Response trend =
        client.post(
            "/v1/scorers/trend/batch",
            "application/x-ndjson",
            journey("solo", 4) + "\n" + journey("two", 3, 5) + "\n");
    String[] trendLines = trend.body().lines().toArray(String[]::new);
    JsonNode unscorable = JSON.readTree(trendLines[0]);
    assertThat(unscorable.get("journey").asText()).isEqualTo("solo");
    assertThat(unscorable.get("error").get("status").asInt()).isEqualTo(422);
    assertThat(JSON.readTree(trendLines[1]).get("value").asDouble()).isEqualTo(2.0);
  }

  @Test
  void aBatchOverItsJourneyLimitEndsWithAnErrorLine() throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 1_005; i++) {
      body.append(journey("j" + i, 4, 5)).append('\n');
    }
    TestClient.Response response =
        client.post("/v1/scorers/mean/batch", "application/jsonl", body.toString());
    String[] lines = response.body().split("\n");
    assertThat(lines).hasSize(1_001);
    JsonNode last = JSON.readTree(lines[1_000]);
    assertThat(last.get("error").get("status").asInt()).isEqualTo(413);
    assertThat(last.get("line").asInt()).isEqualTo(1_001);
  }

  /**
   * The first score arrives while the client is still sending: nothing waits for the whole body.
   */
  @Test
  void aBatchIsStreamed() throws Exception {
    try (Socket socket = client.socket()) {
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      TestClient.head(
          out,
          "POST",
          "/v1/scorers/mean/batch",
          "Content-Type: application/x-ndjson",
          "Transfer-Encoding: chunked");
      chunk(out, journey("first", 2, 4) + "\n");
      assertThat(TestClient.statusLine(in)).startsWith("HTTP/1.1 200");
      String headers = TestClient.headers(in);
      assertThat(headers).contains("transfer-encoding: chunked");
      String firstChunk = readChunk(in);
      assertThat(firstChunk).contains("\"journey\":\"first\"").contains("\"value\":3.0");
      chunk(out, journey("second", 6) + "\n");
      String second = readChunk(in);
      assertThat(second).contains("\"journey\":\"second\"");
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }
  }

  static void chunk(OutputStream out, String text) throws java.io.IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(bytes);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** Reads one chunk; the line end after a chunk's data may come only with the next chunk. */
  static String readChunk(InputStream in) throws java.io.IOException {
    String size = "";
    while (size.isEmpty()) {
      size = TestClient.statusLine(in).trim();
    }
    return new String(in.readNBytes(Integer.parseInt(size, 16)), StandardCharsets.UTF_8);
  }

  @Test
  void theSurveyAnalysesTakeTheirCsv() throws Exception {
    for (String analysis : new String[] {"kano", "servqual", "nps"}) {
      String file =
          Map.of(
                  "kano",
                  "kano-answers.csv",
                  "servqual",
                  "servqual-responses.csv",
                  "nps",
                  "nps-scores.csv")
              .get(analysis);
      String csv = Files.readString(Path.of("..", "docs", "samples", file));
      TestClient.Response response =
          checked(
              "POST",
              "/v1/analyses/{analysis}",
              client.post("/v1/analyses/" + analysis, "text/csv", csv));
      assertThat(response.status()).as(analysis + ": " + response.body()).isEqualTo(200);
    }
    JsonNode nps =
        json(
            client.post("/v1/analyses/nps", "text/csv", "respondent,score\na,10\nb,9\nc,3\nd,7\n"));
    assertThat(nps.get("nps").asDouble()).isEqualTo(25.0);
  }

  @Test
  void aBadSurveyIs400NamingLineAndColumnOr422() throws Exception {
    TestClient.Response bad =
        checked(
            "POST",
            "/v1/analyses/{analysis}",
            client.post("/v1/analyses/nps", "text/csv", "respondent,score\na,10\nb,eleven\n"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(json(bad).get("line").asInt()).isEqualTo(3);
    assertThat(json(bad).get("column").asText()).isEqualTo("score");
    TestClient.Response empty =
        checked(
            "POST",
            "/v1/analyses/{analysis}",
            client.post(
                "/v1/analyses/servqual", "text/csv", "respondent,item,expectation,perception\n"));
    assertThat(empty.status()).isEqualTo(422);
    TestClient.Response unknown =
        checked(
            "POST",
            "/v1/analyses/{analysis}",
            client.post("/v1/analyses/conjoint", "text/csv", "a\n1\n"));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(json(unknown).get("valid_analyses").toString()).contains("kano");
  }

  @Test
  void healthReadinessMetricsAndTheDocumentAnswer() throws Exception {
    assertThat(checked("GET", "/health", client.get("/health")).status()).isEqualTo(200);
    assertThat(checked("GET", "/ready", client.get("/ready")).status()).isEqualTo(200);
    client.post("/v1/scorers/mean/score", "application/json", journey("m", 3, 5));
    client.post("/v1/scorers/no-such/score", "application/json", journey("m", 3, 5));
    TestClient.Response metrics = checked("GET", "/metrics", client.get("/metrics"));
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("motkit_http_requests_seconds_bucket{")
        .contains("route=\"/v1/scorers/{id}/score\"")
        .contains("motkit_http_errors_total{")
        .contains("motkit_journeys_scored_total");
    TestClient.Response document = checked("GET", "/openapi.json", client.get("/openapi.json"));
    assertThat(json(document).get("openapi").asText()).isEqualTo("3.1.0");
  }

  @Test
  void anUnknownPathIsAProblemDocumentToo() throws Exception {
    TestClient.Response response = client.get("/v2/everything");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith(PROBLEM);
    assertThat(json(response).get("status").asInt()).isEqualTo(404);
  }
}
