package io.motkit.journey.simulation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.motkit.core.json.JsonFormatException;
import org.junit.jupiter.api.Test;

final class JourneyModelValidationTest {

  private static final String BASE =
      "{\"scale\":{\"min\":1,\"max\":7,\"neutral\":4,\"higher_is_better\":true},"
          + "\"touchpoints\":[{\"id\":\"a\",\"mean\":4,\"sd\":1}],"
          + "\"transitions\":{\"start\":{\"a\":1.0},\"a\":{\"end\":1.0}}}";

  @Test
  void aValidModelReads() {
    JourneyModel.fromJson(BASE);
  }

  @Test
  void eachRuleOfTheModelNamesWhatIsWrong() {
    assertThatThrownBy(
            () ->
                JourneyModel.fromJson(
                    BASE.replace("\"start\":{\"a\":1.0}", "\"start\":{\"a\":0.5,\"end\":0.5}")))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("'start' may not go straight to 'end'");
    assertThatThrownBy(
            () -> JourneyModel.fromJson(BASE.replace("\"a\":{\"end\":1.0}", "\"a\":{\"b\":1.0}")))
        .hasMessageContaining("transition 'a' -> 'b': not a touchpoint or 'end'");
    assertThatThrownBy(() -> JourneyModel.fromJson(BASE.replace(",\"a\":{\"end\":1.0}", "")))
        .hasMessageContaining("touchpoint 'a' has no row of transitions");
    assertThatThrownBy(() -> JourneyModel.fromJson(BASE.replace("\"sd\":1", "\"sd\":-1")))
        .hasMessageContaining("touchpoint 'a': sd must be >= 0, found -1.0");
    assertThatThrownBy(
            () ->
                JourneyModel.fromJson(
                    BASE.replace("\"id\":\"a\"", "\"id\":\"end\"")
                        .replace("{\"a\":1.0}", "{\"end\":1.0}")))
        .hasMessageContaining("'end' is reserved");
    assertThatThrownBy(
            () ->
                JourneyModel.fromJson(
                    BASE.replace("\"touchpoints\"", "\"max_moments\":2.5,\"touchpoints\"")))
        .hasMessageContaining("$.max_moments: expected a whole number of at least 1, found 2.5");
    assertThatThrownBy(
            () -> JourneyModel.fromJson(BASE.replace("\"sd\":1}", "\"sd\":1,\"adequate\":3}")))
        .hasMessageContaining(
            "$.touchpoints[0].expected: required when adequate or desired is given");
  }
}
