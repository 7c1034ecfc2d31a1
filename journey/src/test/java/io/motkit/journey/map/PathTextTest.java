package io.motkit.journey.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A variant's path in one CSV cell reads back as the touchpoints it was. */
final class PathTextTest {

  /** The reading that docs/formats.md gives for the cell. */
  private static List<String> read(String text) {
    List<String> path = new ArrayList<>();
    StringBuilder touchpoint = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        touchpoint.append(text.charAt(++i));
      } else if (c == '>') {
        path.add(touchpoint.toString());
        touchpoint.setLength(0);
      } else {
        touchpoint.append(c);
      }
    }
    path.add(touchpoint.toString());
    return path;
  }

  @Test
  void aTouchpointHoldingTheSeparatorIsEscaped() {
    assertThat(JourneyMapResult.pathText(List.of("a>b", "c"))).isEqualTo("a\\>b>c");
    assertThat(JourneyMapResult.pathText(List.of("a", "b>c"))).isEqualTo("a>b\\>c");
    assertThat(JourneyMapResult.pathText(List.of("back\\slash"))).isEqualTo("back\\\\slash");
  }

  @Test
  void everyPathRoundTrips() {
    qt().forAll(
            lists()
                .of(strings().betweenCodePoints('<', '?').ofLengthBetween(1, 4))
                .ofSizeBetween(1, 5),
            lists().of(strings().betweenCodePoints('Z', '^').ofLengthBetween(1, 3)).ofSize(1))
        .checkAssert(
            (path, extra) -> {
              assertThat(read(JourneyMapResult.pathText(path))).isEqualTo(path);
              assertThat(read(JourneyMapResult.pathText(extra))).isEqualTo(extra);
            });
  }
}
