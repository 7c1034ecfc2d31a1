package io.motkit.scoring.servqual;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.csv.CsvInput;
import io.motkit.core.csv.CsvRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A SERVQUAL questionnaire: its items, each with a dimension and a reverse-scoring flag. The
 * standard instrument is {@link #standard22()}; domains adapt the items (a property-management
 * instrument, for example) and define their own, in code or from a CSV file with the columns {@code
 * item,dimension,reverse}.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class ServqualInstrument {

  /** The five dimensions of Parasuraman, Zeithaml and Berry (1988), in their usual order. */
  public static final List<String> RATER =
      List.of("tangibles", "reliability", "responsiveness", "assurance", "empathy");

  ServqualInstrument() {}

  /**
   * The items, in questionnaire order.
   *
   * @return the items, in questionnaire order
   */
  public abstract List<ServqualItem> items();

  /**
   * The 22-item instrument of Parasuraman, Zeithaml and Berry (1988, 1991), items {@code 1} to
   * {@code 22}: tangibles 1-4, reliability 5-9, responsiveness 10-13, assurance 14-17, empathy
   * 18-22. All items are positively worded, as in the 1991 revision; the 1988 wording had
   * negatively worded items, which a custom instrument marks as reverse-scored.
   *
   * @return the 22-item instrument of Parasuraman, Zeithaml and Berry (1988, 1991), items {@code 1}
   *     to {@code 22}: tangibles 1-4, reliability 5-9, responsiveness 10-13, assurance 14-17,
   *     empathy 18-22
   */
  public static ServqualInstrument standard22() {
    int[] firstItems = {1, 5, 10, 14, 18, 23};
    Builder builder = builder();
    for (int d = 0; d < RATER.size(); d++) {
      for (int item = firstItems[d]; item < firstItems[d + 1]; item++) {
        builder.addItem(ServqualItem.of(String.valueOf(item), RATER.get(d), false));
      }
    }
    return builder.build();
  }

  /**
   * Reads an instrument from CSV with the columns {@code item}, {@code dimension} and {@code
   * reverse} ({@code true}/{@code false}, {@code yes}/{@code no} or {@code 1}/{@code 0}).
   *
   * @param csv the CSV input
   * @return the servqual instrument
   * @throws io.motkit.core.csv.InputFormatException naming the line, column and value of a bad row,
   *     or a repeated item
   */
  public static ServqualInstrument read(CsvInput csv) {
    csv.requireColumns("item", "dimension", "reverse");
    Builder builder = builder();
    Map<String, Long> lines = new HashMap<>();
    while (csv.hasNext()) {
      CsvRow row = csv.next();
      String item = row.text("item");
      Long previous = lines.putIfAbsent(item, row.line());
      if (previous != null) {
        throw row.error("item", "item is listed twice, first on line " + previous);
      }
      String reverse = row.text("reverse").toLowerCase(Locale.ROOT);
      boolean reversed;
      switch (reverse) {
        case "true":
        case "yes":
        case "1":
          reversed = true;
          break;
        case "false":
        case "no":
        case "0":
          reversed = false;
          break;
        default:
          throw row.error("reverse", "expected true or false");
      }
      builder.addItem(ServqualItem.of(item, row.text("dimension"), reversed));
    }
    if (lines.isEmpty()) {
      throw new io.motkit.core.csv.InputFormatException(
          csv.source(), 1, "", "", "the instrument lists no items; one row per item is needed");
    }
    return builder.build();
  }

  /**
   * A builder; add at least one item.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServqualInstrument}. */
  public static final class Builder extends ImmutableServqualInstrument.Builder {
    Builder() {}
  }

  /**
   * The dimensions, in order of their first item.
   *
   * @return the dimensions, in order of their first item
   */
  @Value.Lazy
  public List<String> dimensions() {
    return List.copyOf(new LinkedHashSet<>(items().stream().map(ServqualItem::dimension).toList()));
  }

  /** The items by id, for lookups once per answer. */
  @Value.Lazy
  Map<String, ServqualItem> itemsById() {
    Map<String, ServqualItem> byId = new HashMap<>();
    for (ServqualItem item : items()) {
      byId.putIfAbsent(item.id(), item);
    }
    return byId;
  }

  /**
   * The item with this id, if the instrument has one.
   *
   * @param id the id
   * @return the item with this id, if the instrument has one
   */
  public final Optional<ServqualItem> item(String id) {
    return Optional.ofNullable(itemsById().get(id));
  }

  /**
   * The items of one dimension, in order.
   *
   * @param dimension the dimension
   * @return the items of one dimension, in order
   */
  public final List<ServqualItem> itemsOf(String dimension) {
    List<ServqualItem> items = new ArrayList<>();
    for (ServqualItem item : items()) {
      if (item.dimension().equals(dimension)) {
        items.add(item);
      }
    }
    return items;
  }

  @Value.Check
  final void check() {
    checkArgument(!items().isEmpty(), "an instrument needs at least one item");
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (ServqualItem item : items()) {
      checkArgument(ids.add(item.id()), "item '%s' appears twice in the instrument", item.id());
    }
  }
}
