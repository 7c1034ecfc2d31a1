package io.motkit.journey.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import io.motkit.core.Expectation;
import io.motkit.core.Scale;
import io.motkit.core.analysis.Analysis;
import io.motkit.core.analysis.AnalysisInput;
import io.motkit.core.analysis.Provenance;
import io.motkit.journey.EventLog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Pain and delight points across a population: for every touchpoint, how its moments compare with
 * expectation and with the zone of tolerance (Parasuraman, Zeithaml and Berry 1994: below adequate
 * is a failure, above desired a delight), ranked with the most painful first (highest pain share,
 * then most negative mean gap, then lowest mean experience). Means have t intervals, shares Wilson
 * intervals. Immutable settings (the interval level, the segment attribute); thread-safe.
 */
@Value.Immutable
public abstract class PainPointAnalysis implements Analysis<EventLog, PainPointReport> {

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

  /**
   * The touchpoints of the log, most painful first, and of each segment.
   *
   * @throws IllegalArgumentException if the segment attribute is not a column of the log
   */
  @Override
  public final PainPointReport run(AnalysisInput<EventLog> input) {
    EventLog log = input.data();
    return ImmutablePainPointReport.builder()
        .provenance(Provenance.of(name(), settingsText(), input.sources()))
        .segmentBy(segmentBy())
        .addAllTouchpoints(analyze(log, confidenceLevel()))
        .putAllSegments(Segments.run(log, segmentBy(), part -> analyze(part, confidenceLevel())))
        .build();
  }

  /**
   * The touchpoints of {@code log}, most painful first, with 95 % intervals.
   *
   * @param log the event log
   * @return the touchpoints of {@code log}, most painful first, with 95 % intervals
   */
  public static List<TouchpointExperience> analyze(EventLog log) {
    return analyze(log, 0.95);
  }

  /**
   * The touchpoints of {@code log}, most painful first.
   *
   * @param log the event log
   * @param level the confidence level, strictly between 0 and 1
   * @return the touchpoints of {@code log}, most painful first
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1
   */
  public static List<TouchpointExperience> analyze(EventLog log, double level) {
    checkArgument(
        level > 0 && level < 1,
        "confidence level must be strictly between 0 and 1, found %s",
        level);
    return analyze(log, level, null, null);
  }

  /**
   * The analysis within each segment, the segments being the values of journey attribute {@code
   * attribute} (journeys without a single value for it are left out of every segment).
   *
   * @param log the event log
   * @param attribute the attribute's name
   * @param level the confidence level, strictly between 0 and 1
   * @return the analysis within each segment, the segments being the values of journey attribute
   *     {@code attribute} (journeys without a single value for it are left out of every segment)
   * @throws IllegalArgumentException if the log has no such attribute column
   */
  public static Map<String, List<TouchpointExperience>> bySegment(
      EventLog log, String attribute, double level) {
    Map<String, List<TouchpointExperience>> segments = new TreeMap<>();
    @Nullable String[] segmentOf = new String[log.journeyCount()];
    for (int j = 0; j < log.journeyCount(); j++) {
      segmentOf[j] = log.journeyAttribute(attribute, j).orElse(null);
    }
    for (String segment :
        new java.util.TreeSet<>(
            java.util.Arrays.stream(segmentOf).filter(java.util.Objects::nonNull).toList())) {
      segments.put(segment, analyze(log, level, segmentOf, segment));
    }
    return segments;
  }

