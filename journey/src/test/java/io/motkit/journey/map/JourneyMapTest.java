package io.motkit.journey.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.scoring.ScorerRegistry;
import io.motkit.journey.EventLog;
import io.motkit.journey.TestLogs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class JourneyMapTest {

  /** o1: a b c, o2: a b, o3: a c; gaps in minutes: a->b 1 and 3, a->c 5, b->c 2. */
  static EventLog threeJourneys() {
    return TestLogs.log(
        Journey.builder()
            .id("o1")
            .scale(Scale.likert7())
            .addMoment(Moment.of(TestLogs.touchpoint("a"), TestLogs.T0, 3))
            .addMoment(Moment.of(TestLogs.touchpoint("b"), TestLogs.T0.plusSeconds(60), 5))
            .addMoment(Moment.of(TestLogs.touchpoint("c"), TestLogs.T0.plusSeconds(180), 2))
            .build(),
        Journey.builder()
            .id("o2")
            .scale(Scale.likert7())
            .addMoment(Moment.of(TestLogs.touchpoint("a"), TestLogs.T0, 6))
            .addMoment(Moment.of(TestLogs.touchpoint("b"), TestLogs.T0.plusSeconds(180), 4))
            .build(),
        Journey.builder()
            .id("o3")
            .scale(Scale.likert7())
            .addMoment(Moment.of(TestLogs.touchpoint("a"), TestLogs.T0, 4))
            .addMoment(Moment.of(TestLogs.touchpoint("c"), TestLogs.T0.plusSeconds(300), 5))
            .build());
  }

  @Test
  void theLayeredLayoutPutsNoArrowInsideAColumnAndAlternatesSingleColumns() {
    // a -> b -> c in every journey: three columns, single nodes in lanes 0, 1, 0.
    JourneyMap chain = TestLogs.map(threeJourneys(), Optional.empty(), 10);
    assertThat(chain.nodes())
        .extracting(n -> n.touchpoint() + "@" + n.layer() + "/" + n.lane())
        .containsExactly("a@0/0", "b@1/1", "c@2/0");
    // x -> p or x -> q, then -> z: p and q are never linked and sit at the same position, so they
    // share the middle column in lanes 0 and 1.
    var scale = io.motkit.core.Scale.likert7();
    io.motkit.journey.EventLog fork =
        io.motkit.journey.EventLog.of(
            java.util.List.of(
                TestLogs.journey("j1", scale, java.util.Map.of(), "x", 4, "p", 4, "z", 4),
                TestLogs.journey("j2", scale, java.util.Map.of(), "x", 4, "q", 4, "z", 4)));
    JourneyMap map = TestLogs.map(fork, Optional.empty(), 10);
    assertThat(map.nodes())
        .extracting(n -> n.touchpoint() + "@" + n.layer() + "/" + n.lane())
        .containsExactly("x@0/0", "p@1/0", "q@1/1", "z@2/0");
  }

  /**
   * A map of 60,000 distinct touchpoints: its layout grows with the edges, not with the square of
   * the touchpoints (a matrix of flags between them alone would take 3.6 GB).
   */
  @Test
  void aMapOfTensOfThousandsOfTouchpointsIsLaidOutInMemoryLinearInTheData() {
    var scale = io.motkit.core.Scale.likert7();
    java.util.List<Journey> journeys = new java.util.ArrayList<>();
    for (int j = 0; j < 30_000; j++) {
      journeys.add(
          TestLogs.journey(
              "j" + j, scale, java.util.Map.of(), "a" + j, 4, "b" + ((j * 7919) % 30_000), 5));
    }
    JourneyMap map = TestLogs.map(io.motkit.journey.EventLog.of(journeys), Optional.empty(), 5);
    assertThat(map.nodes()).hasSize(60_000);
    assertThat(map.edges()).hasSize(30_000);
    // Every edge crosses from one layer to another.
    java.util.Map<String, Integer> layer = new java.util.HashMap<>();
    map.nodes().forEach(n -> layer.put(n.touchpoint(), n.layer()));
    assertThat(map.edges()).allMatch(e -> !layer.get(e.from()).equals(layer.get(e.to())));
  }

  @Test
  void nodesCountMomentsStartsEndsAndMeanExperience() {
    JourneyMap map = TestLogs.map(threeJourneys(), Optional.empty(), 10);
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
    JourneyMap map = TestLogs.map(threeJourneys(), Optional.empty(), 10);
    assertThat(map.edges())
        .extracting(e -> e.from() + ">" + e.to() + ":" + e.count())
        .containsExactly("a>b:2", "a>c:1", "b>c:1");
    MapEdge ab = map.edges().get(0);
    assertThat(ab.probability()).isEqualTo(2 / 3.0);
    assertThat(ab.medianSeconds()).isEqualTo(120.0);
    assertThat(map.edges().get(2).probability()).isEqualTo(0.5);
    assertThat(map.edges().get(2).medianSeconds()).isEqualTo(120.0);
  }

  @Test
  void variantsAreCountedWithTheirMeanScore() {
    JourneyMap map =
        TestLogs.map(threeJourneys(), Optional.of(ScorerRegistry.load().create("mean")), 2);
    assertThat(map.variantCount()).isEqualTo(3);
    assertThat(map.variants()).hasSize(2);
    assertThat(map.variants()).allSatisfy(v -> assertThat(v.journeys()).isEqualTo(1));
    assertThat(map.variants().get(0).path()).containsExactly("a", "b");
    assertThat(map.variants().get(0).meanScore()).hasValue(5.0);
  }

  @Test
  void dropOffPerStageFollowsTheFurthestStageReached() {
    JourneyMap map = TestLogs.map(threeJourneys(), Optional.empty(), 10);
    assertThat(map.stages())
        .extracting(s -> s.stage() + " " + s.reached() + " " + s.stoppedHere())
        .containsExactly("transaction 3 1", "after-sales 2 2");
    assertThat(map.stages().get(0).dropOffShare()).isEqualTo(1 / 3.0);
  }

  @Test
  void exportsAsJsonAndDot() {
    JourneyMap map = TestLogs.map(threeJourneys(), Optional.empty(), 10);
    assertThat(
            io.motkit.core.internal.ResultJson.parseObject(map.toJson())
                .get("edges")
                .get(0)
                .get("count")
                .asLong())
        .isEqualTo(2);
    assertThat(io.motkit.core.internal.ResultJson.parseObject(map.toJson()).get("nodes").size())
        .isEqualTo(3);
    assertThat(map.toDot())
        .startsWith("digraph journey_map {")
        .contains("\"a\" -> \"b\" [label=\"2 (67%)\"");
  }

  /**
   * The first row of the file is an after-collection survey of o2, read before any row of the other
   * stages. o1 goes through before, during and after; o2 stops after "before" and answers a survey.
   * By position in the journeys the stages are before (0 and 0), during (0.5) and after (1, 1): o1
   * reaches all three, o2 reaches "before" and then "after", so nobody stops at "during" and o2 did
   * not reach it. Drop-off by hand: before 2 reached, 0 stopped; during 2, 0; after 2, 2.
   */
  static final String STAGES_SHUFFLED =
      "journey,timestamp,touchpoint,value,stage\n"
          + "o2,2024-03-05T09:00:00Z,survey,4,after\n"
          + "o1,2024-03-01T09:00:00Z,notice,5,before\n"
          + "o1,2024-03-02T09:00:00Z,payment,5,during\n"
          + "o1,2024-03-03T09:00:00Z,follow-up,6,after\n"
          + "o2,2024-03-01T09:00:00Z,notice,3,before\n";

  @Test
  void stagesAreOrderedByTheirPositionInTheJourneysNotByTheFile() {
    JourneyMap map = TestLogs.map(TestLogs.read(STAGES_SHUFFLED), Optional.empty(), 10);
    assertThat(map.stages())
        .extracting(s -> s.stage() + " " + s.reached() + " " + s.stoppedHere())
        .containsExactly("before 2 0", "during 2 0", "after 2 2");
    assertThat(map.nodes())
        .extracting(MapNode::touchpoint)
        .containsExactly("notice", "payment", "follow-up", "survey");
  }

  @Test
  void anExplicitStageOrderIsFollowedAndChecked() {
    JourneyMap map =
        TestLogs.map(
            TestLogs.read(STAGES_SHUFFLED),
            Optional.empty(),
            10,
            List.of("before", "during", "after"));
    assertThat(map.stages())
        .extracting(StageDropOff::stage)
        .containsExactly("before", "during", "after");
    assertThatThrownBy(
            () ->
                TestLogs.map(
                    TestLogs.read(STAGES_SHUFFLED),
                    Optional.empty(),
                    10,
                    List.of("before", "after")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "stage 'during' occurs in the journeys but not in the stage order [before, after]");
  }

  /** Any permutation of the rows of a file gives the same map, stages and nodes included. */
  @Test
  void theMapDoesNotDependOnRowOrder() {
    List<String> rows = new ArrayList<>();
    String[] touchpoints = {"notice", "payment", "repair", "follow-up", "survey"};
    String[] stages = {"before", "during", "during", "after", "after"};
    Random random = new Random(7);
    for (int j = 0; j < 12; j++) {
      int length = 1 + random.nextInt(5);
      int t = random.nextInt(2);
      for (int m = 0; m < length && t < touchpoints.length; m++, t += 1 + random.nextInt(2)) {
        rows.add(
            "j"
                + j
                + ",2024-03-0"
                + (1 + m)
                + "T09:00:00Z,"
                + touchpoints[t]
                + ","
                + (1 + random.nextInt(7))
                + ","
                + stages[t]);
      }
    }
    String header = "journey,timestamp,touchpoint,value,stage\n";
    JourneyMap expected =
        TestLogs.map(TestLogs.read(header + String.join("\n", rows) + "\n"), Optional.empty(), 20);
    qt().withExamples(50)
        .forAll(integers().all())
        .checkAssert(
            seed -> {
              List<String> shuffled = new ArrayList<>(rows);
              Collections.shuffle(shuffled, new Random(seed));
              JourneyMap map =
                  TestLogs.map(
                      TestLogs.read(header + String.join("\n", shuffled) + "\n"),
                      Optional.empty(),
                      20);
              assertThat(map).isEqualTo(expected);
            });
  }

  @Test
  void variantPathsCompareAsTheirIdsJoinedWithNul() {
    // Short ids over a tiny alphabet (NUL and the empty id included) make ties and prefixes common.
    org.quicktheories.core.Gen<String> id =
        org.quicktheories.generators.SourceDSL.strings()
            .betweenCodePoints(0, 3)
            .ofLengthBetween(0, 3);
    org.quicktheories.core.Gen<List<String>> path =
        org.quicktheories.generators.SourceDSL.lists().of(id).ofSizeBetween(1, 4);
    qt().withExamples(2000)
        .forAll(path, path)
        .checkAssert(
            (a, b) ->
                assertThat(Integer.signum(PathOrder.compare(a, b)))
                    .as("%s vs %s", a, b)
                    .isEqualTo(
                        Integer.signum(
                            String.join("\u0000", a).compareTo(String.join("\u0000", b)))));
  }
}
