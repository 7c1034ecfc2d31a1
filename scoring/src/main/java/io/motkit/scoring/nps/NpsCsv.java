package io.motkit.scoring.nps;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.csv.CsvInput;
import io.motkit.core.csv.CsvRow;
import io.motkit.core.internal.PlainNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Reads likelihood-to-recommend answers from CSV ({@code docs/formats.md}): the columns {@code
 * respondent} and {@code score} (a whole number 0-10), optionally {@code segment}, in any order;
 * others are ignored.
 */
@API(status = STABLE, since = "0.1")
public final class NpsCsv {

  private NpsCsv() {}

  /**
   * Reads every row.
   *
   * @param csv the CSV input
   * @return the responses, in file order
   * @throws io.motkit.core.csv.InputFormatException naming the file, line, column and value of the
   *     first bad row: a missing column, a score that is not a whole number from 0 to 10, or a
   *     respondent who answers twice
   */
  public static List<NpsResponse> read(CsvInput csv) {
    csv.requireColumns("respondent", "score");
    List<NpsResponse> responses = new ArrayList<>();
    Map<String, Long> firstLine = new HashMap<>();
    while (csv.hasNext()) {
      CsvRow row = csv.next();
      String respondent = row.text("respondent");
      Long previous = firstLine.putIfAbsent(respondent, row.line());
      if (previous != null) {
        throw row.error("respondent", "the respondent already answered on line " + previous);
      }
      String text = row.text("score");
      int score;
      try {
        long whole = PlainNumber.parseWhole(text);
        score = whole < 0 || whole > 10 ? -1 : (int) whole;
      } catch (NumberFormatException e) {
        throw row.error("score", "score must be a whole number from 0 to 10");
      }
      if (score < 0 || score > 10) {
        throw row.error("score", "score must be a whole number from 0 to 10");
      }
      responses.add(
          row.optionalText("segment")
              .map(s -> NpsResponse.of(respondent, score, s))
              .orElseGet(() -> NpsResponse.of(respondent, score)));
    }
    return responses;
  }
}
