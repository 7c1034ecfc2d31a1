package io.motkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.MomentContribution;
import io.motkit.testkit.Generators;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class JourneyJsonTest {

  static final String VALID =
      "{\"id\":\"owner-1\",\"customer\":\"c-9\","
          + "\"scale\":{\"min\":1,\"max\":5,\"neutral\":3,\"higher_is_better\":true},"
          + "\"touchpoints\":[{\"id\":\"fee-notice\",\"name\":\"Fee notice\",\"stage\":{\"name\":\"transaction\",\"order\":1},"
          + "\"channel\":\"sms\",\"owner\":\"finance\",\"tags\":[\"fee\"]}],"
          + "\"moments\":[{\"touchpoint\":\"fee-notice\",\"start\":\"2024-03-01T09:00:00Z\",\"duration\":\"PT2M\",\"value\":2},"
          + "{\"touchpoint\":\"payment\",\"start\":\"2024-03-02T09:00:00Z\",\"value\":4}],"
          + "\"expectations\":{\"fee-notice\":{\"expected\":4,\"adequate\":3,\"desired\":5}},"
          + "\"outcomes\":{\"paid\":1},\"attributes\":{\"building\":\"B2\"}}";

  @Test
  void readsTheDocumentedForm() {
    Journey j = JourneyJson.read(VALID);
    assertThat(j.id()).isEqualTo("owner-1");
    assertThat(j.size()).isEqualTo(2);
    assertThat(j.moment(0).touchpoint().owner()).contains("finance");
    assertThat(j.moment(0).duration().toMinutes()).isEqualTo(2);
    assertThat(j.moment(1).touchpoint().name()).isEqualTo("payment");
    assertThat(j.expectations().get("fee-notice").desired()).hasValue(5.0);
    assertThat(j.outcome("paid")).contains(1.0);
  }

  @Test
  void anyJourneySurvivesWriteThenRead() {
    qt().forAll(Generators.journeys())
        .checkAssert(
            journey -> assertThat(JourneyJson.read(JourneyJson.write(journey))).isEqualTo(journey));
  }

  static Stream<Arguments> badDocuments() {
    return Stream.of(
        Arguments.of(VALID.replace("\"customer\"", "\"client\""), "$.client", "unknown field"),
        Arguments.of(VALID.replace("\"id\":\"owner-1\",", ""), "$.id", "required field is missing"),
        Arguments.of(
            VALID.replace("\"value\":2", "\"value\":\"2\""),
            "$.moments[0].value",
            "expected a number, found string \"2\""),
        Arguments.of(
            VALID.replace("\"value\":4", "\"value\":6"),
            "$.moments[1].value",
            "value 6.0 is outside the scale [1.0..5.0"),
        Arguments.of(
            VALID.replace("\"desired\":5", "\"desired\":7"),
            "$.expectations['fee-notice'].desired",
            "value 7.0 is outside the scale"),
        Arguments.of(
            VALID.replace("2024-03-02T09:00:00Z", "yesterday"),
            "$.moments[1].start",
            "'yesterday' is not an ISO-8601 instant"),
        Arguments.of(
            VALID.replace("PT2M", "2 minutes"),
            "$.moments[0].duration",
            "'2 minutes' is not an ISO-8601 duration"),
        Arguments.of(
            VALID.replace("\"sms\"", "\"fax\""),
            "$.touchpoints[0].channel",
            "unknown channel 'fax'"),
        Arguments.of(
            VALID.replace("\"higher_is_better\":true", "\"higher_is_better\":\"yes\""),
            "$.scale.higher_is_better",
            "expected true or false"),
        Arguments.of(
            VALID.replace("\"min\":1", "\"min\":9"),
            "$.scale",
            "minimum 9.0 is not below its maximum 5.0"),
        Arguments.of(
            VALID.replace("\"order\":1", "\"order\":1.5"),
            "$.touchpoints[0].stage.order",
            "expected a whole number"),
        Arguments.of(
            VALID.replace("\"paid\":1", "\"paid\":true"),
            "$.outcomes.paid",
            "expected a number, found boolean"),
        Arguments.of(
            VALID
                .replace("\"moments\":[", "\"moments\":{")
                .replace("\"value\":4}],", "\"value\":4}},"),
            "$",
            "malformed JSON"),
        Arguments.of(
            VALID.replace("\"moments\":[", "\"moments\":3,\"x\":["),
            "$.moments",
            "expected an array"),
        Arguments.of(VALID + "{}", "$", "malformed JSON"),
        Arguments.of("{\"id\":\"a\",\"id\":\"b\"}", "$", "duplicate key 'id'"),
        Arguments.of("", "$", "the input is empty"),
        Arguments.of("[]", "$", "expected an object, found array"));
  }

  @ParameterizedTest
  @MethodSource("badDocuments")
  void badDocumentsNameTheJsonPath(String json, String path, String message) {
    assertThatThrownBy(() -> JourneyJson.read(json))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageStartingWith(path + ": ")
        .hasMessageContaining(message)
        .extracting(e -> ((JsonFormatException) e).path())
        .isEqualTo(path);
  }

  @Test
  void scoreSurvivesWriteThenRead() {
    JourneyScore score =
        JourneyScore.builder()
            .journeyId("j")
            .scorerId("peak-end")
            .putParameter("peak", "intense")
            .value(7.5)
            .addContribution(MomentContribution.of(0, "a", 8, 0.5))
            .addContribution(MomentContribution.of(3, "b", 7, 0.5))
            .putRole(JourneyScore.PEAK, 0)
            .putRole(JourneyScore.END, 3)
            .putDetail("peak", 8.0)
            .build();
    String json = JourneyScoreJson.write(score);
    assertThat(json).contains("\"value\":7.5").contains("\"roles\":{\"peak\":[0],\"end\":[3]}");
    assertThat(JourneyScoreJson.read(json)).isEqualTo(score);
  }

  @Test
  void scoreWithInconsistentContributionIsRejected() {
    String json =
        "{\"journey\":\"j\",\"scorer\":\"mean\",\"version\":\"1\",\"parameters\":{},\"value\":1,"
            + "\"contributions\":[{\"index\":0,\"touchpoint\":\"a\",\"input\":2,\"weight\":0.5,\"contribution\":3}],"
            + "\"roles\":{},\"details\":{}}";
    assertThatThrownBy(() -> JourneyScoreJson.read(json))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining(
            "$.contributions[0].contribution: contribution 3.0 is not weight * input = 1.0");
  }
}
