package io.motkit.scoring.recency;

import static org.apiguardian.api.API.Status.STABLE;

import io.motkit.core.scoring.DeclaredScorerProvider;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.MomentInput;
import io.motkit.core.scoring.ParameterSpec;
import io.motkit.core.scoring.ScorerParameters;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Provides {@link RecencyScorer} under the id {@code recency}.
 *
 * <p>Parameters: {@code decay} (time or position), {@code half-life} (seconds, or moments with
 * position decay; {@code inf} for the mean), {@code direction} (recency or primacy), {@code as-of}
 * (an ISO-8601 instant, or {@code last}) and {@code input}.
 */
@API(status = STABLE, since = "0.1")
public final class RecencyScorerProvider extends DeclaredScorerProvider {

  /** The scorer id. */
  public static final String ID = "recency";

  static final List<ParameterSpec> PARAMETERS =
      List.of(
          ParameterSpec.choice(
              "decay", "measure age in time or in positions (moments)", "time", "time", "position"),
          ParameterSpec.builder()
              .name("half-life")
              .description(
                  "age at which a moment's weight halves: seconds with time decay, moments with"
                      + " position decay; inf gives the plain mean")
              .type(ParameterSpec.Type.NUMBER)
              .defaultValue("604800")
              .minimum(0)
              .minimumExclusive(true)
              .maximum(Double.POSITIVE_INFINITY)
              .build(),
          ParameterSpec.choice(
              "direction",
              "recency (later moments weigh more) or primacy (earlier moments weigh more)",
              "recency",
              "recency",
              "primacy"),
          ParameterSpec.of(
              "as-of",
              "the instant ages are measured from, ISO-8601 (2024-05-01T00:00:00Z), or last (the"
                  + " journey's last moment); it changes the reported retention, not the mean",
              "last"),
          MomentInput.PARAMETER);

  /** A provider; the ServiceLoader calls this. */
  public RecencyScorerProvider() {
    super(
        ID,
        "recency-weighted mean: weights halve every half-life of age (or primacy, its mirror)",
        "exponential forgetting, Ebbinghaus (1885); serial-position recency and primacy",
        PARAMETERS);
  }

  @Override
  protected JourneyScorer create(ScorerParameters p) {
    double halfLife = p.getDouble("half-life");
    Optional<Long> asOf = Optional.empty();
    String asOfText = p.get("as-of").trim();
    if (!asOfText.equals("last")) {
      try {
        asOf = Optional.of(Instant.parse(asOfText).toEpochMilli());
      } catch (DateTimeParseException e) {
        throw p.error("as-of", "'" + asOfText + "' is neither last nor an ISO-8601 instant");
      }
    }
    return new RecencyScorer(
        p,
        MomentInput.parse(p.get("input")),
        p.get("decay").equals("time") ? RecencyScorer.Decay.TIME : RecencyScorer.Decay.POSITION,
        p.get("direction").equals("primacy"),
        halfLife,
        asOf);
  }
}
