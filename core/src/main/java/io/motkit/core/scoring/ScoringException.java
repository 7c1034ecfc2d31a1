package io.motkit.core.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A journey that a scorer cannot score: it has no moments, or lacks what the scorer needs (an
 * expectation, a Kano category, a SERVQUAL dimension). The message names the journey and what is
 * missing.
 */
@API(status = STABLE, since = "0.1")
public final class ScoringException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The id of the journey that could not be scored. */
  private final String journeyId;

  /**
   * An exception about the journey {@code journeyId}.
   *
   * @param journeyId the journey id
   * @param message the message
   */
  public ScoringException(String journeyId, String message) {
    super("journey '" + journeyId + "': " + message);
    this.journeyId = journeyId;
  }

  /**
   * The journey that could not be scored.
   *
   * @return the journey that could not be scored
   */
  public String journeyId() {
    return journeyId;
  }
}
