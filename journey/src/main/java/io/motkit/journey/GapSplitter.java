package io.motkit.journey;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits journeys wherever two consecutive contacts are more than a gap apart. The events keep
 * their order; only the journey boundaries change, so nothing is copied.
 */
final class GapSplitter {

  private GapSplitter() {}

  static EventLog split(EventLog log, long gapMillis) {
    List<Integer> offsets = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<String> customers = new ArrayList<>();
    for (int j = 0; j < log.journeyCount(); j++) {
      int part = 1;
      offsets.add(log.firstEvent(j));
      ids.add(log.journeyId(j) + "#" + part);
      customers.add(log.customer(j).orElse(null));
      for (int e = log.firstEvent(j) + 1; e < log.endEvent(j); e++) {
        if (log.startMillis(e) - log.startMillis(e - 1) > gapMillis) {
          part++;
          offsets.add(e);
          ids.add(log.journeyId(j) + "#" + part);
          customers.add(log.customer(j).orElse(null));
        }
      }
    }
    offsets.add(log.eventCount());
    return log.regroup(
        offsets.stream().mapToInt(Integer::intValue).toArray(),
        ids.toArray(new String[0]),
        customers.toArray(new String[0]));
  }
}
