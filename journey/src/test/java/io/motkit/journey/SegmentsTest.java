package io.motkit.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

final class SegmentsTest {

  @Test
  void aLogSplitsByJourneyAttributeAndEveryAnalysisRunsOnASegment() {
    EventLog log =
        TestLogs.read(TestLogs.SORTED)
            .withOutcomes(Map.of("o1", Map.of("paid", 1.0), "o2", Map.of("paid", 0.0)));
    SortedMap<String, EventLog> segments = log.segments("building");
    assertThat(segments.keySet()).containsExactly("B2", "B7");
    EventLog b2 = segments.get("B2");
    assertThat(b2.journeyCount()).isEqualTo(1);
    assertThat(b2.journey(0)).isEqualTo(log.journey(0));
    assertThat(b2.outcome("paid", 0)).hasValue(1.0);
    assertThat(TestLogs.map(segments.get("B7"), Optional.empty(), 5).edges())
        .extracting(e -> e.from() + ">" + e.to())
        .containsExactly("fee-notice>payment");
    assertThat(TestLogs.painPoints(b2)).hasSize(3);
  }

  @Test
  void unknownAttributeIsNamed() {
    assertThatThrownBy(() -> TestLogs.read(TestLogs.SORTED).segments("region"))
        .hasMessageContaining(
            "the log has no attribute column 'region'; its attribute columns are [building]");
  }
}
