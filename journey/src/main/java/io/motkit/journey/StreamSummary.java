package io.motkit.journey;

import java.util.List;
import org.immutables.value.Value;

/** What a streaming read saw: rows read = rows accepted + rows rejected, and the rejected rows. */
@Value.Immutable
public abstract class StreamSummary {

  StreamSummary() {}

  /** Rows read. */
  public abstract long rowsRead();

  /** Rows accepted into journeys. */
  public abstract long rowsAccepted();

  /** Rows set aside, with their reasons. */
  public abstract List<RejectedRow> rejections();

  /** Rows set aside. */
  public final long rowsRejected() {
    return rejections().size();
  }
}
