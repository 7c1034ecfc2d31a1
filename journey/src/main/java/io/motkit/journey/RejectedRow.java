package io.motkit.journey;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A row the lenient reader set aside: where it was and why. */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class RejectedRow {

  RejectedRow() {}

  /**
   * The file or stream.
   *
   * @return the file or stream
   */
  @Value.Parameter
  public abstract String source();

  /**
   * The 1-based line the row starts on.
   *
   * @return the 1-based line the row starts on
   */
  @Value.Parameter
  public abstract long line();

  /**
   * The whole message, naming the column and value where there is one.
   *
   * @return the whole message, naming the column and value where there is one
   */
  @Value.Parameter
  public abstract String reason();

  /**
   * A row set aside.
   *
   * @param source the input's name
   * @param line the row's line
   * @param reason the whole message
   * @return the row set aside
   */
  public static RejectedRow of(String source, long line, String reason) {
    return ImmutableRejectedRow.of(source, line, reason);
  }
}
