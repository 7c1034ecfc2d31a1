package io.motkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motkit.core.csv.CsvTable;
import java.io.StringWriter;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** No writer writes a number that is not finite, as a number or as a string. */
final class NonFiniteOutputTest {

  @Test
  void aJsonResultWithAnInfiniteValueIsRefusedNamingItsPointer() {
    ObjectNode root = ResultJson.object();
    root.putArray("touchpoints").addObject().put("touchpoint", "a/b").put("sum", 1.0);
    root.withArray("touchpoints")
        .addObject()
        .put("touchpoint", "c")
        .put("sum", Double.MAX_VALUE * 2);
    StringWriter out = new StringWriter();
    assertThatThrownBy(() -> ResultJson.write(root, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "the result's value at /touchpoints/1/sum is not a finite number (Infinity)");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aCsvRowWithANanIsRefusedNamingItsColumn() {
    CsvTable table = CsvTable.of("touchpoint", "mean");
    table.row("a", 1.5);
    assertThatThrownBy(() -> table.row("b", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("column 'mean' of row 2 is not a finite number (NaN)");
    assertThatThrownBy(() -> table.row("c", OptionalDouble.of(Double.NEGATIVE_INFINITY)))
        .hasMessageStartingWith("column 'mean' of row 2 is not a finite number (-Infinity)");
    assertThat(table.write()).isEqualTo("touchpoint,mean\na,1.5\n");
  }
}
