package io.motkit.benchmarks.peers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The parse floor: one pass over the file's bytes that finds every field of every row and reads the
 * timestamp and value into numbers, and nothing else (no journeys, no columns kept). Whatever reads
 * the file to score it pays at least this. Prints the rows and a checksum, so that the work cannot
 * be optimised away.
 *
 * <p>Usage: {@code ParseFloor EVENTS.csv} for the column order of motkit's simulated logs (journey,
 * timestamp, touchpoint, value, ...) with instants such as {@code 2025-01-17T19:48:35.195Z}.
 */
public final class ParseFloor {

  private ParseFloor() {}

  public static void main(String[] args) throws IOException {
    byte[] buffer = new byte[1 << 20];
    long rows = 0;
    double checksum = 0;
    int field = 0;
    long number = 0;
    long time = 0;
    int fraction = -1;
    boolean header = true;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (b == '\n') {
            if (!header) {
              rows++;
              checksum += time * 1e-12 + value(number, fraction);
            }
            header = false;
            field = 0;
            number = 0;
            time = 0;
            fraction = -1;
          } else if (b == ',') {
            field++;
          } else if (!header && field == 1 && b >= '0' && b <= '9') {
            time = time * 10 + (b - '0');
          } else if (!header && field == 3) {
            if (b == '.') {
              fraction = 0;
            } else if (b >= '0' && b <= '9') {
              number = number * 10 + (b - '0');
              if (fraction >= 0) {
                fraction++;
              }
            }
          }
        }
      }
    }
    System.out.println(rows + " rows, checksum " + checksum);
  }

  private static double value(long digits, int fraction) {
    double v = digits;
    for (int i = 0; i < Math.max(0, fraction); i++) {
      v /= 10;
    }
    return v;
  }
}
