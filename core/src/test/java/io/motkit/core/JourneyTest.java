package io.motkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.motkit.testkit.Generators;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

final class JourneyTest {

  private static final Instant T0 = Instant.parse("2024-03-01T09:00:00Z");
  private static final Touchpoint NOTICE = Touchpoint.of("fee-notice");
  private static final Touchpoint PAYMENT = Touchpoint.of("payment");
  private static final Touchpoint SURVEY = Touchpoint.of("survey");

  @Test
  void momentsAreSortedByStart() {
    Journey j =
        Journey.builder()
            .id("owner-1")
            .scale(Scale.likert5())
            .addMoment(Moment.of(SURVEY, T0.plusSeconds(300), 4))
            .addMoment(Moment.of(NOTICE, T0, 3))
            .addMoment(Moment.of(PAYMENT, T0.plusSeconds(60), 5))
            .build();
    assertThat(j.moments())
        .extracting(Moment::touchpointId)
        .containsExactly("fee-notice", "payment", "survey");
    assertThat(j.touchpoints()).containsExactly(NOTICE, PAYMENT, SURVEY);
  }

  @Test
  void equalStartsAreOrderedByTouchpointThenValueWhateverTheInputOrder() {
    Journey j =
        Journey.builder()
            .id("owner-1")
            .scale(Scale.likert5())
            .addMoment(Moment.of(SURVEY, T0.plusSeconds(10), 4))
            .addMoment(Moment.of(PAYMENT, T0, 5))
            .addMoment(Moment.of(NOTICE, T0, 3))
            .addMoment(Moment.of(PAYMENT, T0, 2))
            .build();
    assertThat(j.moments())
        .extracting(m -> m.touchpointId() + "=" + m.value())
        .containsExactly("fee-notice=3.0", "payment=2.0", "payment=5.0", "survey=4.0");
    Journey reversed =
        Journey.builder()
            .id("owner-1")
            .scale(Scale.likert5())
            .addAllMoments(com.google.common.collect.Lists.reverse(j.moments()))
            .build();
    assertThat(reversed).isEqualTo(j);
  }

  @Test
  void journeysKeepTimeOrderWhateverTheInputOrder() {
    qt().forAll(Generators.journeys(), org.quicktheories.generators.SourceDSL.longs().all())
        .checkAssert(
            (journey, seed) -> {
              List<Moment> shuffled = new ArrayList<>(journey.moments());
              Collections.shuffle(shuffled, new java.util.Random(seed));
              Journey rebuilt =
                  Journey.builder()
                      .id(journey.id())
                      .scale(journey.scale())
                      .addAllMoments(shuffled)
                      .putAllExpectations(journey.expectations())
                      .build();
              for (int i = 1; i < rebuilt.size(); i++) {
                assertThat(rebuilt.moment(i - 1).start())
                    .isBeforeOrEqualTo(rebuilt.moment(i).start());
              }
              assertThat(rebuilt.moments()).containsExactlyInAnyOrderElementsOf(journey.moments());
              // Already-ordered input is kept exactly as given.
              assertThat(
                      Journey.builder()
                          .id("x")
                          .scale(journey.scale())
                          .addAllMoments(journey.moments())
                          .build()
                          .moments())
                  .isEqualTo(journey.moments());
            });
  }

  @Test
  void valueOffTheScaleNamesJourneyMomentTouchpointValueAndScale() {
    assertThatThrownBy(
            () ->
                Journey.builder()
                    .id("owner-7")
                    .scale(Scale.likert5())
                    .addMoment(Moment.of(NOTICE, T0, 3))
                    .addMoment(Moment.of(PAYMENT, T0.plusSeconds(5), 6))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "journey 'owner-7', moment 1 (touchpoint 'payment'): value 6.0 is outside the scale [1.0..5.0, neutral 3.0, higher is better]");
  }

  @Test
  void expectationOffTheScaleNamesTheTouchpoint() {
    assertThatThrownBy(
            () ->
                Journey.builder()
                    .id("owner-7")
                    .scale(Scale.likert5())
                    .putExpectation("payment", Expectation.of(9))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "journey 'owner-7', expectation of 'payment': expected level 9.0 is outside");
  }

  @Test
  void oneIdNamingTwoTouchpointsIsRejected() {
    Touchpoint other = Touchpoint.builder().id("payment").channel(Channel.APP).build();
    assertThatThrownBy(
            () ->
                Journey.builder()
                    .id("owner-7")
                    .scale(Scale.likert5())
                    .addMoment(Moment.of(PAYMENT, T0, 3))
                    .addMoment(Moment.of(other, T0.plusSeconds(5), 3))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("touchpoint id 'payment' names two different touchpoints");
  }

  @Test
  void nonFiniteOutcomeIsRejected() {
    assertThatThrownBy(
            () ->
                Journey.builder()
                    .id("j")
                    .scale(Scale.likert5())
                    .putOutcome("paid", Double.NaN)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outcome 'paid' is not finite: NaN");
  }

  @Test
  void blankIdIsRejected() {
    assertThatThrownBy(() -> Journey.builder().id("").scale(Scale.likert5()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("journey id is blank");
  }

  @Test
  void momentExpectationOverridesJourneyExpectation() {
    Journey j =
        Journey.builder()
            .id("j")
            .scale(Scale.likert5())
            .addMoment(Moment.of(PAYMENT, T0, 3))
            .addMoment(
                Moment.builder()
                    .touchpoint(PAYMENT)
                    .start(T0.plusSeconds(1))
                    .value(4)
                    .expectation(Expectation.of(5))
                    .build())
            .addMoment(Moment.of(SURVEY, T0.plusSeconds(2), 4))
            .putExpectation("payment", Expectation.of(4))
            .build();
    assertThat(j.expectationFor(0).map(Expectation::expected)).contains(4.0);
    assertThat(j.expectationFor(1).map(Expectation::expected)).contains(5.0);
    assertThat(j.expectationFor(2)).isEmpty();
  }

  @Test
  void outcomesAndAttributesAreOptional() {
    Journey j =
        Journey.builder()
            .id("j")
            .scale(Scale.likert5())
            .putOutcome("paid", 1.0)
            .putAttribute("region", "north")
            .build();
    assertThat(j.outcome("paid")).contains(1.0);
    assertThat(j.outcome("churned")).isEmpty();
    assertThat(j.attribute("region")).contains("north");
    assertThat(j.customer()).isEmpty();
    assertThat(j.isEmpty()).isTrue();
  }
}
