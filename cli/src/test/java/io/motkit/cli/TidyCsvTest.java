package io.motkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.motkit.journey.analysis.AnalysisJson;
import io.motkit.scoring.kano.KanoReportJson;
import io.motkit.scoring.nps.NpsReportJson;
import io.motkit.scoring.servqual.ServqualReportJson;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every {@code --format csv} is a tidy table that a CSV parser loads with no options: its
 * documented header, then rows of exactly as many fields, as many rows as there are results.
 */
final class TidyCsvTest {

  private static List<CsvRecord> csv(String... args) throws Exception {
    MotkitCommandTest.Run run = MotkitCommandTest.run(args);
    assertThat(run.exit()).as(String.join(" ", args) + ": " + run.err()).isZero();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(run.out())) {
      List<CsvRecord> rows = reader.stream().collect(Collectors.toList());
      for (CsvRecord row : rows) {
        assertThat(row.getFieldCount()).as(String.join(" ", args) + " line " + row.getStartingLineNumber()).isEqualTo(rows.get(0).getFieldCount());
      }
      return rows;
    }
  }

  @Test
  void surveysAreTidyTables() throws Exception {
    List<CsvRecord> kano = csv("kano", MotkitCommandTest.sample("kano-answers.csv"), "--format", "csv");
    assertThat(kano.get(0).getFields()).isEqualTo(KanoReportJson.CSV_COLUMNS);
    // Six features, for the whole sample and for each of its two segments.
    assertThat(kano).hasSize(1 + 6 * 3);
    assertThat(kano.stream().skip(1).map(r -> r.getField(0)).distinct()).containsExactly("all", "tower-a", "tower-b");

    List<CsvRecord> nps = csv("nps", MotkitCommandTest.sample("nps-scores.csv"), "--format", "csv");
    assertThat(nps.get(0).getFields()).isEqualTo(NpsReportJson.CSV_COLUMNS);
    assertThat(nps.stream().skip(1).map(r -> r.getField(0))).containsExactly("all", "business", "leisure");

    List<CsvRecord> dimensions = csv("servqual", MotkitCommandTest.sample("servqual-responses.csv"), "--format", "csv");
    assertThat(dimensions.get(0).getFields()).isEqualTo(ServqualReportJson.DIMENSION_COLUMNS);
    assertThat(dimensions).hasSize(1 + 5 * 3);
    List<CsvRecord> items = csv("servqual", MotkitCommandTest.sample("servqual-responses.csv"), "--format", "csv", "--table", "items");
    assertThat(items.get(0).getFields()).isEqualTo(ServqualReportJson.ITEM_COLUMNS);
    assertThat(items).hasSize(1 + 22 * 3);
  }

  @Test
  void journeyAnalysesAreTidyTables() throws Exception {
    String events = MotkitCommandTest.sample("events.csv");
    List<CsvRecord> pain = csv("journeys", "pain-points", events, "--format", "csv");
    assertThat(pain.get(0).getFields()).isEqualTo(AnalysisJson.PAIN_POINT_COLUMNS);
    assertThat(pain.size()).isGreaterThan(5);
    List<CsvRecord> drivers =
        csv("journeys", "drivers", events, "--outcomes", MotkitCommandTest.sample("outcomes.csv"), "--outcome", "paid", "--format", "csv");
    assertThat(drivers.get(0).getFields()).isEqualTo(AnalysisJson.DRIVER_COLUMNS);
    assertThat(drivers.size()).isGreaterThan(2);
    List<CsvRecord> markov = csv("journeys", "markov", events, "--conversion", "payment", "--format", "csv");
    assertThat(markov.get(0).getFields()).containsExactly(
        "outcome", "touchpoint", "removal_effect", "attributed_conversions", "attributed_value", "success_probability", "journeys");
    List<CsvRecord> edges = csv("journeys", "map", events, "--format", "csv");
    assertThat(edges.get(0).getFields()).containsExactly("from", "to", "count", "probability", "median_seconds");
    assertThat(edges.size()).isGreaterThan(5);
  }
}
