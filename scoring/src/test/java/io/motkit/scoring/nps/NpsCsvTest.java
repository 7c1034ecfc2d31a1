package io.motkit.scoring.nps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.motkit.core.csv.CsvInput;
import io.motkit.core.csv.InputFormatException;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class NpsCsvTest {

  @Test
  void readsScoresAndSegments() {
    var responses =
        NpsCsv.read(
            CsvInput.of(
                new StringReader("score,respondent,segment\n10,a,north\n6,b,\n"), "scores.csv"));
    assertThat(responses).hasSize(2);
    assertThat(responses.get(0).segment()).contains("north");
    assertThat(responses.get(1).score()).isEqualTo(6);
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of(
            "respondent,score\na,10\nb,11\n",
            3,
            "score",
            "11",
            "score must be a whole number from 0 to 10"),
        Arguments.of(
            "respondent,score\na,7.5\n",
            2,
            "score",
            "7.5",
            "score must be a whole number from 0 to 10"),
        Arguments.of(
            "respondent,score\na,nine\n", 2, "score", "nine", "score must be a whole number"),
        Arguments.of(
            "respondent,score\na,9\na,3\n", 3, "respondent", "a", "already answered on line 2"),
        Arguments.of("respondent,rating\na,9\n", 1, "score", "", "required column is missing"));
  }

  @ParameterizedTest
  @MethodSource("badFiles")
  void badRowsNameFileLineColumnAndValue(
      String text, long line, String column, String value, String message) {
    assertThatThrownBy(() -> NpsCsv.read(CsvInput.of(new StringReader(text), "scores.csv")))
        .isInstanceOf(InputFormatException.class)
        .hasMessageStartingWith("scores.csv, line " + line + ", column '" + column + "'")
        .hasMessageContaining(value.isEmpty() ? "" : "value '" + value + "'")
        .hasMessageContaining(message);
  }
}
