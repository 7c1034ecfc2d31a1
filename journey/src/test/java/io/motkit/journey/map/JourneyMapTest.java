package io.motkit.journey.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.EventLog;
import io.motkit.journey.TestLogs;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class JourneyMapTest {

  /** o1: a b c, o2: a b, o3: a c; gaps in minutes: a->b 1 and 3, a->c 5, b->c 2. */
  static EventLog threeJourneys() {
    return TestLogs.log(
        Journey.builder().id("o1").scale(Scale.likert7())
            .addMoment(Moment.of(TestLogs.touchpoint("a"), TestLogs.T0, 3))
            .addMoment(Moment.of(TestLogs.touchpoint("b"), TestLogs.T0.plusSeconds(60), 5))
            .addMoment(Moment.of(TestLogs.touchpoint("c"), TestLogs.T0.plusSeconds(180), 2))
            .build(),
        Journey.builder().id("o2").scale(Scale.likert7())
            .addMoment(Moment.of(TestLogs.touchpoint("a"), TestLogs.T0, 6))
            .addMoment(Moment.of(TestLogs.touchpoint("b"), TestLogs.T0.plusSeconds(180), 4))
            .build(),
        Journey.builder().id("o3").scale(Scale.likert7())
            .addMoment(Moment.of(TestLogs.touchpoint("a"), TestLogs.T0, 4))
            .addMoment(Moment.of(TestLogs.touchpoint("c"), TestLogs.T0.plusSeconds(300), 5))
            .build());
  }

  @Test
  void nodesCountMomentsStartsEndsAndMeanExperience() {
    JourneyMap map = JourneyMap.of(threeJourneys(), Optional.empty(), 10);
    assertThat(map.journeys()).isEqualTo(3);
    MapNode a = map.nodes().get(0);
    assertThat(a.touchpoint()).isEqualTo("a");
    assertThat(a.moments()).isEqualTo(3);
    assertThat(a.meanExperience()).isEqualTo(13 / 3.0);
    assertThat(a.starts()).isEqualTo(3);
    assertThat(a.ends()).isZero();
    MapNode c = map.nodes().get(2);
    assertThat(c.ends()).isEqualTo(2);
    assertThat(c.endProbability()).isEqualTo(1.0);
  }

  @Test
  void edgesCountDirectlyFollowsPairsWithProbabilitiesAndMedianTimes() {
    JourneyMap map = JourneyMap.of(threeJourneys(), Optional.empty(), 10);
    assertThat(map.edges()).extracting(e -> e.from() + ">" + e.to() + ":" + e.count())
        .containsExactly("a>b:2", "a>c:1", "b>c:1");
    MapEdge ab = map.edges().get(0);
    assertThat(ab.probability()).isEqualTo(2 / 3.0);
    assertThat(ab.medianSeconds()).isEqualTo(120.0);
    assertThat(map.edges().get(2).probability()).isEqualTo(0.5);
    assertThat(map.edges().get(2).medianSeconds()).isEqualTo(120.0);
  }

  @Test
  void variantsAreCountedWithTheirMeanScore() {
    JourneyMap map = JourneyMap.of(threeJourneys(), Optional.of(ScorerRegistry.load().create("mean")), 2);
    assertThat(map.variantCount()).isEqualTo(3);
    assertThat(map.variants()).hasSize(2);
    assertThat(map.variants()).allSatisfy(v -> assertThat(v.journeys()).isEqualTo(1));
    assertThat(map.variants().get(0).path()).containsExactly("a", "b");
    assertThat(map.variants().get(0).meanScore()).hasValue(5.0);
  }

  @Test
  void dropOffPerStageFollowsTheFurthestStageReached() {
    JourneyMap map = JourneyMap.of(threeJourneys(), Optional.empty(), 10);
    assertThat(map.stages()).extracting(s -> s.stage() + " " + s.reached() + " " + s.stoppedHere())
        .containsExactly("transaction 3 1", "after-sales 2 2");
    assertThat(map.stages().get(0).dropOffShare()).isEqualTo(1 / 3.0);
  }

  @Test
  void exportsAsJsonAndDot() {
    JourneyMap map = JourneyMap.of(threeJourneys(), Optional.empty(), 10);
    assertThat(map.toJson().get("edges").get(0).get("count").asLong()).isEqualTo(2);
    assertThat(map.toJson().get("nodes").size()).isEqualTo(3);
    assertThat(map.toDot()).startsWith("digraph journey_map {").contains("\"a\" -> \"b\" [label=\"2 (67%)\"");
  }
}
