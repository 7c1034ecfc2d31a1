package io.motkit.journey;

import io.motkit.core.Scale;

/** The readers the reading tests compare: one thread, and the parallel path forced on any file. */
final class TestReaders {

  private TestReaders() {}

  /** The sequential reader of 1-7 values. */
  static EventLogReader sequential(ReadMode mode) {
    return EventLogReader.builder().scale(Scale.likert7()).mode(mode).threads(1).build();
  }

  /**
   * A reader that takes the parallel path for any file, however small, on {@code threads} threads.
   */
  static EventLogReader parallel(ReadMode mode, int threads) {
    return EventLogReader.builder()
        .scale(Scale.likert7())
        .mode(mode)
        .parallelThresholdBytes(0)
        .threads(threads)
        .build();
  }
}
