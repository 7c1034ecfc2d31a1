package io.motkit.scoring.servqual;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/** One item of a SERVQUAL instrument: its id, its dimension, and whether it is reverse-scored. */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public abstract class ServqualItem {

  ServqualItem() {}

  /**
   * The item id, as it appears in the responses.
   *
   * @return the item id, as it appears in the responses
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The dimension the item measures.
   *
   * @return the dimension the item measures
   */
  @Value.Parameter
  public abstract String dimension();

  /**
   * Whether the item is negatively worded, so that an answer x on a scale from min to max counts as
   * min + max - x.
   *
   * @return whether the item is negatively worded, so that an answer x on a scale from min to max
   *     counts as min + max - x
   */
  @Value.Parameter
  public abstract boolean reverse();

  /**
   * An item.
   *
   * @param id the id
   * @param dimension the dimension
   * @param reverse whether the item is worded negatively, so that its scale is turned around
   * @return an item
   */
  public static ServqualItem of(String id, String dimension, boolean reverse) {
    return ImmutableServqualItem.of(id, dimension, reverse);
  }

  @Value.Check
  final void check() {
    checkArgument(!id().isBlank(), "item id is blank");
    checkArgument(!dimension().isBlank(), "item '%s' has a blank dimension", id());
  }
}
