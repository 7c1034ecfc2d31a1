package io.motkit.testkit;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

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
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the domain types: scales (the presets and random ones in either
 * direction), values on them, touchpoints, expectations and journeys, for property tests of scorers
 * and analyses.
 */
public final class Generators {

  /** Journeys start somewhere in 2020-2030. */
  private static final long EPOCH_2020 = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();

  /** The touchpoint ids generated journeys use. */
  public static final List<String> TOUCHPOINT_IDS =
      List.of(
          "first-inquiry",
          "move-in",
          "fee-notice",
          "payment",
          "repair-request",
          "repair-visit",
          "complaint",
          "follow-up-call",
          "survey",
          "check-in",
          "checkout-queue");

  private Generators() {}

  /**
   * The preset scales and random ones in either direction, with any neutral point.
   *
   * @return the preset scales and random ones in either direction, with any neutral point
   */
  public static Gen<Scale> scales() {
    Gen<Scale> presets =
        Generate.pick(
            List.of(
                Scale.likert5(),
                Scale.likert7(),
                Scale.zeroToTen(),
                Scale.valence(),
                Scale.of(0, 10, 0, false)));
    Gen<Scale> random =
        in -> {
          double min = integers().between(-100, 100).generate(in);
          double width = doubles().between(0.5, 100).generate(in);
          double max = min + width;
          double neutral = doubles().between(min, max).generate(in);
          boolean higherIsBetter = booleans().all().generate(in);
          return Scale.of(min, max, neutral, higherIsBetter);
        };
    return presets.mix(random);
  }

  /**
   * Values on {@code scale}, ends included.
   *
   * @param scale the scale the values are on
   * @return values on {@code scale}, ends included
   */
  public static Gen<Double> valuesOn(Scale scale) {
    return doubles().between(scale.min(), scale.max());
  }

  /**
   * A pair of a scale and a value on it.
   *
   * @return a pair of a scale and a value on it
   */
  public static Gen<ScaledValue> scaledValues() {
    return in -> {
      Scale scale = scales().generate(in);
      return new ScaledValue(scale, valuesOn(scale).generate(in));
    };
  }

  /** A scale and a value on it. */
  public static final class ScaledValue {
    /** The scale. */
    public final Scale scale;

    /** A value on the scale. */
    public final double value;

    ScaledValue(Scale scale, double value) {
      this.scale = scale;
      this.value = value;
    }

    @Override
    public String toString() {
      return value + " on " + scale;
    }
  }

  /**
   * Touchpoints with ids from a small pool, with or without stage, channel and owner.
   *
   * @return touchpoints with ids from a small pool, with or without stage, channel and owner
   */
  public static Gen<Touchpoint> touchpoints() {
    StageVocabulary stages = StageVocabulary.customerLifecycle();
    return in -> {
      String id = Generate.pick(TOUCHPOINT_IDS).generate(in);
      Touchpoint.Builder touchpoint = Touchpoint.builder().id(id);
      // Attributes derive from the id so that one id always names one touchpoint.
      int hash = id.hashCode() & Integer.MAX_VALUE;
      touchpoint.stage(stages.stages().get(hash % stages.stages().size()));
      touchpoint.channel(Channel.values()[hash % Channel.values().length]);
      if (hash % 3 == 0) {
        touchpoint.owner("team-" + (hash % 5)).addTag("core");
      }
      touchpoint.name(id.replace('-', ' '));
      return touchpoint.build();
    };
  }

  /**
   * Expectations on {@code scale}, half of them with a zone of tolerance.
   *
   * @param scale the scale the values are on
   * @return expectations on {@code scale}, half of them with a zone of tolerance
   */
  public static Gen<Expectation> expectationsOn(Scale scale) {
    return in -> {
      double expected = valuesOn(scale).generate(in);
      Expectation.Builder e = Expectation.builder().expected(expected);
      if (booleans().all().generate(in)) {
        double a = valuesOn(scale).generate(in);
        double b = valuesOn(scale).generate(in);
        e.adequate(Math.min(a, b)).desired(Math.max(a, b));
      }
      e.importance(doubles().between(0, 10).generate(in));
      return e.build();
    };
  }

