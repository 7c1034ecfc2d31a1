package io.motkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class StageVocabularyTest {

  @Test
  void customerLifecycleHasFourStagesInOrder() {
    StageVocabulary stages = StageVocabulary.customerLifecycle();
    assertThat(stages.names())
        .containsExactly("pre-contact", "transaction", "after-sales", "relationship");
    assertThat(stages.stage("after-sales").order()).isEqualTo(2);
    assertThat(stages.stage("pre-contact")).isLessThan(stages.stage("relationship"));
  }

  @Test
  void feeCollectionHasItsOwnFourStages() {
    assertThat(StageVocabulary.feeCollection().names())
        .containsExactly(
            "before-collection", "during-collection", "objection-handling", "after-collection");
  }

  @Test
  void unknownStageNamesTheStageAndListsValidOnes() {
    assertThatThrownBy(() -> StageVocabulary.customerLifecycle().stage("checkout"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'checkout'")
        .hasMessageContaining("pre-contact");
  }

  @Test
  void repeatedStageIsRejected() {
    assertThatThrownBy(() -> StageVocabulary.of("a", "b", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stage 'a' appears twice");
  }

  @Test
  void blankStageAndNegativeOrderAreRejected() {
    assertThatThrownBy(() -> Stage.of(" ", 0)).hasMessageContaining("stage name is blank");
    assertThatThrownBy(() -> Stage.of("x", -1)).hasMessageContaining("negative order: -1");
  }

  @Test
  void emptyVocabularyIsRejected() {
    assertThatThrownBy(StageVocabulary::of).hasMessageContaining("at least one stage");
  }
}
