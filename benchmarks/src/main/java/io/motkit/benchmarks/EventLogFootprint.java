package io.motkit.benchmarks;

import io.motkit.core.Scale;
import io.motkit.journey.EventLog;
import io.motkit.journey.EventLogReader;
import io.motkit.journey.simulation.JourneyModel;
import java.nio.file.Path;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;

/**
 * Measures how many bytes of heap an {@link EventLog} holds per event, with the object graph walked
 * by JOL (OpenJDK's Java Object Layout): for logs of about 10 and about 5 moments per journey. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar io.motkit.benchmarks.EventLogFootprint}.
 */
public final class EventLogFootprint {

  private EventLogFootprint() {}

  /**
   * Prints the footprint of a few logs.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    print("30 touchpoints, about 10 moments per journey", Populations.model(30, 10), 100_000);
    print("30 touchpoints, about 5 moments per journey", Populations.model(30, 5), 200_000);
  }

  private static void print(String what, JourneyModel model, int journeys) {
    Path file = Populations.csv(model, journeys, 3);
    EventLog log = EventLogReader.of(Scale.likert7()).readCsv(file);
    long bytes = GraphLayout.parseInstance(log).totalSize();
    System.out.printf(
        Locale.ROOT,
        "%s: %d journeys, %d events, %d bytes, %.1f bytes per event%n",
        what,
        log.journeyCount(),
        log.eventCount(),
        bytes,
        bytes / (double) log.eventCount());
  }
}
