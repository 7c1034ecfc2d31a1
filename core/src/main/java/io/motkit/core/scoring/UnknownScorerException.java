package io.motkit.core.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Set;
import org.apiguardian.api.API;

/** A scorer id that no registered provider has; the message lists the ids that are valid. */
@API(status = STABLE, since = "0.1")
public final class UnknownScorerException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The id that no provider has. */
  private final String scorerId;

  /**
   * An exception for the unknown {@code scorerId}, listing the {@code known} ids.
   *
   * @param scorerId the scorer id
   * @param known the ids the registry knows
   */
  public UnknownScorerException(String scorerId, Set<String> known) {
    super("unknown scorer '" + scorerId + "'; registered scorers are " + known);
    this.scorerId = scorerId;
  }

  /**
   * The id that was asked for.
   *
   * @return the id that was asked for
   */
  public String scorerId() {
    return scorerId;
  }
}
