package io.motkit.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One input of an analysis, as its provenance records it: a name (a file name, {@code <stdin>}, or
 * a description of data built in memory), the rows read, accepted and rejected, and the SHA-256 of
 * its bytes when it was read from bytes.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class InputSummary {

  InputSummary() {}

  /**
   * The input's name, such as a file name.
   *
   * @return the input's name, such as a file name
   */
  public abstract String name();

  /**
   * Data rows read (physical lines after the header for CSV; objects for JSON).
   *
   * @return data rows read (physical lines after the header for CSV; objects for JSON)
   */
  public abstract long rowsRead();

  /**
   * Rows the analysis used.
   *
   * @return rows the analysis used
   */
  public abstract long rowsAccepted();

  /**
   * Rows set aside as bad; {@code rowsRead() = rowsAccepted() + rowsRejected()}.
   *
   * @return rows set aside as bad; {@code rowsRead() = rowsAccepted() + rowsRejected()}
   */
  public abstract long rowsRejected();

  /**
   * The SHA-256 of the input's bytes, 64 lower-case hex digits; empty for data built in memory.
   *
   * @return the SHA-256 of the input's bytes, 64 lower-case hex digits; empty for data built in
   *     memory
   */
  public abstract Optional<String> sha256();

  /**
   * A summary of an input read from bytes.
   *
   * @param name the name
   * @param rowsRead how many rows were read
   * @param rowsRejected how many rows were set aside
   * @param sha256 the SHA-256 of the bytes read, in hexadecimal
   * @return a summary of an input read from bytes
   */
  public static InputSummary of(String name, long rowsRead, long rowsRejected, String sha256) {
    return ImmutableInputSummary.builder()
        .name(name)
        .rowsRead(rowsRead)
        .rowsAccepted(rowsRead - rowsRejected)
        .rowsRejected(rowsRejected)
        .sha256(sha256)
        .build();
  }

  /**
   * A summary of {@code rows} rows built in memory, all of them used.
   *
   * @param name the name
   * @param rows the rows
   * @return a summary of {@code rows} rows built in memory, all of them used
   */
  public static InputSummary inMemory(String name, long rows) {
    return ImmutableInputSummary.builder()
        .name(name)
        .rowsRead(rows)
        .rowsAccepted(rows)
        .rowsRejected(0)
        .build();
  }

  @Value.Check
  final void check() {
    checkArgument(!name().isBlank(), "an input needs a name");
    checkArgument(
        rowsAccepted() >= 0 && rowsRejected() >= 0 && rowsRead() == rowsAccepted() + rowsRejected(),
        "rows read (%s) must equal rows accepted (%s) plus rows rejected (%s)",
        rowsRead(),
        rowsAccepted(),
        rowsRejected());
    sha256()
        .ifPresent(
            h ->
                checkArgument(
                    h.matches("[0-9a-f]{64}"),
                    "a SHA-256 is 64 lower-case hex digits, found '%s'",
                    h));
  }
}
