package io.motkit.journey.read;

import org.jspecify.annotations.Nullable;

/**
 * Text as the bytes the byte-level parsers read: the parsers of timestamps and decimals take bytes
 * straight from a file, and text from elsewhere is turned into the same bytes first.
 */
final class AsciiText {

  private AsciiText() {}

  /** The bytes of {@code text}, or null when it is longer than {@code longest} or not ASCII. */
  static byte @Nullable [] bytes(String text, int longest) {
    int n = text.length();
    if (n > longest) {
      return null;
    }
    byte[] ascii = new byte[n];
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      ascii[i] = (byte) c;
    }
    return ascii;
  }
}
