package io.motkit.journey.internal;

import io.motkit.journey.EventLog;
import io.motkit.journey.LoggedJourney;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The tally of a journey analysis split by segment: one part for every journey, and one part per
 * value of the segment attribute for the journeys that have a single value of it. Parts are merged
 * segment by segment, and segments are kept in name order, so that the finished result does not
 * depend on which part saw a segment first.
 *
 * @param <P> the tally of one part
 */
public final class Segmented<P extends Serializable> implements Serializable {

  private static final long serialVersionUID = 1L;

  private final P all;
  private final TreeMap<String, P> segments = new TreeMap<>();

  /**
   * The last log seen, and whether it has the segment column: asked once per log, not per journey.
   */
  private transient @Nullable EventLog columnLog;

  private transient boolean hasColumn;

  /**
   * A tally with the given part for every journey and no segment yet.
   *
   * @param all the part of every journey, empty
   */
  public Segmented(P all) {
    this.all = all;
  }

  /**
   * Adds a journey to the part of every journey and to the part of its segment.
   *
   * @param journey the journey
   * @param attribute the segment attribute, if the analysis has one
   * @param newPart makes an empty part
   * @param add adds a journey to a part
   */
  public void add(
      LoggedJourney journey,
      Optional<String> attribute,
      Supplier<P> newPart,
      BiConsumer<P, LoggedJourney> add) {
    add.accept(all, journey);
    if (attribute.isPresent()) {
      EventLog log = journey.log();
      if (log != columnLog) {
        columnLog = log;
        hasColumn = log.attributeNames().contains(attribute.get());
      }
      // A log (or a cluster's partition) without the column has no journey in any segment; the
      // run on a whole log checks the column exists before it tallies.
      if (hasColumn) {
        Optional<String> segment = log.journeyAttribute(attribute.get(), journey.index());
        if (segment.isPresent()) {
          add.accept(segments.computeIfAbsent(segment.get(), s -> newPart.get()), journey);
        }
      }
    }
  }

  /**
   * This tally with the journeys of {@code other} added.
   *
   * @param other another tally
   * @param merge merges two parts
   * @return this tally, changed
   */
  public Segmented<P> merge(Segmented<P> other, BinaryOperator<P> merge) {
    Segmented<P> merged = new Segmented<>(merge.apply(all, other.all));
    merged.segments.putAll(segments);
    other.segments.forEach((name, part) -> merged.segments.merge(name, part, merge));
    return merged;
  }

  /**
   * The part of every journey.
   *
   * @return the part of every journey
   */
  public P all() {
    return all;
  }

  /**
   * Each segment's part finished, in segment order.
   *
   * @param <V> the finished part
   * @param finish finishes a part; an exception it throws is given the segment's name
   * @param attribute the segment attribute, for messages
   * @return each segment's part finished, in segment order
   */
  public <V> Map<String, V> finishSegments(Function<P, V> finish, String attribute) {
    Map<String, V> finished = new TreeMap<>();
    segments.forEach(
        (name, part) -> {
          try {
            finished.put(name, finish.apply(part));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                "segment " + attribute + "=" + name + ": " + e.getMessage(), e);
          }
        });
    return finished;
  }

  /**
   * Checks that {@code log} has the segment attribute as a column.
   *
   * @param log the event log
   * @param attribute the segment attribute, if any
   * @throws IllegalArgumentException if the log has no such attribute column, naming those it has
   */
  public static void requireColumn(EventLog log, Optional<String> attribute) {
    if (attribute.isPresent() && !log.attributeNames().contains(attribute.get())) {
      throw new IllegalArgumentException(
          "the log has no attribute column '"
              + attribute.get()
              + "'; its attribute columns are "
              + log.attributeNames());
    }
  }
}
