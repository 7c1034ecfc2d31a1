package io.motkit.core.internal;

/**
 * Text in Unicode code point order, which is the byte order of its UTF-8 (the order Spark and SQL
 * engines sort strings in); Java's {@link String#compareTo} orders UTF-16 units instead, which
 * differs for characters beyond U+FFFF.
 */
public final class TextOrder {

  private TextOrder() {}

  /**
   * Compares two texts by code point.
   *
   * @param a one text
   * @param b another
   * @return negative, zero or positive as {@code a} comes before, with or after {@code b}
   */
  public static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
