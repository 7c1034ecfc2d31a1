package io.motkit.scoring.kano;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One respondent's answers about one feature: the functional and dysfunctional answers, an optional
 * self-stated importance from 1 to 9, and an optional segment.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class KanoResponse {

  KanoResponse() {}

  /**
   * Who answered.
   *
   * @return who answered
   */
  public abstract String respondent();

  /**
   * The feature (or touchpoint) asked about.
   *
   * @return the feature (or touchpoint) asked about
   */
  public abstract String feature();

  /**
   * The answer to "if the service has the feature?".
   *
   * @return the answer to "if the service has the feature?"
   */
  public abstract KanoAnswer functional();

  /**
   * The answer to "if it does not have the feature?".
   *
   * @return the answer to "if it does not have the feature?"
   */
  public abstract KanoAnswer dysfunctional();

  /**
   * Self-stated importance, 1 (not at all) to 9 (extremely), if asked.
   *
   * @return self-stated importance, 1 (not at all) to 9 (extremely), if asked
   */
  public abstract OptionalDouble importance();

  /**
   * The respondent's segment, if any.
   *
   * @return the respondent's segment, if any
   */
  public abstract Optional<String> segment();

  /**
   * The Kano category of this pair of answers.
   *
   * @return the Kano category of this pair of answers
   */
  @Value.Derived
  public KanoCategory category() {
    return KanoEvaluationTable.classify(functional(), dysfunctional());
  }

  /**
   * A response without importance or segment.
   *
   * @param respondent the respondent
   * @param feature the feature
   * @param functional the answer to the functional question (the feature present)
   * @param dysfunctional the answer to the dysfunctional question (the feature absent)
   * @return a response without importance or segment
   */
  public static KanoResponse of(
      String respondent, String feature, KanoAnswer functional, KanoAnswer dysfunctional) {
    return builder()
        .respondent(respondent)
        .feature(feature)
        .functional(functional)
        .dysfunctional(dysfunctional)
        .build();
  }

  /**
   * A builder; respondent, feature, functional and dysfunctional are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KanoResponse}. */
  public static final class Builder extends ImmutableKanoResponse.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    checkArgument(!respondent().isBlank(), "respondent is blank");
    checkArgument(!feature().isBlank(), "feature is blank");
    importance()
        .ifPresent(
            i -> checkArgument(i >= 1 && i <= 9, "importance must be from 1 to 9, found %s", i));
  }
}
