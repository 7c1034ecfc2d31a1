package io.motkit.scoring.peakend;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Which moments make up the end of an episode: the last moment, the mean of the last {@code k}
 * moments, or the mean of the moments that start within a final time window (Redelmeier and
 * Kahneman 1996 used the last three minutes of a procedure). Immutable.
 */
@API(status = STABLE, since = "0.1")
public final class End {

  /** The kinds of end. */
  public enum Kind {
    /** The last moment. */
    LAST("last"),
    /** The mean of the last k moments. */
    LAST_K("last-k"),
    /** The mean of the moments starting within the final window. */
    WINDOW("window");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /**
     * The parameter value, such as {@code last-k}.
     *
     * @return the parameter value, such as {@code last-k}
     */
    public String label() {
      return label;
    }

    /**
     * The kind with this label.
     *
     * @param text the text
     * @return the kind with this label
     * @throws IllegalArgumentException naming the text if there is none
     */
    public static Kind parse(String text) {
      for (Kind kind : values()) {
        if (kind.label.equals(text.toLowerCase(Locale.ROOT))) {
          return kind;
        }
      }
      throw new IllegalArgumentException(
          "unknown end '" + text + "'; valid ends are last, last-k, window");
    }
  }

  private final Kind kind;
  private final int k;
  private final long windowMillis;

  private End(Kind kind, int k, long windowMillis) {
    this.kind = kind;
    this.k = k;
    this.windowMillis = windowMillis;
  }

  /**
   * The last moment.
   *
   * @return the last moment
   */
  public static End last() {
    return new End(Kind.LAST, 1, 0);
  }

  /**
   * The mean of the last {@code k} moments (all of them when a journey has fewer).
   *
   * @param k how many
   * @return the mean of the last {@code k} moments (all of them when a journey has fewer)
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public static End lastK(int k) {
    checkArgument(k >= 1, "the end needs at least one moment, found k = %s", k);
    return new End(Kind.LAST_K, k, 0);
  }

  /**
   * The mean of the moments that start no earlier than {@code windowMillis} before the last
   * moment's start; the last moment always belongs to it.
   *
   * @param windowMillis the length of the window, in milliseconds
   * @return the mean of the moments that start no earlier than {@code windowMillis} before the last
   *     moment's start; the last moment always belongs to it
   * @throws IllegalArgumentException if the window is negative
   */
  public static End window(long windowMillis) {
    checkArgument(
        windowMillis >= 0, "the end window must not be negative, found %s ms", windowMillis);
    return new End(Kind.WINDOW, 1, windowMillis);
  }

  /**
   * What kind of end this is.
   *
   * @return what kind of end this is
   */
  public Kind kind() {
    return kind;
  }

  /** The index of the first moment of the end among {@code [from, to)}; {@code from < to}. */
  /** The number of final moments a last or last-k end averages; 1 for a window. */
  int k() {
    return k;
  }

  int first(long[] startMillis, int from, int to) {
    switch (kind) {
      case LAST:
        return to - 1;
      case LAST_K:
        return Math.max(from, to - k);
      case WINDOW:
        long cutoff = startMillis[to - 1] - windowMillis;
        int first = to - 1;
        while (first > from && startMillis[first - 1] >= cutoff) {
          first--;
        }
        return first;
      default:
        throw new AssertionError(kind);
    }
  }

  /** The end value of the moments {@code [from, to)}: the mean of the end's moments. */
  double value(double[] values, long[] startMillis, int from, int to) {
    int first = first(startMillis, from, to);
    double sum = 0;
    for (int i = first; i < to; i++) {
      sum += values[i];
    }
    return sum / (to - first);
  }

  @Override
  public String toString() {
    switch (kind) {
      case LAST_K:
        return "last " + k;
      case WINDOW:
        return "last " + windowMillis + " ms";
      default:
        return "last";
    }
  }
}
