package io.motkit.scoring.servqual;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.Scale;
import io.motkit.core.csv.CsvInput;
import io.motkit.core.csv.CsvRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * Reads SERVQUAL responses and importance points from long-format CSV ({@code docs/formats.md}).
 * Responses: {@code respondent}, {@code item}, {@code expectation}, {@code perception}, optionally
 * {@code adequate} and {@code desired} (both or neither) and {@code segment}. Importance: {@code
 * respondent}, {@code dimension}, {@code points}. Columns in any order; others ignored.
 */
@API(status = STABLE, since = "0.1")
public final class ServqualCsv {

  private ServqualCsv() {}

  /**
   * Reads responses, checking items against {@code instrument} and values against {@code scale}.
   *
   * @param csv the CSV input
   * @param instrument the instrument
   * @param scale the scale the values are on
   * @return the responses, in file order
   * @throws io.motkit.core.csv.InputFormatException naming the file, line, column and value of the
   *     first bad row
   */
  public static List<ServqualResponse> readResponses(
      CsvInput csv, ServqualInstrument instrument, Scale scale) {
    csv.requireColumns("respondent", "item", "expectation", "perception");
    List<ServqualResponse> responses = new ArrayList<>();
    Map<String, Long> firstLine = new HashMap<>();
    while (csv.hasNext()) {
      CsvRow row = csv.next();
      String respondent = row.text("respondent");
      String item = row.text("item");
      if (instrument.item(item).isEmpty()) {
        throw row.error("item", "the item is not in the instrument");
      }
      Long previous = firstLine.putIfAbsent(respondent + '\u0000' + item, row.line());
      if (previous != null) {
        throw row.error(
            "item",
            "respondent '" + respondent + "' already answered this item on line " + previous);
      }
      ServqualResponse.Builder response =
          ServqualResponse.builder()
              .respondent(respondent)
              .item(item)
              .expectation(onScale(row, "expectation", row.number("expectation"), scale))
              .perception(onScale(row, "perception", row.number("perception"), scale));
      OptionalDouble adequate = row.optionalNumber("adequate");
      OptionalDouble desired = row.optionalNumber("desired");
      if (adequate.isPresent() != desired.isPresent()) {
        throw row.error(
            adequate.isPresent() ? "desired" : "adequate",
            "give both adequate and desired, or neither");
      }
      if (adequate.isPresent()) {
        response.adequate(onScale(row, "adequate", adequate.getAsDouble(), scale));
        response.desired(onScale(row, "desired", desired.getAsDouble(), scale));
        if (adequate.getAsDouble() > desired.getAsDouble()) {
          throw row.error(
              "adequate", "the adequate level is above the desired level " + desired.getAsDouble());
        }
      }
      row.optionalText("segment").ifPresent(response::segment);
      responses.add(response.build());
    }
    return responses;
  }

  /**
   * Reads importance points, checking dimensions against {@code instrument}.
   *
   * @param csv the CSV input
   * @param instrument the instrument
   * @return the importance of each respondent, in file order
   * @throws io.motkit.core.csv.InputFormatException naming the file, line, column and value of the
   *     first bad row
   */
  public static List<ServqualImportance> readImportance(
      CsvInput csv, ServqualInstrument instrument) {
    csv.requireColumns("respondent", "dimension", "points");
    List<ServqualImportance> points = new ArrayList<>();
    Map<String, Long> firstLine = new HashMap<>();
    while (csv.hasNext()) {
      CsvRow row = csv.next();
      String respondent = row.text("respondent");
      String dimension = row.text("dimension");
      if (!instrument.dimensions().contains(dimension)) {
        throw row.error(
            "dimension",
            "not a dimension of the instrument; its dimensions are " + instrument.dimensions());
      }
      Long previous = firstLine.putIfAbsent(respondent + '\u0000' + dimension, row.line());
      if (previous != null) {
        throw row.error(
            "dimension",
            "respondent '" + respondent + "' already gave points to it on line " + previous);
      }
      double value = row.number("points");
      if (value < 0) {
        throw row.error("points", "points must not be negative");
      }
      points.add(ServqualImportance.of(respondent, dimension, value));
    }
    return points;
  }

  private static double onScale(CsvRow row, String column, double value, Scale scale) {
    if (!scale.contains(value)) {
      throw row.error(column, "the value is outside the scale " + scale);
    }
    return value;
  }
}
