package io.motkit.journey;

import static com.google.common.base.Preconditions.checkElementIndex;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One journey of an {@link EventLog}: the unit a journey analysis tallies. It names the log and the
 * journey's index in it, so that a tally reads the journey's events straight from the log's columns
 * ({@link EventLog#firstEvent(int)} to {@link EventLog#endEvent(int)}) without copying them.
 * Immutable; as thread-safe as its log.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LoggedJourney {

  private final EventLog log;
  private final int index;

  private LoggedJourney(EventLog log, int index) {
    this.log = Objects.requireNonNull(log, "log");
    checkElementIndex(index, log.journeyCount(), "journey");
    this.index = index;
  }

  /**
   * Journey {@code index} of {@code log}.
   *
   * @param log the event log
   * @param index the journey's index, from 0 to {@code log.journeyCount() - 1}
   * @return journey {@code index} of {@code log}
   * @throws IndexOutOfBoundsException if there is no such journey
   */
  public static LoggedJourney of(EventLog log, int index) {
    return new LoggedJourney(log, index);
  }

  /**
   * The log the journey is in.
   *
   * @return the log the journey is in
   */
  public EventLog log() {
    return log;
  }

  /**
   * The journey's index in its log.
   *
   * @return the journey's index in its log
   */
  public int index() {
    return index;
  }

  /**
   * The journey's id.
   *
   * @return the journey's id
   */
  public String id() {
    return log.journeyId(index);
  }

  /**
   * The index in the log of the journey's first event.
   *
   * @return the index in the log of the journey's first event
   */
  public int firstEvent() {
    return log.firstEvent(index);
  }

  /**
   * The index in the log just past the journey's last event.
   *
   * @return the index in the log just past the journey's last event
   */
  public int endEvent() {
    return log.endEvent(index);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LoggedJourney
        && ((LoggedJourney) other).log == log
        && ((LoggedJourney) other).index == index;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(log) * 31 + index;
  }

  @Override
  public String toString() {
    return "journey '" + id() + "'";
  }
}
