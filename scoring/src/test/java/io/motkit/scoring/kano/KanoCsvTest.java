package io.motkit.scoring.kano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.motkit.core.csv.CsvInput;
import io.motkit.core.csv.InputFormatException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class KanoCsvTest {

  private static List<KanoResponse> read(String csv) {
    return KanoCsv.read(CsvInput.of(new StringReader(csv), "answers.csv"));
  }

  @Test
  void readsColumnsByNameInAnyOrderIgnoringExtras() {
    List<KanoResponse> responses =
        read(
            "feature,note,dysfunctional,respondent,functional,importance,segment\n"
                + "wifi,x,neutral,r1,like,7,young\n"
                + "wifi,y,不喜欢,r2,2,,\n");
    assertThat(responses).hasSize(2);
    assertThat(responses.get(0).category()).isEqualTo(KanoCategory.ATTRACTIVE);
    assertThat(responses.get(0).importance()).hasValue(7.0);
    assertThat(responses.get(0).segment()).contains("young");
    assertThat(responses.get(1).category()).isEqualTo(KanoCategory.MUST_BE);
    assertThat(responses.get(1).segment()).isEmpty();
  }

  static Stream<Arguments> badFiles() {
    String header = "respondent,feature,functional,dysfunctional,importance\n";
    return Stream.of(
        Arguments.of(
            header + "r1,wifi,like,dislike,5\nr2,wifi,love,dislike,5\n",
            3,
            "functional",
            "love",
            "unknown Kano answer"),
        Arguments.of(
            header + "r1,wifi,like,dislike,ten\n", 2, "importance", "ten", "expected a number"),
        Arguments.of(
            header + "r1,wifi,like,dislike,10\n",
            2,
            "importance",
            "10",
            "importance must be from 1 to 9"),
        Arguments.of(
            header + "r1,wifi,like,dislike,5\nr1,wifi,like,like,5\n",
            3,
            "feature",
            "wifi",
            "already answered about this feature on line 2"),
        Arguments.of(
            header + "r1,wifi,like\n",
            2,
            "",
            "",
            "the row has 3 fields but the header has 5 columns"),
        Arguments.of(
            "respondent,feature,functional\nr1,wifi,like\n",
            1,
            "dysfunctional",
            "",
            "required column is missing"),
        Arguments.of(
            header + ",wifi,like,dislike,5\n", 2, "respondent", "", "a value is required"));
  }

  @ParameterizedTest
  @MethodSource("badFiles")
  void badRowsNameFileLineColumnAndValue(
      String csv, long line, String column, String value, String message) {
    assertThatThrownBy(() -> read(csv))
        .isInstanceOf(InputFormatException.class)
        .hasMessageStartingWith("answers.csv, line " + line)
        .hasMessageContaining(column.isEmpty() ? "" : "column '" + column + "'")
        .hasMessageContaining(value.isEmpty() ? "" : "value '" + value + "'")
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((InputFormatException) e).line()).isEqualTo(line));
  }
}
