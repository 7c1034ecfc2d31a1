package io.motkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.Touchpoint;
import io.motkit.core.json.JourneyScoreJson;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ScorerRegistry;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The code example of README.md, kept here so that it keeps compiling and stays true. */
final class ReadmeExampleTest {

  @Test
  void readmeExampleScoresTheWorstMomentAndTheEnd() {
    // --- README example start
    Journey journey =
        Journey.builder()
            .id("owner-1")
            .scale(Scale.likert7())
            .addMoment(Moment.of(Touchpoint.of("fee-notice"), Instant.parse("2024-03-01T09:00:00Z"), 3))
            .addMoment(Moment.of(Touchpoint.of("repair-visit"), Instant.parse("2024-03-05T14:00:00Z"), 2))
            .addMoment(Moment.of(Touchpoint.of("follow-up-call"), Instant.parse("2024-03-07T10:00:00Z"), 6))
            .build();

    JourneyScorer peakEnd = ScorerRegistry.load().create("peak-end", Map.of("peak", "worst"));
    JourneyScore score = peakEnd.score(journey);

    System.out.println(score.value()); // 4.0: the worst moment (2) and the end (6), averaged
    System.out.println(score.roles()); // {peak=[1], end=[2]}
    System.out.println(JourneyScoreJson.write(score));
    // --- README example end

    assertThat(score.value()).isEqualTo(4.0);
    assertThat(score.roles().get(JourneyScore.PEAK)).containsExactly(1);
    assertThat(score.roles().get(JourneyScore.END)).containsExactly(2);
  }
}
