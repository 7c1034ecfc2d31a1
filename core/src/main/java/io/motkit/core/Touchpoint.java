package io.motkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A kind of contact between a customer and a service: a fee-reminder SMS, a front-desk payment, a
 * repair visit, a check-in. Each occurrence of a touchpoint in a journey is a {@link Moment}.
 *
 * <p>Two touchpoints are equal when all their attributes are; within one journey a touchpoint id
 * names exactly one touchpoint.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class Touchpoint {

  Touchpoint() {}

  /**
   * A stable identifier, such as {@code fee-notice}; never blank.
   *
   * @return a stable identifier, such as {@code fee-notice}; never blank
   */
  public abstract String id();

  /**
   * A human-readable name; the id when none is given.
   *
   * @return a human-readable name; the id when none is given
   */
  @Value.Default
  public String name() {
    return id();
  }

  /**
   * The journey stage this touchpoint belongs to.
   *
   * @return the journey stage this touchpoint belongs to
   */
  public abstract Optional<Stage> stage();

  /**
   * The channel through which it reaches the customer.
   *
   * @return the channel through which it reaches the customer
   */
  public abstract Optional<Channel> channel();

  /**
   * Who is responsible for it: a team, a role or a supplier.
   *
   * @return who is responsible for it: a team, a role or a supplier
   */
  public abstract Optional<String> owner();

  /**
   * Free-form labels.
   *
   * @return free-form labels
   */
  public abstract Set<String> tags();

  /**
   * A touchpoint with only an id.
   *
   * @param id the id
   * @return a touchpoint with only an id
   */
  public static Touchpoint of(String id) {
    return builder().id(id).build();
  }

  /**
   * A builder; {@code id} is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Touchpoint}. */
  public static final class Builder extends ImmutableTouchpoint.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    checkArgument(!id().isBlank(), "touchpoint id is blank");
    checkArgument(!name().isBlank(), "touchpoint '%s' has a blank name", id());
    owner().ifPresent(o -> checkArgument(!o.isBlank(), "touchpoint '%s' has a blank owner", id()));
  }
}
