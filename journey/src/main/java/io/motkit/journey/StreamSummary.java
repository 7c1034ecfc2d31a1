package io.motkit.journey;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** What a streaming read saw: rows read = rows accepted + rows rejected, and the rejected rows. */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class StreamSummary {

  StreamSummary() {}

  /**
   * Rows read.
   *
   * @return rows read
   */
  public abstract long rowsRead();

  /**
   * Rows accepted into journeys.
   *
   * @return rows accepted into journeys
   */
  public abstract long rowsAccepted();

  /**
   * Rows set aside, with their reasons.
   *
   * @return rows set aside, with their reasons
   */
  public abstract List<RejectedRow> rejections();

  /**
   * Rows set aside.
   *
   * @return rows set aside
   */
  public final long rowsRejected() {
    return rejections().size();
  }
}
