package io.motkit.scoring.nps;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** One answer to the 0-10 likelihood-to-recommend question, with an optional segment. */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class NpsResponse {

  NpsResponse() {}

  /**
   * Who answered.
   *
   * @return who answered
   */
  public abstract String respondent();

  /**
   * The score, 0 to 10.
   *
   * @return the score, 0 to 10
   */
  public abstract int score();

  /**
   * The respondent's segment, if any.
   *
   * @return the respondent's segment, if any
   */
  public abstract Optional<String> segment();

  /**
   * A response without a segment.
   *
   * @param respondent the respondent
   * @param score the score
   * @return a response without a segment
   */
  public static NpsResponse of(String respondent, int score) {
    return ImmutableNpsResponse.builder().respondent(respondent).score(score).build();
  }

  /**
   * A response in {@code segment}.
   *
   * @param respondent the respondent
   * @param score the score
   * @param segment the segment's name
   * @return a response in {@code segment}
   */
  public static NpsResponse of(String respondent, int score, String segment) {
    return ImmutableNpsResponse.builder()
        .respondent(respondent)
        .score(score)
        .segment(segment)
        .build();
  }

  @Value.Check
  final void check() {
    checkArgument(!respondent().isBlank(), "respondent is blank");
    checkArgument(
        score() >= 0 && score() <= 10,
        "respondent '%s': score must be from 0 to 10, found %s",
        respondent(),
        score());
  }
}
