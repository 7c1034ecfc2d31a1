package io.motkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import io.motkit.testkit.Generators;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class ScaleTest {

  @Test
  void presetsHaveTheUsualBoundsAndNeutralPoints() {
    assertThat(Scale.likert5())
        .extracting(Scale::min, Scale::max, Scale::neutral)
        .containsExactly(1.0, 5.0, 3.0);
    assertThat(Scale.likert7())
        .extracting(Scale::min, Scale::max, Scale::neutral)
        .containsExactly(1.0, 7.0, 4.0);
    assertThat(Scale.zeroToTen())
        .extracting(Scale::min, Scale::max, Scale::neutral)
        .containsExactly(0.0, 10.0, 5.0);
    assertThat(Scale.valence())
        .extracting(Scale::min, Scale::max, Scale::neutral)
        .containsExactly(-3.0, 3.0, 0.0);
  }

  @Test
  void normalizeMapsEndsToZeroAndOne() {
    assertThat(Scale.likert5().normalize(1)).isEqualTo(0.0);
    assertThat(Scale.likert5().normalize(5)).isEqualTo(1.0);
    assertThat(Scale.likert5().normalize(4)).isEqualTo(0.75);
  }

  @Test
  void valenceIsSignedAroundNeutralAndFollowsDirection() {
    assertThat(Scale.likert7().valence(4)).isEqualTo(0.0);
    assertThat(Scale.likert7().valence(7)).isEqualTo(1.0);
    assertThat(Scale.likert7().valence(1)).isEqualTo(-1.0);
    Scale pain = Scale.of(0, 10, 0, false);
    assertThat(pain.valence(10)).isEqualTo(-1.0);
    assertThat(pain.valence(0)).isEqualTo(0.0);
    assertThat(pain.valence(5)).isEqualTo(-0.5);
  }

  @Test
  void normalizeStaysInUnitIntervalAndIsMonotone() {
    qt().forAll(Generators.scaledValues(), Generators.scaledValues().map(sv -> sv.value))
        .checkAssert(
            (sv, raw) -> {
              Scale scale = sv.scale;
              double other = Math.max(scale.min(), Math.min(scale.max(), raw));
              double a = scale.normalize(sv.value);
              double b = scale.normalize(other);
              assertThat(a).isBetween(0.0, 1.0);
              if (sv.value <= other) {
                assertThat(a).isLessThanOrEqualTo(b);
              }
            });
  }

  @Test
  void valenceStaysInSignedUnitIntervalAndIsMonotoneInGoodness() {
    qt().forAll(Generators.scaledValues(), Generators.scaledValues().map(sv -> sv.value))
        .checkAssert(
            (sv, raw) -> {
              Scale scale = sv.scale;
              double other = Math.max(scale.min(), Math.min(scale.max(), raw));
              double a = scale.valence(sv.value);
              double b = scale.valence(other);
              assertThat(a).isBetween(-1.0, 1.0);
              boolean firstIsBetterOrEqual = !scale.isBetter(other, sv.value);
              if (firstIsBetterOrEqual) {
                assertThat(a).isGreaterThanOrEqualTo(b);
              }
              assertThat(scale.valence(scale.neutral())).isCloseTo(0.0, within(0.0));
            });
  }

  @ParameterizedTest
  @ValueSource(
      doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, 5.5, -1})
  void requireRejectsValuesOffTheScaleNamingValueAndScale(double bad) {
    assertThatThrownBy(() -> Scale.likert5().require(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value " + bad)
        .hasMessageContaining("[1.0..5.0");
    assertThatThrownBy(() -> Scale.likert5().normalize(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(bad));
  }

  static Stream<Arguments> badScales() {
    return Stream.of(
        Arguments.of(5.0, 1.0, 3.0, "minimum 5.0 is not below its maximum 1.0"),
        Arguments.of(1.0, 1.0, 1.0, "minimum 1.0 is not below its maximum 1.0"),
        Arguments.of(Double.NaN, 5.0, 3.0, "minimum is not finite: NaN"),
        Arguments.of(1.0, Double.POSITIVE_INFINITY, 3.0, "maximum is not finite: Infinity"),
        Arguments.of(1.0, 5.0, 6.0, "neutral point 6.0 is outside"));
  }

  @ParameterizedTest
  @MethodSource("badScales")
  void badScalesAreRejectedNamingTheBadBound(
      double min, double max, double neutral, String message) {
    assertThatThrownBy(() -> Scale.of(min, max, neutral, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void intensityIsDistanceFromNeutral() {
    assertThat(Scale.valence().intensity(-2)).isEqualTo(2.0);
    assertThat(Scale.likert5().intensity(5)).isEqualTo(2.0);
  }
}
