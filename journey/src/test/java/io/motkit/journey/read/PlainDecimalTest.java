package io.motkit.journey.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class PlainDecimalTest {

  @Test
  void plainDecimalsParseToTheSameDoubleAsDoubleParseDouble() {
    qt().forAll(
            longs().between(-999_999_999_999_999L, 999_999_999_999_999L), integers().between(0, 22))
        .checkAssert(
            (mantissa, scale) -> {
              String text = BigDecimal.valueOf(mantissa, scale).toPlainString();
              assertThat(PlainDecimal.parse(text)).as(text).isEqualTo(Double.parseDouble(text));
            });
  }

  @Test
  void theUsualFormsAreExact() {
    for (String text :
        new String[] {
          "4", "4.0", "-1.5", "1192.521", "0.1", "0.000001", "+2.50", "123456789012345", ".5", "5."
        }) {
      assertThat(PlainDecimal.parse(text)).as(text).isEqualTo(Double.parseDouble(text));
    }
  }

  @Test
  void otherFormsAreLeftToDoubleParseDouble() {
    for (String text :
        new String[] {
          "1e3", "NaN", "Infinity", "1,5", "1234567890123456", "", "-", ".", "1.2.3", "0x10", "1d"
        }) {
      assertThat(PlainDecimal.parse(text)).as(text).isNaN();
    }
  }

  @Test
  void swarCountsBytesExactly() {
    assertThat(ParallelRead.count(0x0a0a0a0a0a0a0a0aL, 0x0a0a0a0a0a0a0a0aL)).isEqualTo(8);
    assertThat(ParallelRead.count(0x410a0b0a8a0a000aL, 0x0a0a0a0a0a0a0a0aL)).isEqualTo(4);
    assertThat(ParallelRead.count(0x2200220022002222L, 0x2222222222222222L)).isEqualTo(5);
    assertThat(ParallelRead.count(0L, 0x0a0a0a0a0a0a0a0aL)).isZero();
  }
}
