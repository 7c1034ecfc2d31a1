package io.motkit.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ScorerParametersTest {

  private static final List<ParameterSpec> SPECS =
      List.of(
          ParameterSpec.choice("peak", "which peak", "intense", "intense", "worst", "best"),
          ParameterSpec.integer("k", "moments at the end", "1", 1),
          ParameterSpec.builder()
              .name("half-life")
              .description("half-life in seconds")
              .type(ParameterSpec.Type.NUMBER)
              .defaultValue("inf")
              .minimum(0)
              .minimumExclusive(true)
              .maximum(Double.POSITIVE_INFINITY)
              .build(),
          ParameterSpec.number("weight", "a weight", "0.5", 0, 1),
          ParameterSpec.requiredPairs("categories", "Kano category per touchpoint"));

  @Test
  void defaultsFillMissingValuesAndResolvedMapIsSorted() {
    ScorerParameters p = ScorerParameters.parse("s", SPECS, Map.of("categories", "a:M"));
    assertThat(p.asMap().keySet())
        .containsExactly("categories", "half-life", "k", "peak", "weight");
    assertThat(p.get("peak")).isEqualTo("intense");
    assertThat(p.getInt("k")).isEqualTo(1);
    assertThat(p.getDouble("half-life")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(p.getDouble("weight")).isEqualTo(0.5);
  }

  @Test
  void requiredParameterMissingIsNamed() {
    assertThatThrownBy(() -> ScorerParameters.parse("s", SPECS, Map.of()))
        .isInstanceOf(ScorerParameterException.class)
        .hasMessageContaining("parameter 'categories': required parameter is missing");
  }

  @Test
  void valueOutsideChoicesListsTheChoices() {
    assertThatThrownBy(
            () -> ScorerParameters.parse("s", SPECS, Map.of("categories", "x", "peak", "highest")))
        .isInstanceOf(ScorerParameterException.class)
        .hasMessageContaining("value 'highest' is not one of intense, worst, best");
  }

  @Test
  void valuesAreCheckedAgainstTheirDeclarationWhenParsed() {
    Map<String, String> base = Map.of("categories", "a:M");
    assertThatThrownBy(() -> ScorerParameters.parse("s", SPECS, with(base, "k", "0")))
        .hasMessageContaining("parameter 'k': '0' is outside >= 1");
    assertThatThrownBy(() -> ScorerParameters.parse("s", SPECS, with(base, "k", "1.5")))
        .hasMessageContaining("'1.5' is not a whole number");
    assertThatThrownBy(() -> ScorerParameters.parse("s", SPECS, with(base, "weight", "NaN")))
        .hasMessageContaining("'NaN' is not a plain finite number");
    assertThatThrownBy(() -> ScorerParameters.parse("s", SPECS, with(base, "weight", "0x1p-1")))
        .hasMessageContaining("'0x1p-1' is not a plain finite number");
    assertThatThrownBy(() -> ScorerParameters.parse("s", SPECS, with(base, "weight", "1.5")))
        .hasMessageContaining("'1.5' is outside [0, 1]");
    assertThatThrownBy(() -> ScorerParameters.parse("s", SPECS, with(base, "half-life", "0")))
        .hasMessageContaining("'0' is outside (0, inf]");
    assertThatThrownBy(() -> ScorerParameters.parse("s", SPECS, Map.of("categories", "a")))
        .hasMessageContaining("entry 'a' is not of the form key:value");
  }

  private static Map<String, String> with(Map<String, String> base, String name, String value) {
    Map<String, String> all = new java.util.HashMap<>(base);
    all.put(name, value);
    return all;
  }

  @Test
  void aDeclarationDescribesItsTypeAndRange() {
    assertThat(SPECS.get(1)).hasToString("k (integer >= 1) = 1");
    assertThat(SPECS.get(2)).hasToString("half-life (number (0, inf]) = inf");
    assertThat(SPECS.get(3).range()).isEqualTo("[0, 1]");
    assertThat(SPECS.get(4).type()).isEqualTo(ParameterSpec.Type.PAIRS);
  }

  @Test
  void aDefaultOutsideItsRangeIsRejectedWhenDeclared() {
    assertThatThrownBy(() -> ParameterSpec.number("w", "d", "2", 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2' is outside [0, 1]");
  }

  @Test
  void defaultOutsideChoicesIsRejectedWhenDeclared() {
    assertThatThrownBy(() -> ParameterSpec.choice("p", "d", "z", "a", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value 'z' is not one of a, b");
  }
}
