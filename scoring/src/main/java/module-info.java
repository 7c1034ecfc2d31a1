/**
 * motkit's scorers (peak-end, recency, the baselines, Kano, SERVQUAL, composite), registered as
 * {@link io.motkit.core.scoring.ScorerProvider} services, and the survey analyses (Kano, SERVQUAL,
 * NPS).
 *
 * <p>Hipparchus has no module name: its jar {@code hipparchus-core-3.1.jar} is the automatic module
 * {@code hipparchus.core}, a name derived from the file name, which is why it stays out of every
 * exported signature.
 */
module io.motkit.scoring {
  requires transitive io.motkit.core;
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires hipparchus.core;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires static transitive org.apiguardian.api;

  exports io.motkit.scoring;
  exports io.motkit.scoring.baseline;
  exports io.motkit.scoring.composite;
  exports io.motkit.scoring.kano;
  exports io.motkit.scoring.nps;
  exports io.motkit.scoring.peakend;
  exports io.motkit.scoring.recency;
  exports io.motkit.scoring.servqual;

  provides io.motkit.core.scoring.ScorerProvider with
      io.motkit.scoring.peakend.PeakEndScorerProvider,
      io.motkit.scoring.peakend.PeakScorerProvider,
      io.motkit.scoring.peakend.EndScorerProvider,
      io.motkit.scoring.recency.RecencyScorerProvider,
      io.motkit.scoring.baseline.MeanScorerProvider,
      io.motkit.scoring.baseline.DurationWeightedScorerProvider,
      io.motkit.scoring.baseline.WeakestLinkScorerProvider,
      io.motkit.scoring.baseline.MinScorerProvider,
      io.motkit.scoring.baseline.TrendScorerProvider,
      io.motkit.scoring.kano.KanoJourneyScorerProvider,
      io.motkit.scoring.servqual.ServqualJourneyScorerProvider,
      io.motkit.scoring.composite.CompositeScorerProvider;
}
