package io.motkit.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

final class CsvInputTest {

  private static CsvInput csv(String text) {
    return CsvInput.of(new StringReader(text), "data.csv");
  }

  @Test
  void columnsAreFoundByNameAndLinesCountQuotedLineBreaks() {
    CsvInput input = csv("b,a\n\"multi\nline\",1\nx,2.5\n");
    assertThat(input.columns()).containsExactly("b", "a");
    CsvRow first = input.next();
    assertThat(first.text("b")).isEqualTo("multi\nline");
    assertThat(first.line()).isEqualTo(2);
    CsvRow second = input.next();
    assertThat(second.line()).isEqualTo(4);
    assertThat(second.number("a")).isEqualTo(2.5);
    assertThat(input.hasNext()).isFalse();
  }

  @Test
  void byteOrderMarkAndBlankLinesAreIgnored() {
    CsvInput input = csv("\uFEFFid,value\n\n1,2\n");
    assertThat(input.hasColumn("id")).isTrue();
    assertThat(input.next().wholeNumber("value")).isEqualTo(2);
  }

  @Test
  void absentOptionalColumnsAreEmpty() {
    CsvRow row = csv("id\n1\n").next();
    assertThat(row.optionalText("segment")).isEmpty();
    assertThat(row.optionalNumber("weight")).isEmpty();
  }

  @Test
  void decimalCommaIsReportedAsSuch() {
    CsvRow row = csv("id,value\n1,\"2,5\"\n").next();
    assertThatThrownBy(() -> row.number("value"))
        .isInstanceOf(InputFormatException.class)
        .hasMessage(
            "data.csv, line 2, column 'value', value '2,5': expected a number with a decimal point, not a comma");
  }

  @Test
  void wordsAndSuffixesAreNotNumbers() {
    CsvInput input = csv("v\nNaN\nInfinity\n1d\n1e999\n");
    assertThatThrownBy(() -> input.next().number("v"))
        .hasMessageContaining("value 'NaN': expected a number");
    assertThatThrownBy(() -> input.next().number("v"))
        .hasMessageContaining("value 'Infinity': expected a number");
    assertThatThrownBy(() -> input.next().number("v"))
        .hasMessageContaining("value '1d': expected a number");
    assertThatThrownBy(() -> input.next().number("v"))
        .hasMessageContaining("value '1e999': the number is out of range");
  }

  @Test
  void rowWithTheWrongNumberOfFieldsIsNamed() {
    CsvInput input = csv("a,b\n1,2\n3\n");
    input.next();
    assertThatThrownBy(input::next)
        .isInstanceOf(InputFormatException.class)
        .hasMessage("data.csv, line 3: the row has 1 fields but the header has 2 columns");
  }

  @Test
  void headerProblemsAreNamed() {
    assertThatThrownBy(() -> csv(""))
        .hasMessageContaining("the file is empty; a header row is required");
    assertThatThrownBy(() -> csv("a,a\n"))
        .hasMessageContaining("column 'a': the header names this column twice");
    assertThatThrownBy(() -> csv("a,,b\n")).hasMessageContaining("header column 2 has no name");
    assertThatThrownBy(() -> csv("a\n1\n").requireColumns("a", "b"))
        .isInstanceOf(InputFormatException.class)
        .hasMessage("data.csv, line 1, column 'b': required column is missing; the header has [a]");
  }

  @Test
  void requiredEmptyFieldIsNamed() {
    assertThatThrownBy(() -> csv("a,b\n,2\n").next().text("a"))
        .hasMessage("data.csv, line 2, column 'a': a value is required");
  }
}
