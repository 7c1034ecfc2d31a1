package io.motkit.journey.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

final class LongListTest {

  @Test
  void theMedianIsTheMiddleOfTheSortedValuesOrTheMeanOfTheTwoMiddleOnes() {
    // Few distinct values make runs of equal values, the hard case of a partition.
    qt().withExamples(2000)
        .forAll(
            lists().of(longs().between(-3, 3)).ofSizeBetween(1, 40),
            lists().of(longs().between(-1_000_000_000L, 1_000_000_000L)).ofSizeBetween(1, 40),
            integers().between(0, 1))
        .checkAssert(
            (small, wide, which) -> {
              long[] values =
                  (which == 0 ? small : wide).stream().mapToLong(Long::longValue).toArray();
              LongList list = new LongList();
              for (long v : values) {
                list.add(v);
              }
              long[] sorted = values.clone();
              Arrays.sort(sorted);
              int mid = sorted.length / 2;
              double expected =
                  sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
              assertThat(list.median()).as(Arrays.toString(values)).isEqualTo(expected);
            });
  }

  @Test
  void sortedAndReversedRunsAreSelectedCorrectly() {
    LongList up = new LongList();
    LongList down = new LongList();
    for (int i = 0; i < 100_001; i++) {
      up.add(i);
      down.add(100_000 - i);
    }
    assertThat(up.median()).isEqualTo(50_000);
    assertThat(down.median()).isEqualTo(50_000);
  }
}
