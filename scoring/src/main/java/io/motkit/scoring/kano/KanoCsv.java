package io.motkit.scoring.kano;

import static java.util.Objects.requireNonNullElse;
import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.csv.CsvInput;
import io.motkit.core.csv.CsvRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * Reads Kano answers from long-format CSV ({@code docs/formats.md}): the columns {@code
 * respondent}, {@code feature}, {@code functional} and {@code dysfunctional}, and optionally {@code
 * importance} (1-9) and {@code segment}, in any order; other columns are ignored.
 */
@API(status = STABLE, since = "0.1")
public final class KanoCsv {

  private KanoCsv() {}

  /**
   * Reads every row.
   *
   * @param csv the CSV input
   * @return the responses, in file order
   * @throws io.motkit.core.csv.InputFormatException naming the file, line, column and value of the
   *     first bad row: a missing column, an unknown answer label, an importance outside 1-9 or not
   *     a number, or a respondent-feature pair that repeats
   */
  public static List<KanoResponse> read(CsvInput csv) {
    csv.requireColumns("respondent", "feature", "functional", "dysfunctional");
    List<KanoResponse> responses = new ArrayList<>();
    Map<String, Long> firstLine = new HashMap<>();
    while (csv.hasNext()) {
      CsvRow row = csv.next();
      String respondent = row.text("respondent");
      String feature = row.text("feature");
      Long previous = firstLine.putIfAbsent(respondent + '\u0000' + feature, row.line());
      if (previous != null) {
        throw row.error(
            "feature",
            "respondent '"
                + respondent
                + "' already answered about this feature on line "
                + previous);
      }
      KanoResponse.Builder response =
          KanoResponse.builder()
              .respondent(respondent)
              .feature(feature)
              .functional(answer(row, "functional"))
              .dysfunctional(answer(row, "dysfunctional"));
      OptionalDouble importance = row.optionalNumber("importance");
      if (importance.isPresent()) {
        if (importance.getAsDouble() < 1 || importance.getAsDouble() > 9) {
          throw row.error("importance", "importance must be from 1 to 9");
        }
        response.importance(importance.getAsDouble());
      }
      row.optionalText("segment").ifPresent(response::segment);
      responses.add(response.build());
    }
    return responses;
  }

  private static KanoAnswer answer(CsvRow row, String column) {
    try {
      return KanoAnswer.parse(row.text(column));
    } catch (IllegalArgumentException e) {
      if (e instanceof io.motkit.core.csv.InputFormatException) {
        throw e;
      }
      throw row.error(column, requireNonNullElse(e.getMessage(), "malformed"));
    }
  }
}
