package io.motkit.journey.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class TimestampParserTest {

  private static final TimestampParser PARSER = new TimestampParser(Optional.empty());

  @Test
  void theFastPathAgreesWithJavaTimeOnEveryInstant() {
    qt().forAll(
            longs()
                .between(
                    Instant.parse("1900-01-01T00:00:00Z").getEpochSecond(),
                    Instant.parse("2199-12-31T23:59:59Z").getEpochSecond()),
            integers().between(0, 999_999_999))
        .checkAssert(
            (seconds, nanos) -> {
              String text = Instant.ofEpochSecond(seconds, nanos).toString();
              assertThat(TimestampParser.utcInstant(text))
                  .as(text)
                  .isEqualTo(Instant.parse(text).toEpochMilli());
              assertThat(PARSER.parse(text)).isEqualTo(Instant.parse(text).toEpochMilli());
            });
  }

  @Test
  void otherFormsAreLeftToJavaTime() {
    assertThat(TimestampParser.utcInstant("2024-02-30T00:00:00Z")).isEqualTo(Long.MIN_VALUE);
    assertThat(TimestampParser.utcInstant("2024-03-01T24:00:00Z")).isEqualTo(Long.MIN_VALUE);
    assertThat(TimestampParser.utcInstant("2024-03-01T09:00:00+08:00")).isEqualTo(Long.MIN_VALUE);
    assertThat(TimestampParser.utcInstant("2024-03-01T09:00Z")).isEqualTo(Long.MIN_VALUE);
    assertThat(TimestampParser.utcInstant("2024-03-01T09:00:00.Z")).isEqualTo(Long.MIN_VALUE);
    assertThat(TimestampParser.utcInstant("+12024-03-01T09:00:00Z")).isEqualTo(Long.MIN_VALUE);
    assertThat(PARSER.parse("2024-02-29T23:59:59.999Z"))
        .isEqualTo(Instant.parse("2024-02-29T23:59:59.999Z").toEpochMilli());
  }
}
