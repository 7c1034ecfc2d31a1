package io.motkit.cli;

/** Quoting of CSV output fields. */
final class Csv {

  private Csv() {}

  /** The field quoted as RFC 4180 asks when it holds a comma, quote or line break. */
  static String field(String text) {
    if (text.indexOf(',') < 0
        && text.indexOf('"') < 0
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
