package io.motkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class DemoTest {

  @Test
  void propertyDemoScoresTheOwnerTimelineWithEveryScorer() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.property(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    // Worst moment 2 (repair visit), end 5 (survey): (2 + 5) / 2. Mean of the eight ratings: 32.5 / 8.
    assertThat(out).containsPattern("peak-end +3\\.500");
    assertThat(out).containsPattern("mean +4\\.063");
    assertThat(out).contains("\"roles\":{\"peak\":[4],\"end\":[7]}");
  }
}
