package io.motkit.scoring.nps;

import java.util.Map;
import org.immutables.value.Value;

/** The score of a whole survey and of each of its segments. */
@Value.Immutable
public abstract class NpsReport {

  NpsReport() {}

  /** All respondents. */
  public abstract NpsResult overall();

  /** Each segment's result, by segment name; empty if no response had a segment. */
  public abstract Map<String, NpsResult> segments();
}
