package io.motkit.core.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A scorer parameter that is unknown, missing or has a bad value. The message names the scorer, the
 * parameter and the value, and says what is valid.
 */
@API(status = STABLE, since = "0.1")
public final class ScorerParameterException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The scorer's id. */
  private final String scorerId;

  /** The parameter's name. */
  private final String parameter;

  /**
   * An exception about {@code parameter} of the scorer {@code scorerId}.
   *
   * @param scorerId the scorer id
   * @param parameter the parameter
   * @param message the message
   */
  public ScorerParameterException(String scorerId, String parameter, String message) {
    super("scorer '" + scorerId + "', parameter '" + parameter + "': " + message);
    this.scorerId = scorerId;
    this.parameter = parameter;
  }

  /**
   * The scorer whose parameter was bad.
   *
   * @return the scorer whose parameter was bad
   */
  public String scorerId() {
    return scorerId;
  }

  /**
   * The bad parameter's name.
   *
   * @return the bad parameter's name
   */
  public String parameter() {
    return parameter;
  }
}
