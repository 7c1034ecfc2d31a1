package io.motkit.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.motkit.core.Journey;
import io.motkit.core.Moment;
import io.motkit.core.Scale;
import io.motkit.core.Touchpoint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ScorerRegistryTest {

  private static final Journey JOURNEY =
      Journey.builder()
          .id("j1")
          .scale(Scale.likert5())
          .addMoment(Moment.of(Touchpoint.of("a"), Instant.EPOCH, 2))
          .addMoment(Moment.of(Touchpoint.of("b"), Instant.EPOCH.plusSeconds(1), 4))
          .build();

  @Test
  void serviceLoaderFindsTheScorerDeclaredInTheTestTree() {
    ScorerRegistry registry = ScorerRegistry.load();
    assertThat(registry.ids()).contains(LastValueScorerProvider.ID);
    JourneyScorer scorer = registry.create(LastValueScorerProvider.ID, Map.of("factor", "0.5"));
    assertThat(scorer.score(JOURNEY).value()).isEqualTo(2.0);
    assertThat(scorer.score(JOURNEY).parameters()).containsEntry("factor", "0.5");
  }

  @Test
  void defaultsAreFilledInAndRecorded() {
    JourneyScorer scorer = ScorerRegistry.load().create(LastValueScorerProvider.ID);
    assertThat(scorer.parameters()).containsExactly(Map.entry("factor", "1"));
  }

  @Test
  void duplicateIdsAreRejectedNamingTheIdAndBothClasses() {
    assertThatThrownBy(
            () ->
                ScorerRegistry.of(
                    List.of(new LastValueScorerProvider(), new LastValueScorerProvider())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate scorer id 'test-last-value'")
        .hasMessageContaining(LastValueScorerProvider.class.getName());
  }

  @Test
  void unknownIdListsTheRegisteredIds() {
    ScorerRegistry registry = ScorerRegistry.of(List.of(new LastValueScorerProvider()));
    assertThatThrownBy(() -> registry.create("peek-end"))
        .isInstanceOf(UnknownScorerException.class)
        .hasMessage("unknown scorer 'peek-end'; registered scorers are [test-last-value]");
    assertThat(registry.find("peek-end")).isEmpty();
  }

  @Test
  void unknownParameterListsTheValidOnes() {
    ScorerRegistry registry = ScorerRegistry.of(List.of(new LastValueScorerProvider()));
    assertThatThrownBy(() -> registry.create(LastValueScorerProvider.ID, Map.of("factr", "2")))
        .isInstanceOf(ScorerParameterException.class)
        .hasMessage(
            "scorer 'test-last-value', parameter 'factr': unknown parameter; valid parameters are factor");
  }

  @Test
  void badParameterValueNamesTheValue() {
    ScorerRegistry registry = ScorerRegistry.of(List.of(new LastValueScorerProvider()));
    assertThatThrownBy(() -> registry.create(LastValueScorerProvider.ID, Map.of("factor", "lots")))
        .isInstanceOf(ScorerParameterException.class)
        .hasMessageContaining("'lots' is not a plain finite number");
    assertThatThrownBy(() -> registry.create(LastValueScorerProvider.ID, Map.of("factor", "3")))
        .isInstanceOf(ScorerParameterException.class)
        .hasMessageContaining("'3' is outside [0, 1]");
  }

  @Test
  void blankIdIsRejected() {
    ScorerProvider blank =
        new ScorerProvider() {
          @Override
          public String id() {
            return " ";
          }

          @Override
          public String description() {
            return "x";
          }

          @Override
          public String reference() {
            return "none";
          }

          @Override
          public List<ParameterSpec> parameters() {
            return List.of();
          }

          @Override
          public JourneyScorer create(Map<String, String> parameters) {
            throw new UnsupportedOperationException();
          }
        };
    assertThatThrownBy(() -> ScorerRegistry.of(List.of(blank)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has a blank id");
  }

  @Test
  void kernelScoresABatchWithoutJourneyObjects() {
    SequenceKernel kernel =
        ScorerRegistry.load()
            .create(LastValueScorerProvider.ID)
            .kernel(Scale.likert5())
            .orElseThrow();
    double[] values = {1, 2, 3, 4, 5};
    long[] times = new long[5];
    double[] out = new double[2];
    kernel.scoreAll(values, times, times, new int[] {0, 2, 5}, out);
    assertThat(out).containsExactly(2.0, 5.0);
  }

  @Test
  void batchOutputTooShortIsRejected() {
    SequenceKernel kernel = (v, s, d, from, to) -> 0;
    assertThatThrownBy(
            () ->
                kernel.scoreAll(
                    new double[2], new long[2], new long[2], new int[] {0, 1, 2}, new double[1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds 1 scores but the batch has 2 journeys");
  }
}
