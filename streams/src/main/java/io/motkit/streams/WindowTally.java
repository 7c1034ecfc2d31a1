package io.motkit.streams;

import io.motkit.core.analysis.AnalysisResult;
import io.motkit.core.analysis.InputSummary;
import io.motkit.journey.LoggedJourney;
import io.motkit.journey.analysis.JourneyAnalysis;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What the window store keeps of one analysis in one window: the analysis's own tally of the
 * window's journeys, how many journeys and events it holds, and whether it changed since its result
 * was last written. Kept as Java serialization, the form {@link
 * io.motkit.core.analysis.Aggregation} promises every tally has.
 */
final class WindowTally implements Serializable {

  private static final long serialVersionUID = 1L;

  final long windowStart;
  long journeys;
  long events;
  boolean changed;
  private Serializable tally;

  WindowTally(long windowStart, Serializable tally) {
    this.windowStart = windowStart;
    this.tally = tally;
  }

  void add(JourneyAnalysis<?, ?> analysis, LoggedJourney journey) {
    tally = addTo(analysis, tally, journey);
    journeys++;
    events += journey.endEvent() - journey.firstEvent();
    changed = true;
  }

  AnalysisResult finish(JourneyAnalysis<?, ?> analysis, List<InputSummary> sources) {
    return finishOf(analysis, tally, sources);
  }

  @SuppressWarnings("unchecked")
  private static <T extends Serializable> T addTo(
      JourneyAnalysis<T, ?> analysis, Serializable tally, LoggedJourney journey) {
    T typed = (T) tally;
    analysis.add(typed, journey);
    return typed;
  }

  @SuppressWarnings("unchecked")
  private static <T extends Serializable> AnalysisResult finishOf(
      JourneyAnalysis<T, ?> analysis, Serializable tally, List<InputSummary> sources) {
    return analysis.finish((T) tally, sources);
  }

  byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(this);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep a window's tally: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  static WindowTally fromBytes(byte[] data) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
      return (WindowTally) in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("a window's tally cannot be read: " + e.getMessage(), e);
    }
  }
}