  /**
   * Journeys of {@code min} to {@code max} moments on a generated scale.
   *
   * @param min the smallest value
   * @param max the largest value
   * @return journeys of {@code min} to {@code max} moments on a generated scale
   */
  public static Gen<Journey> journeys(int min, int max) {
    return in -> journeyOn(scales().generate(in), min, max, false, in);
  }

  /**
   * Journeys of 0 to 12 moments.
   *
   * @return journeys of 0 to 12 moments
   */
  public static Gen<Journey> journeys() {
    return journeys(0, 12);
  }

  /**
   * Journeys of {@code min} to {@code max} moments in which every touchpoint has an expectation
   * with a zone of tolerance.
   *
   * @param min the smallest value
   * @param max the largest value
   * @return journeys of {@code min} to {@code max} moments in which every touchpoint has an
   *     expectation with a zone of tolerance
   */
  public static Gen<Journey> journeysWithExpectations(int min, int max) {
    return in -> journeyOn(scales().generate(in), min, max, true, in);
  }

  /**
   * Journeys of {@code min} to {@code max} moments on {@code scale}.
   *
   * @param scale the scale the values are on
   * @param min the smallest value
   * @param max the largest value
   * @return journeys of {@code min} to {@code max} moments on {@code scale}
   */
  public static Gen<Journey> journeysOn(Scale scale, int min, int max) {
    return in -> journeyOn(scale, min, max, false, in);
  }

  private static Journey journeyOn(
      Scale scale,
      int min,
      int max,
      boolean fullExpectations,
      org.quicktheories.core.RandomnessSource in) {
    int size = integers().between(min, max).generate(in);
    long start = EPOCH_2020 + longs().between(0, 10L * 365 * 86_400).generate(in);
    Journey.Builder journey =
        Journey.builder().id("j-" + integers().between(0, 1_000_000).generate(in)).scale(scale);
    if (booleans().all().generate(in)) {
      journey.customer("c-" + integers().between(0, 1000).generate(in));
    }
    List<Moment> moments = new ArrayList<>();
    long at = start;
    for (int i = 0; i < size; i++) {
      // Repeated instants are allowed: equal starts must keep their order.
      at +=
          integers().between(0, 3).generate(in) == 0 ? 0 : longs().between(1, 86_400).generate(in);
      Moment.Builder moment =
          Moment.builder()
              .touchpoint(touchpoints().generate(in))
              .start(
                  Instant.ofEpochSecond(at, integers().between(0, 999).generate(in) * 1_000_000L))
              .duration(Duration.ofMillis(longs().between(0, 3_600_000).generate(in)))
              .value(valuesOn(scale).generate(in));
      if (integers().between(0, 5).generate(in) == 0) {
        moment.putAspect("appearance", valuesOn(scale).generate(in));
        moment.putAspect("behaviour", valuesOn(scale).generate(in));
        moment.putAspect("communication", valuesOn(scale).generate(in));
        moment.aspectWeights(AspectWeights.firstImpression());
      }
      if (!fullExpectations && integers().between(0, 6).generate(in) == 0) {
        moment.expectation(expectationsOn(scale).generate(in));
      }
      moments.add(moment.build());
    }
    journey.addAllMoments(moments);
    java.util.Map<String, Expectation> expectations = new java.util.LinkedHashMap<>();
    for (Moment m : moments) {
      if (expectations.containsKey(m.touchpointId())) {
        continue;
      }
      if (fullExpectations) {
        double a = valuesOn(scale).generate(in);
        double b = valuesOn(scale).generate(in);
        expectations.put(
            m.touchpointId(),
            Expectation.builder()
                .expected(valuesOn(scale).generate(in))
                .adequate(Math.min(a, b))
                .desired(Math.max(a, b))
                .importance(doubles().between(0.1, 10).generate(in))
                .build());
      } else if (booleans().all().generate(in)) {
        expectations.put(m.touchpointId(), expectationsOn(scale).generate(in));
      }
    }
    journey.putAllExpectations(expectations);
    if (booleans().all().generate(in)) {
      journey.putOutcome("satisfaction", valuesOn(scale).generate(in));
      journey.putOutcome("paid", (double) integers().between(0, 1).generate(in));
    }
    if (booleans().all().generate(in)) {
      journey.putAttribute(
          "segment", Generate.pick(List.of("north", "south", "east")).generate(in));
    }
    return journey.build();
  }
}
