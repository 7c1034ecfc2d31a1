package io.motkit.streams;

/** An event that cannot be placed in a journey: the reason goes to the dead-letter topic. */
final class UnreadableEvent extends Exception {

  private static final long serialVersionUID = 1L;

  private final String reason;

  UnreadableEvent(String reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  /** A short word for the kind of problem: {@code unreadable}, {@code late}, {@code too-long}. */
  String reason() {
    return reason;
  }
}
