package io.motkit.core.scoring;

import io.motkit.core.Journey;

/** A journey's moment times as the primitive arrays kernels read. */
final class Timeline {

  private Timeline() {}

  static long[] startMillis(Journey journey) {
    long[] starts = new long[journey.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = journey.moment(i).start().toEpochMilli();
    }
    return starts;
  }

  static long[] durationMillis(Journey journey) {
    long[] durations = new long[journey.size()];
    for (int i = 0; i < durations.length; i++) {
      durations[i] = journey.moment(i).duration().toMillis();
    }
    return durations;
  }
}
