package io.motkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every subcommand on the sample files of docs/formats.md: its success path and its bad input. */
final class MotkitCommandTest {

  private static final Path SAMPLES = Path.of("..", "docs", "samples");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What one run printed and returned. */
  record Run(int exit, String out, String err) {
    JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + out, e);
      }
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Motkit.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static String sample(String name) {
    return SAMPLES.resolve(name).toString();
  }

  @Test
  void scorersListsEveryScorerWithItsParameters() {
    Run text = run("scorers");
    assertThat(text.exit()).isZero();
    assertThat(text.out())
        .contains("peak-end: peak-end rule")
        .contains("--param peak (intense|worst|best|both) = intense");
    Run json = run("scorers", "--format", "json");
    assertThat(json.json().findValuesAsText("id"))
        .contains("peak-end", "recency", "kano", "servqual", "mean", "trend");
  }

  @Test
  void theScorerPageOfTheDocsIsWhatTheDeclarationsPrint() throws IOException {
    String page = Files.readString(Path.of("../docs/scorers.md"));
    String block =
        page.substring(page.indexOf("```text\n") + "```text\n".length(), page.lastIndexOf("```"));
    Run text = run("scorers");
    assertThat(text.exit()).isZero();
    assertThat(block).isEqualTo(text.out());
  }

  @Test
  void scoreWritesOneResultPerJourneyAsJsonLinesCsvOrTable() throws IOException {
    Run json =
        run("score", sample("events.csv"), "--scorer", "peak-end", "--scale", "1..7", "--quiet");
    assertThat(json.exit()).isZero();
    List<String> lines = json.out().lines().toList();
    assertThat(lines).hasSize(120);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.get("journey").asText()).isEqualTo("j-0000000");
    assertThat(first.get("scorer").asText()).isEqualTo("peak-end");
    assertThat(first.get("value").isNumber()).isTrue();
    Run csv =
        run(
            "score",
            sample("events.csv"),
            "--scorer",
            "mean",
            "--scale",
            "1..7",
            "--format",
            "csv");
    assertThat(csv.out()).startsWith("journey,scorer,value\nj-0000000,mean,");
    assertThat(csv.out().lines().count()).isEqualTo(121);
    Run table =
        run(
            "score",
            sample("events.csv"),
            "--scorer",
            "recency",
            "--param",
            "half-life=86400",
            "--scale",
            "1..7",
            "--format",
            "table");
    assertThat(table.out()).startsWith("journey").contains("j-0000119");
  }

  @Test
  void scoreReadsStandardInputAndTheSameValuesComeOut() throws IOException {
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream(Files.readAllBytes(SAMPLES.resolve("events.csv"))));
      Run piped = run("score", "-", "--scorer", "peak-end", "--scale", "1..7");
      Run file = run("score", sample("events.csv"), "--scorer", "peak-end", "--scale", "1..7");
      assertThat(piped.exit()).isZero();
      assertThat(piped.out()).isEqualTo(file.out());
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void scoreUsageErrorsExitTwo() {
    Run unknown = run("score", sample("events.csv"), "--scorer", "peek-end", "--scale", "1..7");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown scorer 'peek-end'; registered scorers are [");
    Run badParam =
        run(
            "score",
            sample("events.csv"),
            "--scorer",
            "peak-end",
            "--param",
            "peak=highest",
            "--scale",
            "1..7");
    assertThat(badParam.exit()).isEqualTo(2);
    assertThat(badParam.err())
        .contains("parameter 'peak': value 'highest' is not one of intense, worst, best, both");
    Run missing = run("score", sample("events.csv"), "--scale", "1..7");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("Missing required option: '--scorer=ID'");
  }

  @Test
  void scoreBadInputExitsOneNamingFileLineColumnAndValue(@TempDir Path dir) throws IOException {
    Path events = dir.resolve("events.csv");
    Files.writeString(
        events,
        "journey,timestamp,touchpoint,value\nj1,2024-01-01T00:00:00Z,a,3\nj1,2024-01-02T00:00:00Z,b,9\n");
    Run offScale = run("score", events.toString(), "--scorer", "mean", "--scale", "1..7");
    assertThat(offScale.exit()).isEqualTo(1);
    assertThat(offScale.err())
        .contains(events + ", line 3, column 'value', value '9': the value is outside the scale");
    Run missingFile =
        run("score", dir.resolve("nope.csv").toString(), "--scorer", "mean", "--scale", "1..7");
    assertThat(missingFile.exit()).isEqualTo(1);
    assertThat(missingFile.err()).contains("no such file");
    Run lenient =
        run("score", events.toString(), "--scorer", "mean", "--scale", "1..7", "--lenient");
    assertThat(lenient.exit()).isZero();
    assertThat(lenient.err()).contains("1 of 2 rows were set aside");
  }

  @Test
  void kanoReportsCountsCategoriesAndCoefficients() {
    Run run = run("kano", sample("kano-answers.csv"));
    assertThat(run.exit()).isZero();
    JsonNode features = run.json().get("features");
    assertThat(features.size()).isEqualTo(6);
    JsonNode fee = features.get(0);
    assertThat(fee.get("feature").asText()).isEqualTo("fee-notice-sms");
    assertThat(fee.get("n").asInt()).isEqualTo(40);
    assertThat(fee.get("counts").fieldNames())
        .toIterable()
        .containsExactly("A", "O", "M", "I", "R", "Q");
    assertThat(fee.get("category").asText()).isEqualTo("M");
    for (String field :
        List.of("better", "worse", "fong_significant", "functional_mean", "dysfunctional_mean")) {
      assertThat(fee.has(field)).as(field).isTrue();
    }
    assertThat(run.json().get("segments").has("tower-a")).isTrue();
  }

  @Test
  void kanoBadLabelExitsOne(@TempDir Path dir) throws IOException {
    Path answers = dir.resolve("answers.csv");
    Files.writeString(
        answers, "respondent,feature,functional,dysfunctional\nr1,wifi,love,dislike\n");
    Run run = run("kano", answers.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            answers + ", line 2, column 'functional', value 'love': unknown Kano answer 'love'");
  }

  @Test
  void servqualReportsDimensionsAndScores() {
    Run run =
        run(
            "servqual",
            sample("servqual-responses.csv"),
            "--weights",
            sample("servqual-weights.csv"));
    assertThat(run.exit()).isZero();
    JsonNode dimensions = run.json().get("dimensions");
    assertThat(dimensions.findValuesAsText("dimension"))
        .containsExactly("tangibles", "reliability", "responsiveness", "assurance", "empathy");
    for (String field : List.of("expectation", "perception", "gap", "msa", "mss")) {
      assertThat(dimensions.get(0).has(field)).as(field).isTrue();
    }
    assertThat(run.json().get("unweighted").isNumber()).isTrue();
    assertThat(run.json().get("weighted").isNumber()).isTrue();
  }

  @Test
  void theSampleServqualInstrumentIsReliableInEveryDimension() {
    Run run = run("servqual", sample("servqual-responses.csv"));
    assertThat(run.exit()).isZero();
    for (JsonNode d : run.json().get("dimensions")) {
      assertThat(d.get("alpha_expectation").asDouble())
          .as(d.get("dimension").asText())
          .isGreaterThanOrEqualTo(0.7);
      assertThat(d.get("alpha_perception").asDouble())
          .as(d.get("dimension").asText())
          .isGreaterThanOrEqualTo(0.7);
      assertThat(d.get("low_reliability").asBoolean()).isFalse();
    }
  }

  @Test
  void servqualOnALowerIsBetterScaleTurnsTheGapsAround() {
    Run up = run("servqual", sample("servqual-responses.csv"));
    Run down = run("servqual", sample("servqual-responses.csv"), "--lower-is-better");
    assertThat(down.exit()).isZero();
    assertThat(down.json().get("unweighted").asDouble())
        .isCloseTo(
            -up.json().get("unweighted").asDouble(), org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void servqualRefusesANeutralPointItWouldIgnore() {
    Run run = run("servqual", sample("servqual-responses.csv"), "--neutral", "4");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--neutral does not apply to servqual");
  }

  @Test
  void servqualTakesAnInstrumentFile(@TempDir Path dir) throws IOException {
    Path responses = dir.resolve("responses.csv");
    Files.writeString(
        responses,
        "respondent,item,expectation,perception\nr1,staff-rude,2,3\nr1,owner-care,6,4\n");
    Run run =
        run("servqual", responses.toString(), "--instrument", sample("servqual-instrument.csv"));
    assertThat(run.exit()).isZero();
    assertThat(run.json().get("dimensions").findValuesAsText("dimension"))
        .containsExactly("assurance", "empathy");
    Run bad = run("servqual", responses.toString());
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err())
        .contains("line 2, column 'item', value 'staff-rude': the item is not in the instrument");
  }

  @Test
  void npsReportsCountsScoreAndInterval() {
    for (String method : List.of("wald", "adjusted-wald", "bootstrap")) {
      Run run =
          method.equals("bootstrap")
              ? run("nps", sample("nps-scores.csv"), "--interval", method, "--seed", "7")
              : run("nps", sample("nps-scores.csv"), "--interval", method);
      assertThat(run.exit()).as(method).isZero();
      JsonNode nps = run.json();
      assertThat(nps.get("n").asInt()).isEqualTo(200);
      assertThat(
              nps.get("promoters").asInt()
                  + nps.get("passives").asInt()
                  + nps.get("detractors").asInt())
          .isEqualTo(200);
      double score = 100.0 * (nps.get("promoters").asInt() - nps.get("detractors").asInt()) / 200;
      assertThat(nps.get("nps").asDouble()).isEqualTo(score);
      assertThat(nps.get("ci_low").asDouble()).isLessThanOrEqualTo(score);
      assertThat(nps.get("ci_high").asDouble()).isGreaterThanOrEqualTo(score);
      assertThat(nps.has("standard_error")).isTrue();
    }
    assertThat(run("nps", sample("nps-scores.csv"), "--interval", "exact").exit()).isEqualTo(2);
  }

  @Test
  void optionsThatWouldBeIgnoredAreRefused() {
    Run seed = run("nps", sample("nps-scores.csv"), "--seed", "7");
    assertThat(seed.exit()).isEqualTo(2);
    assertThat(seed.err()).contains("--seed applies to --interval bootstrap only, not wald");
    Run outcomes =
        run(
            "score",
            sample("events.csv"),
            "--scorer",
            "mean",
            "--outcomes",
            sample("outcomes.csv"));
    assertThat(outcomes.exit()).isEqualTo(2);
    assertThat(outcomes.err()).contains("--outcomes does not apply to score");
    Run table = run("kano", sample("kano-answers.csv"), "--table", "features");
    assertThat(table.exit()).isEqualTo(2);
    assertThat(table.err()).contains("--table applies to --format csv or table, not json");
    Run unknown =
        run("servqual", sample("servqual-responses.csv"), "--format", "csv", "--table", "gaps");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("--table must be one of dimensions, items, scores, found 'gaps'");
  }

  @Test
  void npsComparesTwoSegments() {
    // business: 100 respondents; leisure: 100; the difference and its Wald interval by hand from
    // the counts.
    Run run = run("nps", sample("nps-scores.csv"), "--compare", "business", "leisure");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode segments = run.json().get("segments");
    JsonNode a = segments.get("business");
    JsonNode b = segments.get("leisure");
    JsonNode c = run.json().get("comparison");
    assertThat(c.get("first").asText()).isEqualTo("business");
    assertThat(c.get("second").asText()).isEqualTo("leisure");
    assertThat(c.get("difference").asDouble())
        .isCloseTo(a.get("nps").asDouble() - b.get("nps").asDouble(), within(1e-9));
    double se = Math.hypot(a.get("standard_error").asDouble(), b.get("standard_error").asDouble());
    assertThat(c.get("standard_error").asDouble()).isCloseTo(se, within(1e-9));
    assertThat(c.get("ci_high").asDouble() - c.get("ci_low").asDouble())
        .isCloseTo(2 * 1.959963984540054 * se, within(1e-6));
    assertThat(c.get("p_value").asDouble()).isBetween(0.0, 1.0);
    Run missing = run("nps", sample("nps-scores.csv"), "--compare", "business", "tourists");
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err())
        .contains(
            "no responses in segment 'tourists' to compare; the segments are [business, leisure]");
  }

  @Test
  void everyResultCarriesItsProvenance(@TempDir Path dir) throws Exception {
    Run kano = run("kano", sample("kano-answers.csv"), "--tie-threshold", "0.1");
    JsonNode provenance = kano.json().get("provenance");
    assertThat(provenance.get("analysis").asText()).isEqualTo("kano");
    assertThat(provenance.get("settings").get("tie_threshold").asText()).isEqualTo("0.1");
    assertThat(provenance.get("motkit_version").asText()).isNotBlank();
    JsonNode input = provenance.get("inputs").get(0);
    assertThat(input.get("name").asText()).endsWith("kano-answers.csv");
    assertThat(input.get("rows_read").asLong())
        .isEqualTo(Files.readAllLines(Path.of(sample("kano-answers.csv"))).size() - 1);
    assertThat(input.get("rows_rejected").asLong()).isZero();
    java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
    String expected =
        java.util.HexFormat.of()
            .formatHex(sha.digest(Files.readAllBytes(Path.of(sample("kano-answers.csv")))));
    assertThat(input.get("sha256").asText()).isEqualTo(expected);

    Path events = dir.resolve("events.csv");
    Files.writeString(
        events,
        "journey,timestamp,touchpoint,value\na,2024-01-01T00:00:00Z,call,2\na,2024-01-02T00:00:00Z,visit,x\n");
    Run lenient = run("journeys", "pain-points", events.toString(), "--lenient");
    JsonNode counted = lenient.json().get("provenance").get("inputs").get(0);
    assertThat(counted.get("rows_read").asLong()).isEqualTo(2);
    assertThat(counted.get("rows_accepted").asLong()).isEqualTo(1);
    assertThat(counted.get("rows_rejected").asLong()).isEqualTo(1);
  }

  @Test
  void scoreOutputCarriesTheScorersParametersAndVersion(@TempDir Path dir) throws Exception {
    Run lines = run("score", sample("events.csv"), "--scorer", "peak-end", "--param", "peak=worst");
    assertThat(lines.exit()).as(lines.err()).isZero();
    String first = lines.out().lines().findFirst().orElseThrow();
    JsonNode line = new com.fasterxml.jackson.databind.ObjectMapper().readTree(first);
    assertThat(line.get("scorer").asText()).isEqualTo("peak-end");
    assertThat(line.get("version").asText()).isEqualTo(io.motkit.core.Version.current());
    assertThat(line.get("parameters").get("peak").asText()).isEqualTo("worst");
    assertThat(line.get("parameters").has("end")).as("every parameter, defaults too").isTrue();
    Path scores = dir.resolve("scores.csv");
    Path sidecar = dir.resolve("scores.provenance.json");
    Run csv =
        run(
            "score",
            sample("events.csv"),
            "--scorer",
            "peak-end",
            "--format",
            "csv",
            "--out",
            scores.toString(),
            "--provenance",
            sidecar.toString());
    assertThat(csv.exit()).as(csv.err()).isZero();
    JsonNode provenance =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(sidecar.toFile())
            .get("provenance");
    assertThat(provenance.get("analysis").asText()).isEqualTo("score");
    assertThat(provenance.get("settings").get("scorer").asText()).isEqualTo("peak-end");
    assertThat(provenance.get("settings").get("param.peak").asText()).isEqualTo("intense");
    assertThat(provenance.get("inputs").get(0).get("sha256").asText()).hasSize(64);
    assertThat(Files.readAllLines(scores)).hasSize((int) lines.out().lines().count() + 1);
  }

  @Test
  void helpWrapsAtWordsAndExamplesContinueWithBackslashes() {
    List<List<String>> commands = new java.util.ArrayList<>();
    for (String command : Motkit.commandLine().getSubcommands().keySet()) {
      commands.add(List.of(command));
      Motkit.commandLine()
          .getSubcommands()
          .get(command)
          .getSubcommands()
          .keySet()
          .forEach(sub -> commands.add(List.of(command, sub)));
    }
    assertThat(commands).hasSizeGreaterThan(15);
    for (List<String> command : commands) {
      List<String> args = new java.util.ArrayList<>(command);
      args.add("--help");
      List<String> lines = run(args.toArray(new String[0])).out().lines().toList();
      boolean examples = false;
      boolean continued = false;
      for (String line : lines) {
        assertThat(line.length()).as(command + ": " + line).isLessThanOrEqualTo(Motkit.HELP_WIDTH);
        if (examples && !line.isEmpty()) {
          // Every example is a command as typed: it starts the line, or continues the one ending in
          // a backslash.
          assertThat(line).as(command + ": " + line).startsWith(continued ? "      " : "  ");
          continued = line.endsWith(" \\");
        }
        examples |= line.equals("Examples:");
      }
    }
  }

  @Test
  void npsScoreElevenExitsOne(@TempDir Path dir) throws IOException {
    Path scores = dir.resolve("scores.csv");
    Files.writeString(scores, "respondent,score\na,9\nb,11\n");
    Run run = run("nps", scores.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            scores
                + ", line 3, column 'score', value '11': score must be a whole number from 0 to 10");
  }

  @Test
  void journeyAnalysesRunOnTheSampleLog() {
    String events = sample("events.csv");
    String outcomes = sample("outcomes.csv");
    Run map = run("journeys", "map", events, "--scale", "1..7");
    assertThat(map.exit()).isZero();
    assertThat(map.json().get("journeys").asInt()).isEqualTo(120);
    assertThat(map.json().get("edges").size()).isPositive();
    assertThat(run("journeys", "map", events, "--format", "dot").out())
        .startsWith("digraph journey_map {");
    Run pain = run("journeys", "pain-points", events, "--scale", "1..7");
    assertThat(pain.json().get("touchpoints").get(0).has("pain_share")).isTrue();
    Run drivers = run("journeys", "drivers", events, "--outcomes", outcomes, "--outcome", "paid");
    assertThat(drivers.exit()).isZero();
    assertThat(drivers.json().get("drivers").size()).isPositive();
    Run markov =
        run(
            "journeys",
            "markov",
            events,
            "--outcomes",
            outcomes,
            "--outcome",
            "paid",
            "--order",
            "2");
    assertThat(markov.json().get("success_probability").asDouble()).isBetween(0.0, 1.0);
    Run missingOutcome = run("journeys", "drivers", events);
    assertThat(missingOutcome.exit()).isEqualTo(2);
    Run unknownOutcome =
        run("journeys", "markov", events, "--outcomes", outcomes, "--outcome", "renewed");
    assertThat(unknownOutcome.exit()).isEqualTo(1);
    assertThat(unknownOutcome.err()).contains("the log has no outcome 'renewed'");
  }

  @Test
  void markovEndsPathsAtAConversionTouchpointAndAttributesConversions() {
    String events = sample("events.csv");
    Run markov =
        run(
            "journeys",
            "markov",
            events,
            "--conversion",
            "payment",
            "--measurement",
            "satisfaction-survey");
    assertThat(markov.exit()).as(markov.err()).isZero();
    JsonNode model = markov.json();
    assertThat(model.get("success_probability_note").asText()).contains("observed conversion rate");
    double attributed = 0;
    for (JsonNode effect : model.get("removal_effects")) {
      assertThat(effect.get("touchpoint").asText()).isNotIn("payment", "satisfaction-survey");
      attributed += effect.get("attributed_conversions").asDouble();
    }
    assertThat(attributed)
        .isCloseTo(model.get("successes").asDouble(), org.assertj.core.api.Assertions.within(1e-9));
    Run both = run("journeys", "markov", events, "--conversion", "payment", "--outcome", "paid");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err())
        .contains("give either --outcome (with --outcomes) or --conversion TOUCHPOINT, not both");
  }

  @Test
  void driversLeaveOutMeasurementTouchpoints() {
    Run drivers =
        run(
            "journeys",
            "drivers",
            sample("events.csv"),
            "--outcomes",
            sample("outcomes.csv"),
            "--outcome",
            "paid",
            "--measurement",
            "satisfaction-survey");
    assertThat(drivers.exit()).as(drivers.err()).isZero();
    assertThat(drivers.json().get("drivers").findValuesAsText("touchpoint"))
        .isNotEmpty()
        .doesNotContain("satisfaction-survey");
  }

  @Test
  void theMapTakesAnExplicitStageOrder() {
    Run map =
        run(
            "journeys",
            "map",
            sample("events.csv"),
            "--stages",
            "pre-contact,transaction,after-sales,relationship");
    assertThat(map.exit()).as(map.err()).isZero();
    Run missing = run("journeys", "map", sample("events.csv"), "--stages", "transaction");
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err())
        .contains("occurs in the journeys but not in the stage order [transaction]");
  }

  @Test
  void simulateWritesTheSameLogForTheSameSeed(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    assertThat(
            run(
                    "simulate",
                    sample("property-model.json"),
                    "--journeys",
                    "50",
                    "--seed",
                    "9",
                    "--out",
                    a.toString())
                .exit())
        .isZero();
    assertThat(
            run(
                    "simulate",
                    sample("property-model.json"),
                    "--journeys",
                    "50",
                    "--seed",
                    "9",
                    "--out",
                    b.toString(),
                    "--outcomes",
                    dir.resolve("o.csv").toString())
                .exit())
        .isZero();
    assertThat(Files.readString(a))
        .isEqualTo(Files.readString(b))
        .startsWith("journey,timestamp,touchpoint,value");
    assertThat(Files.readAllLines(dir.resolve("o.csv"))).hasSize(51);
    Path bad = dir.resolve("model.json");
    Files.writeString(bad, "{\"scale\":{}}");
    Run broken = run("simulate", bad.toString(), "--journeys", "5", "--seed", "1");
    assertThat(broken.exit()).isEqualTo(1);
    assertThat(broken.err()).contains("$.scale.min: required field is missing");
  }

  @Test
  void reportWritesASelfContainedPage(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("report.html");
    Run run =
        run(
            "report",
            sample("events.csv"),
            "--outcomes",
            sample("outcomes.csv"),
            "--outcome",
            "paid",
            "--kano",
            sample("kano-answers.csv"),
            "--html",
            html.toString());
    assertThat(run.exit()).isZero();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page)
        .contains("Emotion curve of journey j-0000000")
        .contains("Pain and delight points")
        .contains("Key drivers of paid")
        .contains("Kano better / worse grid")
        .contains("Journey map")
        .contains("echarts.init(");
    assertThat(page).doesNotContain("src=\"http").doesNotContain("href=\"http");
  }

  @Test
  void theReportFlagsAServqualDimensionOfLowReliability(@TempDir Path dir) throws IOException {
    // Tangibles perceptions whose items disagree across respondents: alpha = -2.89, by hand.
    StringBuilder csv = new StringBuilder("respondent,item,expectation,perception\n");
    int[][] perceptions = {{2, 6, 3, 3}, {6, 2, 5, 5}, {4, 4, 2, 6}};
    for (int r = 0; r < perceptions.length; r++) {
      for (int item = 1; item <= 22; item++) {
        int p = item <= 4 ? perceptions[r][item - 1] : 3 + r;
        csv.append("r").append(r).append(',').append(item).append(",5,").append(p).append('\n');
      }
    }
    Path responses = dir.resolve("servqual.csv");
    Files.writeString(responses, csv.toString());
    Path html = dir.resolve("report.html");
    Run run =
        run(
            "report",
            sample("events.csv"),
            "--servqual",
            responses.toString(),
            "--html",
            html.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page.contains("SERVQUAL")).isTrue();
    assertThat(page.contains("LOW: alpha below 0.7")).isTrue();
  }

  @Test
  void reportOfABadLogExitsOne(@TempDir Path dir) throws IOException {
    Path events = dir.resolve("events.csv");
    Files.writeString(events, "journey,timestamp,touchpoint,value\nj1,someday,a,3\n");
    Run run = run("report", events.toString(), "--html", dir.resolve("r.html").toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains(events + ", line 2, column 'timestamp', value 'someday'");
    assertThat(dir.resolve("r.html")).doesNotExist();
    Run unknownJourney =
        run(
            "report",
            sample("events.csv"),
            "--journey",
            "nobody",
            "--html",
            dir.resolve("r.html").toString());
    assertThat(unknownJourney.exit()).isEqualTo(1);
    assertThat(unknownJourney.err()).contains("journey 'nobody' is not in");
  }

  @Test
  void demoRunsAnExampleAndNamesItsReport(@TempDir Path dir) {
    Run run = run("demo", "retail", "--out", dir.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("Moments of truth in retail")
        .contains("report: " + dir.resolve("retail-report.html"));
    assertThat(run("demo", "airline").exit()).isEqualTo(2);
  }

  @Test
  void aBadFormatIsAUsageErrorFoundBeforeAnyInputIsRead() {
    for (String command : List.of("kano", "servqual", "nps")) {
      Run run = run(command, "no-such-file.csv", "--format", "xml");
      assertThat(run.exit()).as(command).isEqualTo(2);
      assertThat(run.err())
          .as(command)
          .contains("--format must be one of json, csv, table, found 'xml'");
    }
    assertThat(run("score", "no-such-file.csv", "--scorer", "mean", "--format", "xml").exit())
        .isEqualTo(2);
    assertThat(run("journeys", "map", "no-such-file.csv", "--format", "xml").exit()).isEqualTo(2);
  }

  @Test
  void helpOfEverySubcommandHasExamples() {
    for (String command :
        List.of(
            "score",
            "kano",
            "servqual",
            "nps",
            "simulate",
            "report",
            "demo",
            "scorers",
            "fit",
            "serve",
            "classpath")) {
      Run help = run(command, "--help");
      assertThat(help.exit()).as(command).isZero();
      assertThat(help.out()).as(command).contains("Examples:");
    }
    for (String command : List.of("map", "pain-points", "drivers", "markov")) {
      assertThat(run("journeys", command, "--help").out()).as(command).contains("Examples:");
    }
    assertThat(run().exit()).isEqualTo(2);
  }
}
