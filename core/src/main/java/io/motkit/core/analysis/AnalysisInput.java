package io.motkit.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The data an analysis runs on, with the summaries of the inputs it came from, so that the result
 * can say what it was computed from.
 *
 * @param <T> the data, such as a list of responses or an event log
 */
@API(status = STABLE, since = "0.1")
public final class AnalysisInput<T> {

  private final T data;
  private final List<InputSummary> sources;

  private AnalysisInput(T data, List<InputSummary> sources) {
    this.data = Objects.requireNonNull(data, "data");
    this.sources = List.copyOf(sources);
    checkArgument(!this.sources.isEmpty(), "an input needs at least one source");
  }

  /**
   * Data read from these sources.
   *
   * @param <T> the type of the data
   * @param data the data
   * @param sources the sources, in the order they were read
   * @return data read from these sources
   */
  public static <T> AnalysisInput<T> of(T data, List<InputSummary> sources) {
    return new AnalysisInput<>(data, sources);
  }

  /**
   * Data read from one source.
   *
   * @param <T> the type of the data
   * @param data the data
   * @param source the source
   * @return data read from one source
   */
  public static <T> AnalysisInput<T> of(T data, InputSummary source) {
    return new AnalysisInput<>(data, List.of(source));
  }

  /**
   * Data built in memory: {@code rows} rows named {@code name}.
   *
   * @param <T> the type of the data
   * @param data the data
   * @param name the name
   * @param rows the rows
   * @return data built in memory: {@code rows} rows named {@code name}
   */
  public static <T> AnalysisInput<T> inMemory(T data, String name, long rows) {
    return new AnalysisInput<>(data, List.of(InputSummary.inMemory(name, rows)));
  }

  /**
   * The data.
   *
   * @return the data
   */
  public T data() {
    return data;
  }

  /**
   * The sources, in the order they were read.
   *
   * @return the sources, in the order they were read
   */
  public List<InputSummary> sources() {
    return sources;
  }
}
