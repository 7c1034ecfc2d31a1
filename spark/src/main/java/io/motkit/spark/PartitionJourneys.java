package io.motkit.spark;

import io.motkit.core.Expectation;
import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.Stage;
import io.motkit.core.Touchpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * The journeys of one partition, read from its rows sorted by journey and time (the normalised
 * columns: journey, epoch millis, touchpoint, value, duration millis, expected, adequate, desired,
 * stage, segment, then the outcomes), as the journey objects an event log is built from: each with
 * its moments and expectations, its touchpoints' stages, its single segment value as an attribute,
 * and its outcomes. Rows are checked as {@link JourneyRows} checks them.
 */
final class PartitionJourneys {

  private static final int STAGE = 8;
  private static final int SEGMENT = 9;
  private static final int OUTCOMES = 10;

  private final List<Journey> journeys;
  private final long events;

  private PartitionJourneys(List<Journey> journeys, long events) {
    this.journeys = journeys;
    this.events = events;
  }

  List<Journey> journeys() {
    return journeys;
  }

  long events() {
    return events;
  }

  static PartitionJourneys read(
      Iterator<Row> rows, Scale scale, String attribute, List<String> outcomeNames) {
    Map<String, Touchpoint> touchpoints = new HashMap<>();
    Map<String, Integer> stageOrder = new HashMap<>();
    List<Journey> journeys = new ArrayList<>();
    // The rows seen but not yet made into a journey: the walk below sees the next journey's first
    // row before it hands over the journey before it.
    ArrayDeque<Row> pending = new ArrayDeque<>();
    long[] events = {0};
    Iterator<Row> seen =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return rows.hasNext();
          }

          @Override
          public Row next() {
            Row r = rows.next();
            pending.add(r);
            events[0]++;
            return r;
          }
        };
    JourneyRows.forEachJourney(
        seen,
        scale,
        true,
        m -> {
          Journey.Builder journey = Journey.builder().id(m.journey).scale(scale);
          @Nullable String segment = null;
          boolean agrees = true;
          Row first = Objects.requireNonNull(pending.peek());
          for (int i = 0; i < m.size; i++) {
            Row row = pending.poll();
            String id = m.touchpoints[i];
            @Nullable String stage = row.isNullAt(STAGE) ? null : row.getString(STAGE);
            Touchpoint touchpoint =
                touchpoints.computeIfAbsent(id, k -> touchpoint(k, stage, stageOrder));
            Moment.Builder moment =
                Moment.builder()
                    .touchpoint(touchpoint)
                    .start(Instant.ofEpochMilli(m.starts[i]))
                    .duration(Duration.ofMillis(m.durations[i]))
                    .value(m.values[i]);
            double[] levels = m.expectations[i];
            if (levels != null && !Double.isNaN(levels[0])) {
              Expectation.Builder expectation = Expectation.builder().expected(levels[0]);
              if (!Double.isNaN(levels[1])) {
                expectation.adequate(levels[1]);
              }
              if (!Double.isNaN(levels[2])) {
                expectation.desired(levels[2]);
              }
              moment.expectation(expectation.build());
            }
            journey.addMoment(moment.build());
            @Nullable String value = row.isNullAt(SEGMENT) ? null : row.getString(SEGMENT);
            if (i == 0) {
              segment = value;
            } else if (!Objects.equals(segment, value)) {
              agrees = false;
            }
          }
          if (agrees && segment != null && !attribute.isEmpty()) {
            journey.putAttribute(attribute, segment);
          }
          for (int o = 0; o < outcomeNames.size(); o++) {
            if (!first.isNullAt(OUTCOMES + o)) {
              journey.putOutcome(outcomeNames.get(o), first.getDouble(OUTCOMES + o));
            }
          }
          journeys.add(journey.build());
        });
    return new PartitionJourneys(journeys, events[0]);
  }

  private static Touchpoint touchpoint(
      String id, @Nullable String stage, Map<String, Integer> stageOrder) {
    if (stage == null) {
      return Touchpoint.of(id);
    }
    int order = stageOrder.computeIfAbsent(stage, s -> stageOrder.size());
    return Touchpoint.builder().id(id).stage(Stage.of(stage, order)).build();
  }
}
