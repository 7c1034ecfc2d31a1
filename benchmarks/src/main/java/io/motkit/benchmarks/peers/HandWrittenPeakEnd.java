package io.motkit.benchmarks.peers;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole job written by hand for this one file layout, as a programmer would without a library:
 * one thread, one pass over the bytes, the journey, timestamp and value fields read in place, a
 * hash map from journey to its running minimum, maximum and last value (a row continuing the
 * previous row's journey skips the lookup), then the peak-end scores in order of first appearance.
 * The definition is the one of {@link DuckDbPeakEnd}: motkit's peak-end with its defaults on a 1..7
 * scale. No validation: it trusts the file.
 *
 * <p>Usage: {@code HandWrittenPeakEnd EVENTS.csv > scores.csv} for motkit's simulated logs
 * (journey, timestamp, touchpoint, value, ...) with instants such as {@code
 * 2025-01-17T19:48:35.195Z}.
 */
public final class HandWrittenPeakEnd {

  /**
   * A journey's minimum, maximum and the value of its latest moment (at equal times, the last by
   * touchpoint in byte order, then value, then duration, as motkit orders them).
   */
  private static final class Journey {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    long lastTime = Long.MIN_VALUE;
    byte[] lastTouchpoint = new byte[0];
    double last;
    double lastDuration;

    void add(long time, byte[] buffer, int from, int to, double value, double duration) {
      min = Math.min(min, value);
      max = Math.max(max, value);
      int order = Long.compare(time, lastTime);
      if (order == 0) {
        order = Arrays.compareUnsigned(buffer, from, to, lastTouchpoint, 0, lastTouchpoint.length);
      }
      if (order == 0) {
        order = Double.compare(value, last);
      }
      if (order == 0) {
        order = Double.compare(duration, lastDuration);
      }
      if (order >= 0) {
        lastTime = time;
        lastTouchpoint = Arrays.copyOfRange(buffer, from, to);
        last = value;
        lastDuration = duration;
      }
    }

    double peakEnd() {
      double peak = 4 - min >= max - 4 - 6e-9 ? min : max;
      return 0.5 * peak + 0.5 * last;
    }
  }

  private HandWrittenPeakEnd() {}

  public static void main(String[] args) throws IOException {
    Map<String, Journey> journeys = new LinkedHashMap<>();
    byte[] buffer = new byte[1 << 20];
    int held = 0;
    boolean header = true;
    byte[] previous = new byte[0];
    Journey current = null;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      for (int n = in.read(buffer, held, buffer.length - held);
          n > 0 || held > 0;
          n = in.read(buffer, held, buffer.length - held)) {
        held += Math.max(0, n);
        int start = 0;
        for (int i = 0; i < held; i++) {
          if (buffer[i] != '\n') {
            continue;
          }
          if (header) {
            header = false;
          } else {
            int journeyEnd = indexOf(buffer, start, i, (byte) ',');
            int timeEnd = indexOf(buffer, journeyEnd + 1, i, (byte) ',');
            int touchpointEnd = indexOf(buffer, timeEnd + 1, i, (byte) ',');
            int valueEnd = indexOf(buffer, touchpointEnd + 1, i, (byte) ',');
            if (current == null
                || !Arrays.equals(buffer, start, journeyEnd, previous, 0, previous.length)) {
              previous = Arrays.copyOfRange(buffer, start, journeyEnd);
              current =
                  journeys.computeIfAbsent(
                      new String(previous, StandardCharsets.UTF_8), k -> new Journey());
            }
            int durationEnd = indexOf(buffer, valueEnd + 1, i, (byte) ',');
            current.add(
                instant(buffer, journeyEnd + 1, timeEnd),
                buffer,
                timeEnd + 1,
                touchpointEnd,
                decimal(buffer, touchpointEnd + 1, valueEnd),
                durationEnd > valueEnd + 1 ? decimal(buffer, valueEnd + 1, durationEnd) : 0);
          }
          start = i + 1;
        }
        if (n <= 0) {
          break;
        }
        held -= start;
        System.arraycopy(buffer, start, buffer, 0, held);
      }
    }
    try (PrintWriter out =
        new PrintWriter(
            new BufferedWriter(
                new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16))) {
      out.println("journey,value");
      for (Map.Entry<String, Journey> e : journeys.entrySet()) {
        out.append(e.getKey())
            .append(',')
            .append(Double.toString(e.getValue().peakEnd()))
            .append('\n');
      }
    }
  }

  private static int indexOf(byte[] bytes, int from, int to, byte b) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return to;
  }

  /** Milliseconds since the epoch of {@code yyyy-MM-ddTHH:mm:ss[.SSS]Z}. */
  private static long instant(byte[] t, int from, int to) {
    int year = digits(t, from, 4);
    int month = digits(t, from + 5, 2);
    int day = digits(t, from + 8, 2);
    long millis = to - from > 20 ? digits(t, from + 20, 3) : 0;
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yoe = y - era * 400;
    int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long days = era * 146_097L + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468;
    return ((days * 24 + digits(t, from + 11, 2)) * 60 + digits(t, from + 14, 2)) * 60_000L
        + digits(t, from + 17, 2) * 1000L
        + millis;
  }

  private static int digits(byte[] t, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      v = v * 10 + (t[i] - '0');
    }
    return v;
  }

  /** A plain decimal such as {@code 6.0}: exact as Double.parseDouble for a few digits. */
  private static double decimal(byte[] t, int from, int to) {
    long mantissa = 0;
    int decimals = -1;
    for (int i = from; i < to; i++) {
      if (t[i] == '.') {
        decimals = 0;
      } else {
        mantissa = mantissa * 10 + (t[i] - '0');
        if (decimals >= 0) {
          decimals++;
        }
      }
    }
    return decimals <= 0 ? mantissa : mantissa / Math.pow(10, decimals);
  }
}
