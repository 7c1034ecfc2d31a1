package io.motkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every table that docs/formats.md lists is what the command writes: the documented header, then
 * rows of exactly as many fields, loaded by a CSV parser with no options.
 */
final class TidyCsvTest {

  /**
   * A documented table: the command, the table's name (empty for a single table) and its columns.
   */
  record Documented(String command, String table, List<String> columns) {
    @Override
    public String toString() {
      return command + (table.isEmpty() ? "" : " --table " + table);
    }
  }

  private static final Pattern ROW =
      Pattern.compile("^\\| `([a-z -]+)` \\| (?:`([a-z]+)`[^|]*)? ?\\| `([^`]+)`.*$");

  static Stream<Documented> documentedTables() throws Exception {
    List<Documented> tables = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("..", "docs", "formats.md"))) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        tables.add(
            new Documented(
                m.group(1),
                m.group(2) == null ? "" : m.group(2),
                Arrays.asList(m.group(3).split(", "))));
      }
    }
    assertThat(tables).as("tables found in docs/formats.md").hasSizeGreaterThan(15);
    return tables.stream();
  }

  /** The arguments that give each command a result from the samples. */
  private static final Map<String, List<String>> INPUTS =
      Map.ofEntries(
          Map.entry("score", List.of("score", sample("events.csv"), "--scorer", "peak-end")),
          Map.entry("scorers", List.of("scorers")),
          Map.entry("kano", List.of("kano", sample("kano-answers.csv"))),
          Map.entry(
              "servqual",
              List.of(
                  "servqual",
                  sample("servqual-responses.csv"),
                  "--weights",
                  sample("servqual-weights.csv"))),
          Map.entry(
              "nps", List.of("nps", sample("nps-scores.csv"), "--compare", "business", "leisure")),
          Map.entry(
              "journeys pain-points", List.of("journeys", "pain-points", sample("events.csv"))),
          Map.entry(
              "journeys drivers",
              List.of(
                  "journeys",
                  "drivers",
                  sample("events.csv"),
                  "--outcomes",
                  sample("outcomes.csv"),
                  "--outcome",
                  "paid")),
          Map.entry("journeys moments", List.of("journeys", "moments", sample("events.csv"))),
          Map.entry(
              "journeys markov",
              List.of("journeys", "markov", sample("events.csv"), "--conversion", "payment")),
          Map.entry("journeys map", List.of("journeys", "map", sample("events.csv"))),
          Map.entry(
              "journeys timeline",
              List.of(
                  "journeys",
                  "timeline",
                  sample("events.csv"),
                  "--journey",
                  "j-0000000",
                  "--pair",
                  "fee-notice-call:payment")));

  private static String sample(String name) {
    return MotkitCommandTest.sample(name);
  }

  static List<CsvRecord> csv(String... args) throws Exception {
    MotkitCommandTest.Run run = MotkitCommandTest.run(args);
    assertThat(run.exit()).as(String.join(" ", args) + ": " + run.err()).isZero();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(run.out())) {
      List<CsvRecord> rows = reader.stream().collect(Collectors.toList());
      for (CsvRecord row : rows) {
        assertThat(row.getFieldCount())
            .as(String.join(" ", args) + " line " + row.getStartingLineNumber())
            .isEqualTo(rows.get(0).getFieldCount());
      }
      return rows;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentedTables")
  void everyDocumentedTableIsWhatTheCommandWrites(Documented table) throws Exception {
    assertThat(INPUTS).as("inputs for " + table.command()).containsKey(table.command());
    List<String> args = new ArrayList<>(INPUTS.get(table.command()));
    args.addAll(List.of("--format", "csv"));
    if (!table.table().isEmpty()) {
      args.addAll(List.of("--table", table.table()));
    }
    List<CsvRecord> rows = csv(args.toArray(new String[0]));
    assertThat(rows.get(0).getFields()).isEqualTo(table.columns());
    assertThat(rows).as("rows besides the header").hasSizeGreaterThan(1);
  }

  @Test
  void perSegmentResultsAreLongWithTheWholeSampleFirst() throws Exception {
    List<CsvRecord> kano = csv("kano", sample("kano-answers.csv"), "--format", "csv");
    // Six features, for the whole sample and for each of its two segments.
    assertThat(kano).hasSize(1 + 6 * 3);
    assertThat(kano.stream().skip(1).map(r -> r.getField(0)).distinct())
        .containsExactly("", "tower-a", "tower-b");
    List<CsvRecord> nps = csv("nps", sample("nps-scores.csv"), "--format", "csv");
    assertThat(nps.stream().skip(1).map(r -> r.getField(0)))
        .containsExactly("", "business", "leisure");
    assertThat(csv("servqual", sample("servqual-responses.csv"), "--format", "csv"))
        .hasSize(1 + 5 * 3);
    assertThat(
            csv(
                "servqual",
                sample("servqual-responses.csv"),
                "--format",
                "csv",
                "--table",
                "items"))
        .hasSize(1 + 22 * 3);
  }

  @Test
  void journeyAnalysesRunPerSegmentTheSameWay(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path events = dir.resolve("events.csv");
    Files.writeString(
        events,
        "journey,timestamp,touchpoint,value,region\n"
            + "a,2024-01-01T00:00:00Z,call,2,north\na,2024-01-02T00:00:00Z,visit,6,north\n"
            + "b,2024-01-01T00:00:00Z,call,5,south\nb,2024-01-02T00:00:00Z,visit,3,south\n"
            + "c,2024-01-01T00:00:00Z,call,4,south\nc,2024-01-02T00:00:00Z,visit,4,south\n");
    for (String analysis : List.of("pain-points", "moments", "map")) {
      List<CsvRecord> rows =
          csv("journeys", analysis, events.toString(), "--segment", "region", "--format", "csv");
      assertThat(rows.stream().skip(1).map(r -> r.getField(0)).distinct())
          .as(analysis)
          .containsExactly("", "north", "south");
    }
  }

  @Test
  void aSegmentNamedAllIsThatSegmentAndNotTheWholeSample(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path events = dir.resolve("events.csv");
    Files.writeString(
        events,
        "journey,timestamp,touchpoint,value,region\n"
            + "a,2024-01-01T00:00:00Z,call,2,all\n"
            + "b,2024-01-01T00:00:00Z,call,6,south\n");
    List<CsvRecord> rows =
        csv("journeys", "pain-points", events.toString(), "--segment", "region", "--format", "csv");
    // segment, touchpoint, moments, mean_experience: the whole sample has both journeys.
    assertThat(rows.stream().skip(1).map(r -> r.getField(0) + "|" + r.getField(2)))
        .containsExactly("|2", "all|1", "south|1");
  }
}
