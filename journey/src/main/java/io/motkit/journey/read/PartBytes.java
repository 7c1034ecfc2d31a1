package io.motkit.journey.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * The bytes [from, to) of a file for a reader of whole lines, a megabyte at a time: what a reader
 * has not consumed (an unfinished last line) moves to the front before the next fill, and the
 * buffer grows when one line fills it.
 */
final class PartBytes {

  private final FileChannel channel;
  private final long to;
  private final LongConsumer progress;
  private long at;

  /** The bytes held, [0, held). */
  byte[] buffer = new byte[1 << 20];

  int held;

  PartBytes(FileChannel channel, long from, long to, LongConsumer progress) {
    this.channel = channel;
    this.at = from;
    this.to = to;
    this.progress = progress;
  }

  /** Reads until the buffer is full or the range ends; false if the file ended before it. */
  boolean fill() throws IOException {
    while (at < to && held < buffer.length) {
      int n =
          channel.read(
              ByteBuffer.wrap(buffer, held, (int) Math.min(buffer.length - held, to - at)), at);
      if (n < 0) {
        // The file is shorter than when it was measured.
        return false;
      }
      at += n;
      held += n;
      progress.accept(n);
    }
    return true;
  }

  /** Whether every byte of the range has been read into the buffer. */
  boolean atEnd() {
    return at >= to;
  }

  /** Drops the bytes before {@code position}, which the reader has consumed. */
  void consumed(int position) {
    held -= position;
    System.arraycopy(buffer, position, buffer, 0, held);
    if (held == buffer.length) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
  }
}
