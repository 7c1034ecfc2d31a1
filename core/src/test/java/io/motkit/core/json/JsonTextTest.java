package io.motkit.core.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Every JSON reader refuses what is not text, and says why in the input's terms. */
final class JsonTextTest {

  @Test
  void anUnpairedSurrogateEscapeIsRefusedNamingItsPath() {
    String lone =
        JourneyJsonTest.VALID.replace("\"fee-notice\",\"start\"", "\"a\\ud800b\",\"start\"");
    assertThatThrownBy(() -> JourneyJson.read(lone))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("$.moments[0].touchpoint")
        .hasMessageContaining("unpaired surrogate escape");
    String loneKey = JourneyJsonTest.VALID.replace("\"building\"", "\"b\\udc00\"");
    assertThatThrownBy(() -> JourneyJson.read(loneKey)).hasMessageContaining("$.attributes.b");
  }

  @Test
  void messagesNeverNameTheParsersClassesOrFeatures() {
    for (String bad :
        new String[] {
          "{\"id\": NaN}", "{\"id\": 'x'}", "{\"id\": \"x\"} {}", "{\"id\": 01}", "{id: 1}"
        }) {
      assertThatThrownBy(() -> JourneyJson.read(bad))
          .isInstanceOf(JsonFormatException.class)
          .hasMessageContaining("malformed JSON")
          .hasMessageNotContaining("Feature")
          .hasMessageNotContaining("fasterxml")
          .hasMessageNotContaining("`");
    }
  }
}
