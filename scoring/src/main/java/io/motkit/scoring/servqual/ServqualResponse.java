package io.motkit.scoring.servqual;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One respondent's answers to one SERVQUAL item: expectation (E) and perception (P), optionally the
 * adequate and desired levels of the zone of tolerance, and an optional segment. Values are on the
 * analysis's scale, as answered (before any reverse scoring).
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class ServqualResponse {

  ServqualResponse() {}

  /**
   * Who answered.
   *
   * @return who answered
   */
  public abstract String respondent();

  /**
   * The item id.
   *
   * @return the item id
   */
  public abstract String item();

  /**
   * The expected level (E).
   *
   * @return the expected level (E)
   */
  public abstract double expectation();

  /**
   * The perceived level (P).
   *
   * @return the perceived level (P)
   */
  public abstract double perception();

  /**
   * The minimum adequate level, if asked.
   *
   * @return the minimum adequate level, if asked
   */
  public abstract OptionalDouble adequate();

  /**
   * The desired level, if asked.
   *
   * @return the desired level, if asked
   */
  public abstract OptionalDouble desired();

  /**
   * The respondent's segment, if any.
   *
   * @return the respondent's segment, if any
   */
  public abstract Optional<String> segment();

  /**
   * A response with expectation and perception only.
   *
   * @param respondent the respondent
   * @param item the item
   * @param expectation the expectation
   * @param perception the perception
   * @return a response with expectation and perception only
   */
  public static ServqualResponse of(
      String respondent, String item, double expectation, double perception) {
    return builder()
        .respondent(respondent)
        .item(item)
        .expectation(expectation)
        .perception(perception)
        .build();
  }

  /**
   * A builder; respondent, item, expectation and perception are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServqualResponse}. */
  public static final class Builder extends ImmutableServqualResponse.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    checkArgument(!respondent().isBlank(), "respondent is blank");
    checkArgument(!item().isBlank(), "item is blank");
    checkArgument(
        adequate().isPresent() == desired().isPresent(),
        "respondent '%s', item '%s': give both adequate and desired levels, or neither",
        respondent(),
        item());
  }
}
