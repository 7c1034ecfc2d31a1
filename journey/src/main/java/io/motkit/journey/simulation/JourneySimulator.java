package io.motkit.journey.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.motkit.core.Channel;
import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.Stage;
import io.motkit.core.Touchpoint;
import io.motkit.journey.EventLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apiguardian.api.API;

/**
 * Draws synthetic journeys from a {@link JourneyModel}. Journey {@code j} of a population is drawn
 * from its own random stream, derived from the seed and {@code j}, so the same seed gives the same
 * population whatever the order or number of threads. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JourneySimulator {

  private final JourneyModel model;
  private final Touchpoint[] touchpoints;
  private final SimulatedTouchpoint[] behaviour;
  private final int[][] next;
  private final double[][] cumulative;

  /**
   * A simulator of {@code model}.
   *
   * @param model the model
   */
  public JourneySimulator(JourneyModel model) {
    this.model = model;
    List<SimulatedTouchpoint> list = model.touchpoints();
    Map<String, Integer> codes = new HashMap<>();
    Map<String, Integer> stageOrder = new LinkedHashMap<>();
    touchpoints = new Touchpoint[list.size()];
    behaviour = list.toArray(new SimulatedTouchpoint[0]);
    for (int i = 0; i < list.size(); i++) {
      SimulatedTouchpoint t = list.get(i);
      codes.put(t.id(), i);
      Touchpoint.Builder touchpoint = Touchpoint.builder().id(t.id());
      t.stage()
          .ifPresent(
              s ->
                  touchpoint.stage(
                      Stage.of(s, stageOrder.computeIfAbsent(s, k -> stageOrder.size()))));
      t.channel().ifPresent(c -> touchpoint.channel(Channel.parse(c)));
      if (t.measurement()) {
        touchpoint.addTag(io.motkit.journey.EventLog.MEASUREMENT_TAG);
      }
      touchpoints[i] = touchpoint.build();
    }
    // Row 0 is the start; row i + 1 is touchpoint i. Target -1 is the end.
    next = new int[list.size() + 1][];
    cumulative = new double[list.size() + 1][];
    for (int row = 0; row <= list.size(); row++) {
      String from = row == 0 ? JourneyModel.START : list.get(row - 1).id();
      Map<String, Double> out = requireNonNull(model.transitions().get(from));
      next[row] = new int[out.size()];
      cumulative[row] = new double[out.size()];
      double sum = 0;
      int k = 0;
      for (Map.Entry<String, Double> to : out.entrySet()) {
        next[row][k] = to.getKey().equals(JourneyModel.END) ? -1 : codes.get(to.getKey());
        sum += to.getValue();
        cumulative[row][k] = sum;
        k++;
      }
    }
  }

  /** Receives the simulated moments, journey by journey, in time order. */
  @FunctionalInterface
  public interface MomentSink {
    /**
     * One moment.
     *
     * @param journey the journey's index in the population
     * @param touchpoint the touchpoint's index in the model
     * @param startMillis the start in epoch milliseconds
     * @param durationMillis the duration in milliseconds
     * @param value the experienced value
     */
    void accept(int journey, int touchpoint, long startMillis, long durationMillis, double value);
  }

  /**
   * The model simulated.
   *
   * @return the model simulated
   */
  public JourneyModel model() {
    return model;
  }

  /** The latest start of a simulated journey: a year before the end of the years motkit reads. */
  static final java.time.Instant LAST_START = java.time.Instant.parse("2199-01-01T00:00:00Z");

  /**
   * Simulates journeys {@code from} to {@code to} - 1 of the population with this seed, handing
   * each moment to {@code sink}; returns the outcome (0 or 1, or NaN without an outcome model) of
   * each journey in the range.
   *
   * @param from the first journey, inclusive
   * @param to the last journey, exclusive
   * @param seed the seed of the random numbers
   * @param sink what receives each moment
   * @return the outcome of each journey simulated
   */
  public double[] simulate(int from, int to, long seed, MomentSink sink) {
    checkArgument(0 <= from && from <= to, "bad journey range [%s, %s)", from, to);
    if (to > 0) {
      // Journeys start one spacing apart; the last must leave a year before the end of the years
      // motkit reads (2199), or the log written would be refused when read back.
      double lastStart =
          model.start().toEpochMilli() + (to - 1) * model.journeySpacingSeconds() * 1000;
      checkArgument(
          lastStart < LAST_START.toEpochMilli(),
          "journeys start %s seconds apart from %s (journey_spacing_s), so journey %s would start after %s;"
              + " lower journey_spacing_s or simulate fewer journeys",
          model.journeySpacingSeconds(),
          model.start(),
          to,
          LAST_START);
    }
    Scale scale = model.scale();
    double[] outcomes = new double[to - from];
    for (int j = from; j < to; j++) {
      SplittableRandom random = new SplittableRandom(mix(seed, j));
      long at = model.start().toEpochMilli() + Math.round(j * model.journeySpacingSeconds() * 1000);
      int row = 0;
      double sum = 0;
      int moments = 0;
      while (moments < model.maxMoments()) {
        int target = draw(row, random);
        if (target < 0) {
          break;
        }
        SimulatedTouchpoint t = behaviour[target];
        if (moments > 0) {
          at += Math.round(exponential(random, model.meanGapSeconds()) * 1000);
        }
        double value = t.mean() + t.sd() * random.nextGaussian();
        if (t.round()) {
          value = Math.rint(value);
        }
        value = Math.max(scale.min(), Math.min(scale.max(), value));
        long duration = Math.round(exponential(random, t.meanDurationSeconds()) * 1000);
        sink.accept(j, target, at, duration, value);
        sum += value;
        moments++;
        row = target + 1;
      }
      if (model.outcome().isPresent()) {
        double p = model.outcome().get().probability(sum / moments, scale.neutral());
        outcomes[j - from] = random.nextDouble() < p ? 1 : 0;
      } else {
        outcomes[j - from] = Double.NaN;
      }
    }
    return outcomes;
  }

  private int draw(int row, SplittableRandom random) {
    double u = random.nextDouble() * cumulative[row][cumulative[row].length - 1];
    for (int k = 0; k < cumulative[row].length; k++) {
      if (u < cumulative[row][k]) {
        return next[row][k];
      }
    }
    return next[row][next[row].length - 1];
  }

  private static double exponential(SplittableRandom random, double mean) {
    return mean == 0 ? 0 : mean * random.nextExponential();
  }

  /** A well-mixed seed for journey {@code j} (the finaliser of MurmurHash3). */
  static long mix(long seed, long j) {
    long z = seed * 0x9E3779B97F4A7C15L + j;
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  /**
   * The journey id of journey {@code j}: {@code j-0000001}, ...
   *
   * @param j the journey's index
   * @return the journey id of journey {@code j}: {@code j-0000001},
   */
  public static String journeyId(int j) {
    return String.format(java.util.Locale.ROOT, "j-%07d", j);
  }

  /**
   * Simulates {@code journeys} journeys as {@link Journey} values, with the outcome when the model
   * has one.
   *
   * @param journeys the journeys
   * @param seed the seed of the random numbers
   * @return the journeys, in order
   */
  public List<Journey> journeys(int journeys, long seed) {
    List<Journey.Builder> builders = new ArrayList<>();
    for (int j = 0; j < journeys; j++) {
      builders.add(Journey.builder().id(journeyId(j)).scale(model.scale()));
    }
    double[] outcomes =
        simulate(
            0,
            journeys,
            seed,
            (j, t, start, duration, value) -> {
              Moment.Builder moment =
                  Moment.builder()
                      .touchpoint(touchpoints[t])
                      .start(Instant.ofEpochMilli(start))
                      .duration(Duration.ofMillis(duration))
                      .value(value);
              behaviour[t].expectation().ifPresent(moment::expectation);
              builders.get(j).addMoment(moment.build());
            });
    List<Journey> result = new ArrayList<>();
    for (int j = 0; j < journeys; j++) {
      if (model.outcome().isPresent()) {
        builders.get(j).putOutcome(model.outcome().get().name(), outcomes[j]);
      }
      result.add(builders.get(j).build());
    }
    return result;
  }

  /**
   * Simulates {@code journeys} journeys straight into an {@link EventLog}.
   *
   * @param journeys the journeys
   * @param seed the seed of the random numbers
   * @return the log of the journeys
   */
  public EventLog eventLog(int journeys, long seed) {
    return EventLog.of(journeys(journeys, seed));
  }

  /**
   * Writes {@code journeys} simulated journeys as a CSV event log ({@code docs/formats.md}): {@code
   * journey,timestamp,touchpoint,value,duration_s}, plus {@code stage}, {@code channel} and the
   * expectation columns when the model has them. The outcomes go to a file of their own: see {@link
   * #writeOutcomes}.
   *
   * @param journeys the journeys
   * @param seed the seed of the random numbers
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void writeCsv(int journeys, long seed, Writer out) {
    writeCsv(journeys, seed, out, done -> {});
  }

  /**
   * Writes the log as {@link #writeCsv(int, long, Writer)} does, telling {@code progress} how many
   * journeys are written as it goes (once per journey).
   *
   * @param journeys the journeys
   * @param seed the seed of the random numbers
   * @param out where to write
   * @param progress told the number of journeys written so far
   * @throws UncheckedIOException if writing fails
   */
  public void writeCsv(
      int journeys, long seed, Writer out, java.util.function.IntConsumer progress) {
    boolean stages = model.touchpoints().stream().anyMatch(t -> t.stage().isPresent());
    boolean channels = model.touchpoints().stream().anyMatch(t -> t.channel().isPresent());
    boolean expectations = model.touchpoints().stream().anyMatch(t -> t.expectation().isPresent());
    String[] tail = new String[touchpoints.length];
    for (int t = 0; t < tail.length; t++) {
      StringBuilder cells = new StringBuilder();
      SimulatedTouchpoint b = behaviour[t];
      if (stages) {
        cells.append(',').append(b.stage().orElse(""));
      }
      if (channels) {
        cells.append(',').append(b.channel().orElse(""));
      }
      if (expectations) {
        cells
            .append(',')
            .append(b.expectation().map(e -> Double.toString(e.expected())).orElse(""));
        cells.append(',').append(b.expectation().map(e -> text(e.adequate())).orElse(""));
        cells.append(',').append(b.expectation().map(e -> text(e.desired())).orElse(""));
      }
      tail[t] = cells.append('\n').toString();
    }
    try {
      out.write(
          "journey,timestamp,touchpoint,value,duration_s"
              + (stages ? ",stage" : "")
              + (channels ? ",channel" : "")
              + (expectations ? ",expected,adequate,desired" : "")
              + "\n");
      StringBuilder line = new StringBuilder(128);
      int[] current = {-1};
      simulate(
          0,
          journeys,
          seed,
          (j, t, start, duration, value) -> {
            if (j != current[0]) {
              current[0] = j;
              progress.accept(j);
            }
            line.setLength(0);
            line.append(journeyId(j))
                .append(',')
                .append(Instant.ofEpochMilli(start))
                .append(',')
                .append(touchpoints[t].id())
                .append(',')
                .append(value)
                .append(',')
                .append(duration / 1000.0)
                .append(tail[t]);
            try {
              out.write(line.toString());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      progress.accept(journeys);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(java.util.OptionalDouble value) {
    return value.isPresent() ? Double.toString(value.getAsDouble()) : "";
  }

  /**
   * Writes the outcomes of the same population as {@link #writeCsv} with the same seed: {@code
   * journey,<outcome name>}.
   *
   * @param journeys the journeys
   * @param seed the seed of the random numbers
   * @param out where to write
   * @throws IllegalStateException if the model has no outcome
   * @throws UncheckedIOException if writing fails
   */
  public void writeOutcomes(int journeys, long seed, Writer out) {
    if (model.outcome().isEmpty()) {
      throw new IllegalStateException("the model has no outcome to write");
    }
    double[] outcomes = simulate(0, journeys, seed, (j, t, start, duration, value) -> {});
    try {
      out.write("journey," + model.outcome().get().name() + "\n");
      for (int j = 0; j < journeys; j++) {
        out.write(journeyId(j) + "," + (int) outcomes[j] + "\n");
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
