package io.motkit.journey.read;

/**
 * Reads plain decimals such as {@code 4}, {@code -1.5} or {@code 1192.521} by arithmetic, from text
 * or straight from the bytes of a file: at most 15 significant digits and at most 22 decimal
 * places, so that the mantissa and the power of ten are exact doubles and one division rounds
 * correctly (Clinger 1990, "How to read floating point numbers accurately"): the same double as
 * {@link Double#parseDouble}. Anything else gives NaN, and the caller falls back to {@link
 * Double#parseDouble}.
 */
final class PlainDecimal {

  private static final double[] POWERS = new double[23];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }

  private PlainDecimal() {}

  static double parse(String text) {
    byte[] ascii = AsciiText.bytes(text, 64);
    return ascii == null ? Double.NaN : parse(ascii, 0, ascii.length);
  }

  /** The bytes [from, to) of {@code text} read as ASCII, as {@link #parse(String)}. */
  static double parse(byte[] text, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (text[i] == '-' || text[i] == '+')) {
      negative = text[i] == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int decimals = -1;
    boolean any = false;
    for (; i < to; i++) {
      byte c = text[i];
      if (c >= '0' && c <= '9') {
        any = true;
        if (mantissa != 0 || c != '0') {
          digits++;
        }
        if (digits > 15) {
          return Double.NaN;
        }
        mantissa = mantissa * 10 + (c - '0');
        if (decimals >= 0) {
          decimals++;
        }
      } else if (c == '.' && decimals < 0) {
        decimals = 0;
      } else {
        return Double.NaN;
      }
    }
    if (!any || decimals > 22) {
      return Double.NaN;
    }
    double value = decimals <= 0 ? mantissa : mantissa / POWERS[decimals];
    return negative ? -value : value;
  }
}
