package io.motkit.journey.markov;

import java.util.List;
import org.immutables.value.Value;

/**
 * One distinct path through the touchpoints and how often it ended in a conversion or not, with the
 * value its conversions brought: what a {@link MarkovModel} is fitted from. Paths counted elsewhere
 * (a cluster) are finished by {@link MarkovAnalysis}.
 */
@Value.Immutable
abstract class PathTally {

  PathTally() {}

  /**
   * The touchpoint ids of the path, in order, cut at the conversion.
   *
   * @return the touchpoint ids of the path, in order, cut at the conversion
   */
  abstract List<String> path();

  /**
   * Journeys on this path that converted.
   *
   * @return journeys on this path that converted
   */
  abstract long conversions();

  /**
   * Journeys on this path that did not.
   *
   * @return journeys on this path that did not
   */
  abstract long nonConversions();

  /**
   * The total value of the conversions; 0 without values.
   *
   * @return the total value of the conversions; 0 without values
   */
  @Value.Default
  double value() {
    return 0;
  }

  /**
   * A tally.
   *
   * @param path the file
   * @param conversions how many journeys on the path converted
   * @param nonConversions how many journeys on the path did not convert
   * @param value the value
   * @return a tally
   */
  static PathTally of(List<String> path, long conversions, long nonConversions, double value) {
    return ImmutablePathTally.builder()
        .addAllPath(path)
        .conversions(conversions)
        .nonConversions(nonConversions)
        .value(value)
        .build();
  }
}
