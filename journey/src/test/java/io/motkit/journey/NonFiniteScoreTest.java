package io.motkit.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.motkit.core.Scale;
import io.motkit.core.csv.CsvInput;
import io.motkit.core.scoring.SequenceKernel;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** A score that is not a finite number is never returned as a score (docs/formats.md, rule 2). */
final class NonFiniteScoreTest {

  private static final SequenceKernel SUM =
      (values, start, duration, from, to) -> {
        double sum = 0;
        for (int i = from; i < to; i++) {
          sum += values[i];
        }
        return sum;
      };

  private static EventLog wide() {
    return EventLogReader.of(Scale.of(-1.7e308, 1.7e308, 0, true))
        .readCsv(
            CsvInput.of(
                new StringReader(
                    "journey,timestamp,touchpoint,value\n"
                        + "ok,2024-01-01T00:00:00Z,call,1\n"
                        + "huge,2024-01-01T00:00:00Z,call,1.7e308\n"
                        + "huge,2024-01-02T00:00:00Z,visit,1.7e308\n"),
                "wide.csv"));
  }

  @Test
  void aJourneyWhoseScoreOverflowsIsUnscorableNamedAndNeverInfinite() {
    EventLog log = wide();
    assertThat(log.scoreJourney(SUM, 0)).isEqualTo(1.0);
    assertThatThrownBy(() -> log.scoreJourney(SUM, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("journey 'huge': the score is not a finite number (Infinity)");
    assertThatThrownBy(() -> log.score(SUM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("journey 'huge'");
    assertThatThrownBy(() -> log.score(SUM, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("journey 'huge'");
    SequenceKernel undefined = (values, start, duration, from, to) -> 0.0 / (to - from - 1);
    assertThatThrownBy(() -> log.scoreJourney(undefined, 0))
        .hasMessageStartingWith("journey 'ok': the score is not a finite number (NaN)");
  }
}