  private static List<TouchpointExperience> analyze(
      EventLog log,
      double level,
      @Nullable String @Nullable [] segmentOf,
      @Nullable String segment) {
    int touchpoints = log.touchpoints().size();
    Scale scale = log.scale();
    double sign = scale.higherIsBetter() ? 1 : -1;
    long[] n = new long[touchpoints];
    double[] sum = new double[touchpoints];
    // Running means and sums of squared deviations (Welford 1962) for the intervals.
    double[] running = new double[touchpoints];
    double[] m2 = new double[touchpoints];
    long[] nGap = new long[touchpoints];
    double[] gapSum = new double[touchpoints];
    double[] gapRunning = new double[touchpoints];
    double[] gapM2 = new double[touchpoints];
    long[] nAdequate = new long[touchpoints];
    long[] pain = new long[touchpoints];
    long[] nDesired = new long[touchpoints];
    long[] delight = new long[touchpoints];
    for (int j = 0; j < log.journeyCount(); j++) {
      if (segmentOf != null && !java.util.Objects.equals(segment, segmentOf[j])) {
        continue;
      }
      for (int e = log.firstEvent(j); e < log.endEvent(j); e++) {
        int t = log.touchpointCode(e);
        double v = log.value(e);
        n[t]++;
        sum[t] += v;
        double delta = v - running[t];
        running[t] += delta / n[t];
        m2[t] += delta * (v - running[t]);
        Optional<Expectation> expectation = log.expectation(e);
        if (expectation.isPresent()) {
          Expectation x = expectation.get();
          double gap = sign * (v - x.expected());
          nGap[t]++;
          gapSum[t] += gap;
          double gapDelta = gap - gapRunning[t];
          gapRunning[t] += gapDelta / nGap[t];
          gapM2[t] += gapDelta * (gap - gapRunning[t]);
          if (x.adequate().isPresent()) {
            nAdequate[t]++;
            if (scale.isBetter(x.adequate().getAsDouble(), v)) {
              pain[t]++;
            }
          }
          if (x.desired().isPresent()) {
            nDesired[t]++;
            if (scale.isBetter(v, x.desired().getAsDouble())) {
              delight[t]++;
            }
          }
        }
      }
    }
    List<TouchpointTally> tallies = new ArrayList<>();
    for (int t = 0; t < touchpoints; t++) {
      if (n[t] == 0) {
        continue;
      }
      tallies.add(
          TouchpointTally.builder()
              .touchpoint(log.touchpoints().get(t).id())
              .moments(n[t])
              .sum(sum[t])
              .squaredDeviations(m2[t])
              .withExpectation(nGap[t])
              .gapSum(gapSum[t])
              .gapSquaredDeviations(gapM2[t])
              .withAdequate(nAdequate[t])
              .belowAdequate(pain[t])
              .withDesired(nDesired[t])
              .aboveDesired(delight[t])
              .build());
    }
    return fromTallies(tallies, scale, level);
  }

  /**
   * The analysis finished from tallies counted elsewhere (parts of a log, a cluster's partitions):
   * the same means, intervals and order as {@link #analyze(EventLog, double)}.
   *
   * @param tallies the tallies
   * @param scale the scale the values are on
   * @param level the confidence level, strictly between 0 and 1
   * @return the analysis finished from tallies counted elsewhere (parts of a log, a cluster's
   *     partitions): the same means, intervals and order as {@link #analyze(EventLog, double)}
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1
   */
  public static List<TouchpointExperience> fromTallies(
      List<TouchpointTally> tallies, Scale scale, double level) {
    checkArgument(
        level > 0 && level < 1,
        "confidence level must be strictly between 0 and 1, found %s",
        level);
    double sign = scale.higherIsBetter() ? 1 : -1;
    List<TouchpointExperience> results = new ArrayList<>();
    for (TouchpointTally t : tallies) {
      if (t.moments() == 0) {
        continue;
      }
      long nGap = t.withExpectation();
      long nAdequate = t.withAdequate();
      long nDesired = t.withDesired();
      results.add(
          ImmutableTouchpointExperience.builder()
              .touchpoint(t.touchpoint())
              .moments(t.moments())
              .meanExperience(t.sum() / t.moments())
              .meanExperienceInterval(
                  Proportion.mean(t.sum(), t.squaredDeviations(), t.moments(), level))
              .withExpectation(nGap)
              .meanGap(nGap == 0 ? OptionalDouble.empty() : OptionalDouble.of(t.gapSum() / nGap))
              .meanGapInterval(Proportion.mean(t.gapSum(), t.gapSquaredDeviations(), nGap, level))
              .withAdequate(nAdequate)
              .belowAdequate(t.belowAdequate())
              .painShare(
                  nAdequate == 0
                      ? OptionalDouble.empty()
                      : OptionalDouble.of(t.belowAdequate() / (double) nAdequate))
              .painShareInterval(Proportion.wilson(t.belowAdequate(), nAdequate, level))
              .withDesired(nDesired)
              .aboveDesired(t.aboveDesired())
              .delightShare(
                  nDesired == 0
                      ? OptionalDouble.empty()
                      : OptionalDouble.of(t.aboveDesired() / (double) nDesired))
              .delightShareInterval(Proportion.wilson(t.aboveDesired(), nDesired, level))
              .build());
    }
    double orientation = sign;
    results.sort(
        Comparator.comparingDouble((TouchpointExperience x) -> -x.painShare().orElse(0))
            .thenComparingDouble(x -> x.meanGap().orElse(0))
            .thenComparingDouble(x -> orientation * x.meanExperience())
            .thenComparing(TouchpointExperience::touchpoint));
    return results;
  }
}
