package io.motkit.core.internal;

import io.motkit.core.csv.InputFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly: a byte sequence that is not UTF-8 stops the read with an {@link
 * InputFormatException} naming the source and the line it is on, instead of becoming a replacement
 * character that could merge two ids. Every motkit reader of text decodes with it. Not thread-safe.
 */
public final class StrictUtf8Reader extends Reader {

  private final InputStream in;
  private final String source;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private final CharBuffer chars = CharBuffer.allocate(1 << 16);
  private boolean endOfInput;
  private boolean flushed;

  /** The line of the next character handed out, from 1 (or the first line given). */
  private long line;

  private boolean afterCarriageReturn;

  private StrictUtf8Reader(InputStream in, String source, long firstLine) {
    this.in = in;
    this.source = source;
    this.line = firstLine;
    bytes.flip();
    chars.flip();
  }

  /**
   * A reader of {@code in}, named {@code source} in messages, whose first line is line 1.
   *
   * @param in the bytes to decode
   * @param source the name of the source, used in messages
   * @return a reader of {@code in}, named {@code source} in messages, whose first line is line 1
   */
  public static StrictUtf8Reader of(InputStream in, String source) {
    return new StrictUtf8Reader(in, source, 1);
  }

  /**
   * A reader of a part of a larger input whose first line is {@code firstLine} of the whole.
   *
   * @param in the bytes to decode
   * @param source the name of the source, used in messages
   * @param firstLine the first line
   * @return a reader of a part of a larger input whose first line is {@code firstLine} of the whole
   */
  public static StrictUtf8Reader of(InputStream in, String source, long firstLine) {
    return new StrictUtf8Reader(in, source, firstLine);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (flushed) {
        return -1;
      }
      fill();
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    for (int i = offset; i < offset + n; i++) {
      count(buffer[i]);
    }
    return n;
  }

  /** Decodes more characters into {@code chars}, which is empty. */
  private void fill() throws IOException {
    chars.clear();
    try {
      while (chars.position() == 0) {
        if (!endOfInput && bytes.remaining() < 4) {
          bytes.compact();
          int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (read < 0) {
            endOfInput = true;
          } else {
            bytes.position(bytes.position() + read);
          }
          bytes.flip();
        }
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (result.isError()) {
          throw malformed();
        }
        if (endOfInput && !bytes.hasRemaining()) {
          if (decoder.flush(chars).isError()) {
            throw malformed();
          }
          flushed = true;
          break;
        }
      }
    } finally {
      chars.flip();
    }
  }

  /**
   * The line of the bad bytes: the line handed out so far, plus the lines decoded but not yet
   * handed out.
   */
  private InputFormatException malformed() {
    long at = line;
    boolean cr = afterCarriageReturn;
    for (int i = 0; i < chars.position(); i++) {
      char c = chars.get(i);
      if (c == '\n') {
        at += cr ? 0 : 1;
        cr = false;
      } else if (c == '\r') {
        at++;
        cr = true;
      } else {
        cr = false;
      }
    }
    return InputFormatException.fatal(
        source,
        at,
        "",
        "the text is not valid UTF-8 (a byte sequence that no character encodes); save the file as UTF-8");
  }

  /** Lines end at LF, CRLF or a lone CR. */
  private void count(char c) {
    if (c == '\n') {
      if (!afterCarriageReturn) {
        line++;
      }
      afterCarriageReturn = false;
    } else if (c == '\r') {
      line++;
      afterCarriageReturn = true;
    } else {
      afterCarriageReturn = false;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
