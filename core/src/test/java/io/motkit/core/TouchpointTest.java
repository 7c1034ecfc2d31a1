package io.motkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class TouchpointTest {

  @Test
  void nameDefaultsToId() {
    assertThat(Touchpoint.of("fee-notice").name()).isEqualTo("fee-notice");
  }

  @Test
  void carriesStageChannelOwnerAndTags() {
    Touchpoint t =
        Touchpoint.builder()
            .id("repair-visit")
            .name("Repair visit")
            .stage(StageVocabulary.customerLifecycle().stage("after-sales"))
            .channel(Channel.IN_PERSON)
            .owner("maintenance")
            .addTag("repair")
            .build();
    assertThat(t.stage().map(Stage::name)).contains("after-sales");
    assertThat(t.channel()).contains(Channel.IN_PERSON);
    assertThat(t.tags()).containsExactly("repair");
  }

  @Test
  void blankIdIsRejected() {
    assertThatThrownBy(() -> Touchpoint.of("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("touchpoint id is blank");
  }

  @Test
  void blankOwnerIsRejectedNamingTheTouchpoint() {
    assertThatThrownBy(() -> Touchpoint.builder().id("x").owner("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("touchpoint 'x' has a blank owner");
  }

  @Test
  void channelParsesLabelsAndNamesInAnyCase() {
    assertThat(Channel.parse("In-Person")).isEqualTo(Channel.IN_PERSON);
    assertThat(Channel.parse("SMS")).isEqualTo(Channel.SMS);
    assertThat(Channel.parse("in_person")).isEqualTo(Channel.IN_PERSON);
  }

  @Test
  void unknownChannelNamesTheTextAndListsValidOnes() {
    assertThatThrownBy(() -> Channel.parse("pigeon"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'pigeon'")
        .hasMessageContaining("in-person, phone, sms");
  }
}
