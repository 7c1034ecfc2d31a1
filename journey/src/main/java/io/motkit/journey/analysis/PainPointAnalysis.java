package io.motkit.journey.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.Expectation;
import io.motkit.core.Scale;
import io.motkit.core.analysis.InputSummary;
import io.motkit.core.analysis.Provenance;
import io.motkit.journey.EventLog;
import io.motkit.journey.LoggedJourney;
import io.motkit.journey.internal.ByTouchpoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Pain and delight points across a population: for every touchpoint, how its moments compare with
 * expectation and with the zone of tolerance (Parasuraman, Zeithaml and Berry 1994: below adequate
 * is a failure, above desired a delight), ranked with the most painful first (highest pain share,
 * then most negative mean gap, then lowest mean experience). Means have t intervals, shares Wilson
 * intervals. Immutable settings (the interval level, the segment attribute); thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class PainPointAnalysis
    implements JourneyAnalysis<PainPointTally, PainPointResult> {

  private static final long serialVersionUID = 1L;

  PainPointAnalysis() {}

  /**
   * The level of the intervals; 0.95 unless set.
   *
   * @return the level of the intervals; 0.95 unless set
   */
  @Value.Default
  public double confidenceLevel() {
    return 0.95;
  }

  /**
   * The journey attribute whose values are the segments; none unless set.
   *
   * @return the journey attribute whose values are the segments; none unless set
   */
  @Override
  public abstract Optional<String> segmentBy();

  /**
   * 95 % intervals, no segments.
   *
   * @return 95 % intervals, no segments
   */
  public static PainPointAnalysis defaults() {
    return builder().build();
  }

  /**
   * A builder for the settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PainPointAnalysis}. */
  public static final class Builder extends ImmutablePainPointAnalysis.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    checkArgument(
        confidenceLevel() > 0 && confidenceLevel() < 1,
        "confidence level must be strictly between 0 and 1, found %s",
        confidenceLevel());
  }

  /** {@code pain-points}. */
  @Override
  public final String name() {
    return "pain-points";
  }

  @Override
  public final Map<String, String> settingsText() {
    Map<String, String> settings = new java.util.LinkedHashMap<>();
    settings.put("confidence", Double.toString(confidenceLevel()));
    segmentBy().ifPresent(a -> settings.put("segment_by", a));
    return settings;
  }

  @Override
  public final PainPointTally newTally() {
    return new PainPointTally();
  }

  @Override
  public final void add(PainPointTally tally, LoggedJourney journey) {
    tally.orientation = journey.log().scale().higherIsBetter() ? 1 : -1;
    tally.parts.add(journey, segmentBy(), ByTouchpoint::new, PainPointAnalysis::count);
  }

  private static void count(ByTouchpoint<TouchpointCounts> counts, LoggedJourney journey) {
    EventLog log = journey.log();
    Scale scale = log.scale();
    double sign = scale.higherIsBetter() ? 1 : -1;
    for (int e = journey.firstEvent(); e < journey.endEvent(); e++) {
      TouchpointCounts t = counts.get(log, log.touchpointCode(e), TouchpointCounts::new);
      double v = log.value(e);
      t.ratings.add(v);
      Optional<Expectation> expectation = log.expectation(e);
      if (expectation.isPresent()) {
        Expectation x = expectation.get();
        t.gaps.add(sign * (v - x.expected()));
        if (x.adequate().isPresent()) {
          t.withAdequate++;
          if (scale.isBetter(x.adequate().getAsDouble(), v)) {
            t.belowAdequate++;
          }
        }
        if (x.desired().isPresent()) {
          t.withDesired++;
          if (scale.isBetter(v, x.desired().getAsDouble())) {
            t.aboveDesired++;
          }
        }
      }
    }
  }

  @Override
  public final PainPointTally merge(PainPointTally left, PainPointTally right) {
    PainPointTally merged = new PainPointTally();
    merged.orientation = left.orientation != 0 ? left.orientation : right.orientation;
    merged.parts = left.parts.merge(right.parts, (a, b) -> a.merge(b, TouchpointCounts::merge));
    return merged;
  }

  /**
   * The touchpoints, most painful first, and those of each segment.
   *
   * @throws IllegalArgumentException never for a tallied log; the level was checked when the
   *     settings were built
   */
  @Override
  public final PainPointResult finish(PainPointTally tally, List<InputSummary> sources) {
    double sign = tally.orientation < 0 ? -1 : 1;
    return ImmutablePainPointResult.builder()
        .provenance(Provenance.of(name(), settingsText(), sources))
        .segmentBy(segmentBy())
        .addAllTouchpoints(experiences(tally.parts.all(), sign))
        .putAllSegments(
            tally.parts.finishSegments(part -> experiences(part, sign), segmentBy().orElse("")))
        .build();
  }

  private List<TouchpointExperience> experiences(
      ByTouchpoint<TouchpointCounts> counts, double sign) {
    double level = confidenceLevel();
    List<TouchpointExperience> results = new ArrayList<>();
    counts
        .byId()
        .forEach(
            (touchpoint, t) -> {
              long n = t.ratings.n;
              long nGap = t.gaps.n;
              long nAdequate = t.withAdequate;
              long nDesired = t.withDesired;
              results.add(
                  ImmutableTouchpointExperience.builder()
                      .touchpoint(touchpoint)
                      .moments(n)
                      .meanExperience(t.ratings.sum / n)
                      .meanExperienceInterval(
                          Proportion.mean(t.ratings.sum, t.ratings.squaredDeviations, n, level))
                      .withExpectation(nGap)
                      .meanGap(
                          nGap == 0 ? OptionalDouble.empty() : OptionalDouble.of(t.gaps.sum / nGap))
                      .meanGapInterval(
                          Proportion.mean(t.gaps.sum, t.gaps.squaredDeviations, nGap, level))
                      .withAdequate(nAdequate)
                      .belowAdequate(t.belowAdequate)
                      .painShare(
                          nAdequate == 0
                              ? OptionalDouble.empty()
                              : OptionalDouble.of(t.belowAdequate / (double) nAdequate))
                      .painShareInterval(Proportion.wilson(t.belowAdequate, nAdequate, level))
                      .withDesired(nDesired)
                      .aboveDesired(t.aboveDesired)
                      .delightShare(
                          nDesired == 0
                              ? OptionalDouble.empty()
                              : OptionalDouble.of(t.aboveDesired / (double) nDesired))
                      .delightShareInterval(Proportion.wilson(t.aboveDesired, nDesired, level))
                      .build());
            });
    results.sort(
        Comparator.comparingDouble((TouchpointExperience x) -> -x.painShare().orElse(0))
            .thenComparingDouble(x -> x.meanGap().orElse(0))
            .thenComparingDouble(x -> sign * x.meanExperience())
            .thenComparing(TouchpointExperience::touchpoint));
    return results;
  }
}
