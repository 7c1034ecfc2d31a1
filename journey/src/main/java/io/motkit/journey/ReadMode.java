package io.motkit.journey;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What a reader does with a bad row. */
@API(status = STABLE, since = "0.1")
public enum ReadMode {
  /** The first bad row is an error naming the file, line, column and value. */
  STRICT,
  /**
   * Bad rows are set aside with their reasons, and the log reports rows read = rows accepted + rows
   * rejected, so that nothing is lost silently.
   */
  LENIENT
}
