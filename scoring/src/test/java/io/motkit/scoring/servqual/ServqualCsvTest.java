package io.motkit.scoring.servqual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.motkit.core.Scale;
import io.motkit.core.csv.CsvInput;
import io.motkit.core.csv.InputFormatException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class ServqualCsvTest {

  private static CsvInput csv(String text, String name) {
    return CsvInput.of(new StringReader(text), name);
  }

  @Test
  void readsResponsesWithZoneAndSegment() {
    List<ServqualResponse> responses =
        ServqualCsv.readResponses(
            csv(
                "item,respondent,perception,expectation,adequate,desired,segment,comment\n1,r1,5,6,4,7,north,ok\n2,r1,6,6,,,north,\n",
                "responses.csv"),
            ServqualInstrument.standard22(),
            Scale.likert7());
    assertThat(responses).hasSize(2);
    assertThat(responses.get(0).desired()).hasValue(7.0);
    assertThat(responses.get(1).adequate()).isEmpty();
  }

  @Test
  void readsAnInstrumentAndImportancePoints() {
    ServqualInstrument instrument =
        ServqualInstrument.read(
            csv(
                "item,dimension,reverse\nfee-notice,reliability,false\nrepair,responsiveness,yes\n",
                "instrument.csv"));
    assertThat(instrument.dimensions()).containsExactly("reliability", "responsiveness");
    assertThat(instrument.item("repair").orElseThrow().reverse()).isTrue();
    List<ServqualImportance> points =
        ServqualCsv.readImportance(
            csv(
                "respondent,dimension,points\nr1,reliability,70\nr1,responsiveness,30\n",
                "weights.csv"),
            instrument);
    assertThat(points).hasSize(2);
  }

  static Stream<Arguments> badFiles() {
    String header = "respondent,item,expectation,perception\n";
    return Stream.of(
        Arguments.of(
            header + "r1,1,5,5\nr1,99,5,5\n", 3, "item", "99", "the item is not in the instrument"),
        Arguments.of(header + "r1,1,5,8\n", 2, "perception", "8", "outside the scale"),
        Arguments.of(header + "r1,1,five,5\n", 2, "expectation", "five", "expected a number"),
        Arguments.of(
            header + "r1,1,5,5\nr1,1,6,6\n",
            3,
            "item",
            "1",
            "already answered this item on line 2"),
        Arguments.of(
            "respondent,item,perception\nr1,1,5\n",
            1,
            "expectation",
            "",
            "required column is missing"),
        Arguments.of(
            "respondent,item,expectation,perception,adequate\nr1,1,5,5,4\n",
            2,
            "desired",
            "",
            "give both adequate and desired"));
  }

  @ParameterizedTest
  @MethodSource("badFiles")
  void badRowsNameFileLineColumnAndValue(
      String text, long line, String column, String value, String message) {
    assertThatThrownBy(
            () ->
                ServqualCsv.readResponses(
                    csv(text, "responses.csv"), ServqualInstrument.standard22(), Scale.likert7()))
        .isInstanceOf(InputFormatException.class)
        .hasMessageStartingWith("responses.csv, line " + line + ", column '" + column + "'")
        .hasMessageContaining(value.isEmpty() ? "" : "value '" + value + "'")
        .hasMessageContaining(message);
  }

  @Test
  void unknownImportanceDimensionIsNamed() {
    assertThatThrownBy(
            () ->
                ServqualCsv.readImportance(
                    csv("respondent,dimension,points\nr1,speed,70\n", "weights.csv"),
                    ServqualInstrument.standard22()))
        .isInstanceOf(InputFormatException.class)
        .hasMessageContaining(
            "weights.csv, line 2, column 'dimension', value 'speed': not a dimension of the instrument");
  }

  @Test
  void badReverseFlagIsNamed() {
    assertThatThrownBy(
            () ->
                ServqualInstrument.read(
                    csv("item,dimension,reverse\na,reliability,maybe\n", "instrument.csv")))
        .isInstanceOf(InputFormatException.class)
        .hasMessageContaining(
            "instrument.csv, line 2, column 'reverse', value 'maybe': expected true or false");
  }
}
