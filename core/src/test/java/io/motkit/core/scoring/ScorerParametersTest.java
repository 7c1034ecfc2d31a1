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
          ParameterSpec.of("k", "moments at the end", "1"),
          ParameterSpec.of("half-life", "half-life in seconds", "inf"),
          ParameterSpec.required("categories", "Kano category per touchpoint"));

  @Test
  void defaultsFillMissingValuesAndResolvedMapIsSorted() {
    ScorerParameters p = ScorerParameters.parse("s", SPECS, Map.of("categories", "a:M"));
    assertThat(p.asMap().keySet()).containsExactly("categories", "half-life", "k", "peak");
    assertThat(p.get("peak")).isEqualTo("intense");
    assertThat(p.getInt("k", 1)).isEqualTo(1);
    assertThat(p.getDouble("half-life", 0, Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void requiredParameterMissingIsNamed() {
    assertThatThrownBy(() -> ScorerParameters.parse("s", SPECS, Map.of()))
        .isInstanceOf(ScorerParameterException.class)
        .hasMessageContaining("parameter 'categories': required parameter is missing");
  }

  @Test
  void valueOutsideChoicesListsTheChoices() {
    assertThatThrownBy(() -> ScorerParameters.parse("s", SPECS, Map.of("categories", "x", "peak", "highest")))
        .isInstanceOf(ScorerParameterException.class)
        .hasMessageContaining("value 'highest' is not one of intense, worst, best");
  }

  @Test
  void wholeNumberBelowMinimumIsRejected() {
    ScorerParameters p = ScorerParameters.parse("s", SPECS, Map.of("categories", "x", "k", "0"));
    assertThatThrownBy(() -> p.getInt("k", 1)).hasMessageContaining("'0' is below the minimum 1");
    ScorerParameters q = ScorerParameters.parse("s", SPECS, Map.of("categories", "x", "k", "1.5"));
    assertThatThrownBy(() -> q.getInt("k", 1)).hasMessageContaining("'1.5' is not a whole number");
  }

  @Test
  void nonFiniteNumberIsRejectedWhereNotAllowed() {
    ScorerParameters p = ScorerParameters.parse("s", SPECS, Map.of("categories", "x", "k", "NaN"));
    assertThatThrownBy(() -> p.getDouble("k")).hasMessageContaining("'NaN' is not finite");
  }

  @Test
  void defaultOutsideChoicesIsRejectedWhenDeclared() {
    assertThatThrownBy(() -> ParameterSpec.choice("p", "d", "z", "a", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("default 'z' of parameter 'p' is not one of its choices [a, b]");
  }
}
