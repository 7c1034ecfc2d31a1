package io.motkit.core.internal;

/**
 * The one form of number motkit reads from text: ASCII digits with an optional sign, decimal point
 * and exponent ({@code 4}, {@code -1.5}, {@code 2.5e-3}). Hexadecimal floats ({@code 0x1p3}), digit
 * separators ({@code 1_000}, {@code 1,000}), digits of other scripts ({@code ٤}), words ({@code
 * NaN}, {@code Infinity}) and Java's suffixes ({@code 1d}) are not numbers here, so a file in
 * another convention fails loudly instead of being read wrongly.
 */
public final class PlainNumber {

  private PlainNumber() {}

  /**
   * The number.
   *
   * @param text the text
   * @return the number
   * @throws NumberFormatException if the text is not a plain decimal or is too large for a double
   */
  public static double parse(String text) {
    if (!isPlain(text, true)) {
      throw new NumberFormatException("not a plain decimal number: '" + text + "'");
    }
    double value = Double.parseDouble(text);
    if (!Double.isFinite(value)) {
      throw new NumberFormatException("out of range: '" + text + "'");
    }
    return value;
  }

  /**
   * The whole number: ASCII digits with an optional sign.
   *
   * @param text the text
   * @return the whole number: ASCII digits with an optional sign
   * @throws NumberFormatException if the text is not such a number or does not fit a long
   */
  public static long parseWhole(String text) {
    if (!isPlain(text, false)) {
      throw new NumberFormatException("not a plain whole number: '" + text + "'");
    }
    return Long.parseLong(text);
  }

  /**
   * Whether {@code text} is a plain decimal, whatever its size.
   *
   * @param text the text
   * @return whether {@code text} is a plain decimal, whatever its size
   */
  public static boolean isPlainDecimal(String text) {
    return isPlain(text, true);
  }

  /**
   * Whether {@code text} is a plain decimal (or, without {@code fractions}, a plain whole number).
   *
   * @param text the text
   * @param fractions whether digits after a decimal point are allowed
   * @return whether {@code text} is a plain decimal (or, without {@code fractions}, a plain whole
   *     number)
   */
  public static boolean isPlain(String text, boolean fractions) {
    int n = text.length();
    int i = 0;
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
      digits++;
    }
    if (!fractions) {
      return digits > 0 && i == n;
    }
    if (i < n && text.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exponent = 0;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
        exponent++;
      }
      if (exponent == 0) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
