package io.motkit.examples;

import io.motkit.core.AspectWeights;
import io.motkit.core.Channel;
import io.motkit.core.Expectation;
import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.StageVocabulary;
import io.motkit.core.Touchpoint;
import java.time.Duration;
import java.time.Instant;

/**
 * One property owner's contact timeline with the management company, from move-in to the
 * satisfaction survey, rated on a 1..7 scale: the fee notice and the repair are the low points,
 * the follow-up call repairs some of the damage.
 */
final class OwnerTimeline {

  private static final StageVocabulary STAGES = StageVocabulary.customerLifecycle();

  private OwnerTimeline() {}

  static Touchpoint touchpoint(String id, String name, String stage, Channel channel, String owner) {
    return Touchpoint.builder()
        .id(id)
        .name(name)
        .stage(STAGES.stage(stage))
        .channel(channel)
        .owner(owner)
        .build();
  }

  static Journey owner() {
    Instant moveIn = Instant.parse("2024-03-01T10:00:00Z");
    return Journey.builder()
        .id("owner-0001")
        .customer("unit-12-0803")
        .scale(Scale.likert7())
        .addMoment(
            Moment.builder()
                .touchpoint(touchpoint("move-in", "Move-in and handover", "transaction", Channel.IN_PERSON, "front-desk"))
                .start(moveIn)
                .duration(Duration.ofMinutes(40))
                .value(5.5)
                .putAspect("appearance", 6.0)
                .putAspect("behaviour", 5.0)
                .putAspect("communication", 5.0)
                .aspectWeights(AspectWeights.firstImpression())
                .build())
        .addMoment(moment("fee-notice", "Fee notice by SMS", "transaction", Channel.SMS, "finance", moveIn.plus(Duration.ofDays(30)), 1, 3))
        .addMoment(moment("payment", "Fee payment at the front desk", "transaction", Channel.IN_PERSON, "finance", moveIn.plus(Duration.ofDays(33)), 10, 5))
        .addMoment(moment("repair-request", "Repair request by phone", "after-sales", Channel.PHONE, "maintenance", moveIn.plus(Duration.ofDays(61)), 6, 4))
        .addMoment(moment("repair-visit", "Repair visit", "after-sales", Channel.IN_PERSON, "maintenance", moveIn.plus(Duration.ofDays(64)), 90, 2))
        .addMoment(moment("complaint", "Complaint call", "after-sales", Channel.PHONE, "customer-service", moveIn.plus(Duration.ofDays(65)), 15, 2))
        .addMoment(moment("follow-up-call", "Follow-up call", "relationship", Channel.PHONE, "customer-service", moveIn.plus(Duration.ofDays(67)), 8, 6))
        .addMoment(moment("survey", "Satisfaction survey", "relationship", Channel.APP, "customer-service", moveIn.plus(Duration.ofDays(90)), 5, 5))
        .putExpectation("fee-notice", Expectation.of(5, 4, 6))
        .putExpectation("payment", Expectation.of(5, 4, 6))
        .putExpectation("repair-request", Expectation.of(5, 4, 6))
        .putExpectation("repair-visit", Expectation.of(6, 5, 7))
        .putExpectation("complaint", Expectation.of(5, 3, 6))
        .putExpectation("follow-up-call", Expectation.of(4, 3, 6))
        .putExpectation("survey", Expectation.of(4, 3, 6))
        .putExpectation("move-in", Expectation.of(5, 4, 6))
        .putOutcome("satisfaction", 4.0)
        .putOutcome("paid", 1.0)
        .putAttribute("building", "B12")
        .build();
  }

  private static Moment moment(
      String id, String name, String stage, Channel channel, String owner, Instant start, long minutes, double value) {
    return Moment.builder()
        .touchpoint(touchpoint(id, name, stage, channel, owner))
        .start(start)
        .duration(Duration.ofMinutes(minutes))
        .value(value)
        .build();
  }
}
