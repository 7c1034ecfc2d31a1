package io.motkit.core;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** The medium through which a touchpoint reaches the customer. */
@API(status = STABLE, since = "0.1")
public enum Channel {
  /** Face to face: a front desk, a repair visit, a store. */
  IN_PERSON("in-person"),
  /** A voice call. */
  PHONE("phone"),
  /** A text message. */
  SMS("sms"),
  /** A mobile application. */
  APP("app"),
  /** A web site or e-mail. */
  WEB("web"),
  /** Letters and printed notices. */
  MAIL("mail"),
  /** Any other medium. */
  OTHER("other");

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  /**
   * The lower-case label used in files, such as {@code in-person}.
   *
   * @return the lower-case label used in files, such as {@code in-person}
   */
  public String label() {
    return label;
  }

  /**
   * The channel with this label or constant name, in any case ({@code "in-person"}, {@code
   * "IN_PERSON"}).
   *
   * @param text the text
   * @return the channel with this label or constant name, in any case ({@code "in-person"}, {@code
   *     "IN_PERSON"})
   * @throws IllegalArgumentException naming the text and listing the valid labels if none matches
   */
  public static Channel parse(String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Channel channel : values()) {
      if (channel.label.equals(wanted)) {
        return channel;
      }
    }
    throw new IllegalArgumentException(
        "unknown channel '"
            + text
            + "'; valid channels are "
            + Arrays.stream(values()).map(Channel::label).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return label;
  }
}
