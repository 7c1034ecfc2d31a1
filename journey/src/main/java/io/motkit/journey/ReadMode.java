package io.motkit.journey;

/** What a reader does with a bad row. */
public enum ReadMode {
  /** The first bad row is an error naming the file, line, column and value. */
  STRICT,
  /**
   * Bad rows are set aside with their reasons, and the log reports rows read = rows accepted + rows
   * rejected, so that nothing is lost silently.
   */
  LENIENT
}
