package io.motkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.motkit.scoring.kano.KanoAnalysis;
import io.motkit.scoring.kano.KanoAnswer;
import io.motkit.scoring.kano.KanoResponse;
import io.motkit.scoring.nps.NpsAnalysis;
import io.motkit.scoring.servqual.ServqualAnalysis;
import io.motkit.scoring.servqual.ServqualImportance;
import io.motkit.scoring.servqual.ServqualInstrument;
import io.motkit.scoring.servqual.ServqualItem;
import io.motkit.scoring.servqual.ServqualResponse;
import org.junit.jupiter.api.Test;

/**
 * Each validation rule of the analyses' settings and inputs, with the message naming the bad value.
 */
final class SettingsValidationTest {

  @Test
  void sampleMeanOfHandValues() {
    SampleMean m = SampleMean.of(new double[] {1, 2, 3, 4});
    assertThat(m.mean()).isEqualTo(2.5);
    assertThat(m.standardDeviation()).isCloseTo(Math.sqrt(5 / 3.0), within(1e-12));
    assertThat(SampleMean.of(new double[] {7}).interval(0.95)).isEmpty();
  }

  @Test
  void sampleMeanRejectsEmptyAndNonFiniteSamples() {
    assertThatThrownBy(() -> SampleMean.of(new double[0]))
        .hasMessageContaining("needs at least one value");
    assertThatThrownBy(() -> SampleMean.of(new double[] {1, Double.NaN}))
        .hasMessageContaining("sample value is not finite: NaN");
    assertThatThrownBy(() -> SampleMean.of(new double[] {1, 2}).interval(1.5))
        .hasMessageContaining("found 1.5");
  }

  @Test
  void kanoSettingsAndResponsesAreChecked() {
    assertThatThrownBy(() -> KanoAnalysis.builder().tieThreshold(-0.1).build())
        .hasMessageContaining("tie threshold must be in [0, 1], found -0.1");
    assertThatThrownBy(() -> KanoAnalysis.builder().maxQuestionableShare(2).build())
        .hasMessageContaining("maximum Q share must be in [0, 1], found 2.0");
    assertThatThrownBy(
            () ->
                KanoResponse.builder()
                    .respondent("r")
                    .feature("f")
                    .functional(KanoAnswer.LIKE)
                    .dysfunctional(KanoAnswer.LIKE)
                    .importance(0)
                    .build())
        .hasMessageContaining("importance must be from 1 to 9, found 0.0");
    assertThatThrownBy(() -> KanoResponse.of(" ", "f", KanoAnswer.LIKE, KanoAnswer.LIKE))
        .hasMessageContaining("respondent is blank");
  }

  @Test
  void npsSettingsAreChecked() {
    assertThatThrownBy(() -> NpsAnalysis.builder().confidenceLevel(0).build())
        .hasMessageContaining("found 0.0");
    assertThatThrownBy(() -> NpsAnalysis.builder().resamples(10).build())
        .hasMessageContaining("at least 100 resamples, found 10");
    assertThatThrownBy(() -> NpsAnalysis.defaults().estimate(-1, 2, 3))
        .hasMessageContaining("-1 promoters");
    assertThatThrownBy(() -> NpsAnalysis.defaults().estimate(0, 0, 0))
        .hasMessageContaining("needs at least one respondent");
  }

  @Test
  void servqualSettingsAndInputsAreChecked() {
    assertThatThrownBy(() -> ServqualAnalysis.builder().confidenceLevel(1).build())
        .hasMessageContaining("found 1.0");
    assertThatThrownBy(
            () ->
                ServqualInstrument.builder()
                    .addItem(ServqualItem.of("1", "a", false))
                    .addItem(ServqualItem.of("1", "b", false))
                    .build())
        .hasMessageContaining("item '1' appears twice in the instrument");
    assertThatThrownBy(() -> ServqualItem.of("x", " ", false))
        .hasMessageContaining("item 'x' has a blank dimension");
    assertThatThrownBy(() -> ServqualImportance.of("r", "empathy", -5))
        .hasMessageContaining("points must be a finite number >= 0, found -5.0");
    assertThatThrownBy(
            () ->
                ServqualResponse.builder()
                    .respondent("r")
                    .item("1")
                    .expectation(5)
                    .perception(5)
                    .adequate(4)
                    .build())
        .hasMessageContaining(
            "respondent 'r', item '1': give both adequate and desired levels, or neither");
    assertThatThrownBy(() -> analyzed(ServqualAnalysis.defaults(), java.util.List.of()))
        .hasMessageContaining("there are no SERVQUAL responses to analyse");
    assertThatThrownBy(
            () ->
                analyzed(
                    ServqualAnalysis.defaults(),
                    java.util.List.of(ServqualResponse.of("r", "1", 5, 5)),
                    java.util.List.of(ServqualImportance.of("r", "speed", 10))))
        .hasMessageContaining("importance dimension 'speed' is not in the instrument");
  }

  private static io.motkit.scoring.servqual.ServqualResult analyzed(
      ServqualAnalysis analysis, java.util.List<io.motkit.scoring.servqual.ServqualResponse> r) {
    return analysis.run(
        io.motkit.core.analysis.AnalysisInput.inMemory(
            io.motkit.scoring.servqual.ServqualSurvey.of(r, java.util.List.of()),
            "responses",
            r.size()));
  }

  private static io.motkit.scoring.servqual.ServqualResult analyzed(
      ServqualAnalysis analysis,
      java.util.List<io.motkit.scoring.servqual.ServqualResponse> r,
      java.util.List<io.motkit.scoring.servqual.ServqualImportance> importance) {
    return analysis.run(
        io.motkit.core.analysis.AnalysisInput.inMemory(
            io.motkit.scoring.servqual.ServqualSurvey.of(r, importance), "responses", r.size()));
  }
}
