package io.motkit.journey;

import io.motkit.core.Expectation;
import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.Stage;
import io.motkit.core.Touchpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small hand-made logs for the analysis tests. */
public final class TestLogs {

  /** When every hand-made journey starts. */
  public static final Instant T0 = Instant.parse("2024-03-01T09:00:00Z");

  /** The header of the sample event log. */
  public static final String HEADER =
      "journey,timestamp,touchpoint,value,duration_s,stage,channel,expected,adequate,desired,customer,building\n";

  /** A sample event log: two owners in two buildings. */
  public static final String SORTED =
      HEADER
          + "o1,2024-03-01T09:00:00Z,fee-notice,3,60,transaction,sms,5,4,6,c1,B2\n"
          + "o1,2024-03-02T09:00:00Z,payment,5,600,transaction,in-person,5,4,6,c1,B2\n"
          + "o1,2024-03-09T09:00:00Z,repair-visit,2,3600,after-sales,in-person,6,5,7,c1,B2\n"
          + "o2,2024-03-01T10:00:00Z,fee-notice,6,60,transaction,sms,5,4,6,c2,B7\n"
          + "o2,2024-03-03T10:00:00Z,payment,4,300,transaction,in-person,5,4,6,c2,B7\n";

  private TestLogs() {}

  /** Reads a CSV event log on 1..7, strictly. */
  public static EventLog read(String csv) {
    return EventLogReader.of(Scale.likert7())
        .readCsv(io.motkit.core.csv.CsvInput.of(new java.io.StringReader(csv), "events.csv"));
  }

  /**
   * A journey of touchpoints and values given in pairs, one moment a minute apart by default, or at
   * the minute given as a third element when {@code minutes} is set.
   */
  public static Journey journey(
      String id, Scale scale, Map<String, Double> outcomes, Object... touchpointValue) {
    Journey.Builder j = Journey.builder().id(id).scale(scale).putAllOutcomes(outcomes);
    for (int i = 0; i < touchpointValue.length; i += 2) {
      j.addMoment(
          Moment.of(
              touchpoint((String) touchpointValue[i]),
              T0.plusSeconds(60L * i),
              ((Number) touchpointValue[i + 1]).doubleValue()));
    }
    return j.build();
  }

  /**
   * Touchpoint ids starting with a letter up to 'b' are in stage transaction, later ones
   * after-sales.
   */
  public static Touchpoint touchpoint(String id) {
    Stage stage = id.compareTo("c") < 0 ? Stage.of("transaction", 0) : Stage.of("after-sales", 1);
    return Touchpoint.builder().id(id).stage(stage).build();
  }

  /** Moments of touchpoint {@code id} with the given values, each with {@code expectation}. */
  public static Journey expected(
      String journeyId, String touchpoint, Expectation expectation, double... values) {
    Journey.Builder j = Journey.builder().id(journeyId).scale(Scale.likert7());
    for (int i = 0; i < values.length; i++) {
      j.addMoment(
          Moment.builder()
              .touchpoint(touchpoint(touchpoint))
              .start(T0.plusSeconds(i))
              .value(values[i])
              .expectation(expectation)
              .build());
    }
    return j.build();
  }

  /** A log of journeys. */
  public static EventLog log(Journey... journeys) {
    return EventLog.of(new ArrayList<>(List.of(journeys)));
  }

  /** Runs {@code analysis} on {@code log} as a caller does, through {@code run}. */
  public static <R extends io.motkit.core.analysis.AnalysisResult> R run(
      io.motkit.core.analysis.Analysis<EventLog, R> analysis, EventLog log) {
    return analysis.run(
        io.motkit.core.analysis.AnalysisInput.inMemory(log, "test log", log.eventCount()));
  }

  public static io.motkit.journey.map.JourneyMap map(
      EventLog log,
      java.util.Optional<io.motkit.core.scoring.JourneyScorer> scorer,
      int topVariants,
      java.util.List<String> stageOrder) {
    return run(
            io.motkit.journey.map.JourneyMapAnalysis.builder()
                .scorer(scorer)
                .topVariants(topVariants)
                .addAllStageOrder(stageOrder)
                .build(),
            log)
        .map();
  }

  public static io.motkit.journey.map.JourneyMap map(
      EventLog log,
      java.util.Optional<io.motkit.core.scoring.JourneyScorer> scorer,
      int topVariants) {
    return map(log, scorer, topVariants, java.util.List.of());
  }

  public static io.motkit.journey.markov.MarkovModel markov(
      EventLog log, io.motkit.journey.markov.MarkovSettings settings) {
    return run(io.motkit.journey.markov.MarkovAnalysis.of(settings), log).model();
  }

  public static io.motkit.journey.markov.MarkovModel markov(EventLog log, String outcome) {
    return markov(log, io.motkit.journey.markov.MarkovSettings.ofOutcome(outcome));
  }

  public static io.motkit.journey.markov.MarkovModel markov(
      EventLog log, String outcome, int order) {
    return markov(
        log,
        io.motkit.journey.markov.MarkovSettings.builder().outcome(outcome).order(order).build());
  }

  public static java.util.List<io.motkit.journey.analysis.TouchpointExperience> painPoints(
      EventLog log) {
    return run(io.motkit.journey.analysis.PainPointAnalysis.defaults(), log).touchpoints();
  }

  public static io.motkit.journey.analysis.KeyDriverModel keyDrivers(EventLog log, String outcome) {
    return run(io.motkit.journey.analysis.KeyDriverAnalysis.of(outcome), log).model();
  }

  public static java.util.List<io.motkit.journey.analysis.MomentImpact> moments(
      EventLog log, io.motkit.core.scoring.JourneyScorer scorer) {
    return run(io.motkit.journey.analysis.MomentsOfTruthAnalysis.of(scorer), log).impacts();
  }
}
